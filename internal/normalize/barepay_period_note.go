package normalize

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// A pay field with no currency often writes its period in a short form
// and ends with a note on what the rate leaves out or adds: "25.98 p/hr
// excluding casual allowance", "31.50 ph + super", "22.50 p.h. casual",
// "600 per day, negotiable". barePay wants the whole field to be the
// amount and its period; barePeriodNote (its fallback) reads an amount
// whose period is written out right after it, whatever note follows the
// period. Without a period word the field stays unread ("25 excluding
// super" says nothing of the period), and "8 hrs p/day" is hours: the
// period must follow the amount, not a word of its own.

// barePeriodHead is an amount, an optional range end and a period right
// after it: "/hr", "per hour", "p/hr", "ph", "p.h.", "p/d", "hourly".
var barePeriodHead = regexp.MustCompile(`(?i)^\s*(` + number + `)\s*(k)?(?:\s*(?:-|–|—|to)\s*(` + number + `)\s*(k)?)?\s*` +
	`(?:(?:/|per\s|an?\s)\s*(hours?|hrs?|h|days?|weeks?|wk|months?|mth|mo|years?|yr|annum)|p\s?/\s?(hours?|hrs?|h|days?|d|weeks?|wk|w)|p\.?\s?(h|d|w|a)\.?|(hourly|daily|weekly|monthly|annually|yearly))`)

// barePeriodNoteWord are the words a note after the period may open with.
var barePeriodNoteWords = []string{"excl", "incl", "inc ", "inc.", "plus", "before", "after", "gross", "net", "base",
	"super", "casual", "depend", "doe", "negotiable", "neg", "ono", "obo", "pro rata", "pro-rata", "award", "penalt",
	"allowance", "loading", "ex ", "exc ", "exc.", "tax"}

// barePeriodUnits maps the short period letters to unit words.
var barePeriodUnits = map[string]string{"h": "hour", "d": "day", "w": "week", "a": "year"}

// barePeriodNote reads a currency-less pay field whose amount has its
// period right after it, followed by nothing or by a note (see above);
// nil otherwise. The amount must be of a size paid for that period
// (bareLimits). The currency is left to the caller, as barePay does.
func barePeriodNote(field, text string) *model.Pay {
	m := barePeriodHead.FindStringSubmatchIndex(text)
	if m == nil {
		return nil
	}
	g := func(i int) string { return group(text, m, i) }
	unit := barePeriodHeadUnit(text, m)
	lim, ok := bareLimits[unit]
	if !ok {
		return nil
	}
	lo, _ := parseAmount(g(1), g(2))
	hi := lo
	if g(3) != "" {
		hi, _ = parseAmount(g(3), g(4))
	} else if v, e, ok := barePeriodNoteFarEnd(text, m[1], unit); ok { // "80/h - 90/h" (barepay_note_far_end.go)
		hi, m = v, append([]int(nil), m...)
		m[1] = e
	}
	rest := text[m[1]:]
	if r, _ := utf8.DecodeRuneInString(rest); rest != "" && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return nil // "25 per hours-bank", "30 pa2": the period word goes on
	}
	if !barePeriodNoteOK(rest) {
		return nil
	}
	if lo > hi {
		lo, hi = hi, lo
	}
	if lo < lim[0] || hi > lim[1] {
		return nil
	}
	end := trimEnd(text, m[2], m[1])
	return &model.Pay{Min: lo, Max: hi, Unit: unit, Source: model.FromText,
		Evidence: &model.Span{Field: field, Start: m[2], End: end, Text: text[m[2]:end]}}
}

// barePeriodNoteOK reports whether rest, what follows the period, is
// nothing, punctuation opening a note or a note word.
func barePeriodNoteOK(rest string) bool {
	rest = strings.TrimLeft(rest, " \t")
	if rest == "" {
		return true
	}
	switch rest[0] {
	case ',', ';', '(', '+', '-', '*', '.':
		return true
	}
	low := strings.ToLower(rest)
	for _, w := range barePeriodNoteWords {
		if strings.HasPrefix(low, w) {
			return true
		}
	}
	return false
}
