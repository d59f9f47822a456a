package normalize

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// Uzbek pay is written in sum, in Russian ("сум") or Uzbek ("сўм",
// "so'm"), mostly in millions ("млн", "mln") or thousands ("тыс", "ming")
// and for a month ("в месяц", "oyiga", "oylik"): "ЗП 6–9 млн сум в
// месяц", "4,5 mln so'm oyiga", "3 000 000 сум". The Russian readers take
// such an amount for roubles or drop it as too large; uzSumPay reads it
// as sum.
//
// Kyrgyz pay is written the same way in som ("сом"): "100 000 сом на
// руки", "от 40 000 до 60 000 сом в месяц"; uzSumPay reads it as KGS, with
// bounds for the som (about 90 to the US dollar, the sum about 12,500).
// "сомони" (the Tajik somoni) and "сомнение" run on into a letter and are
// not read.

// uzSumAmount is an amount or a range before a sum word.
var uzSumAmount = regexp.MustCompile(`(?i)(\d{1,3}(?:[  ]\d{3})+|\d{1,3}(?:,\d{3})+|\d+(?:[.,]\d{1,2})?)\s*(млн\.?|mln\.?|million|миллион\S*|тыс\.?|ming|минг)?\s*(?:(?:-|–|—|до|dan)\s*(\d{1,3}(?:[  ]\d{3})+|\d{1,3}(?:,\d{3})+|\d+(?:[.,]\d{1,2})?)\s*(млн\.?|mln\.?|million|миллион\S*|тыс\.?|ming|минг)?\s*)?(сўм|сум|so['ʻ’‘ʼ]m|сом)`)

// uzSumPeriod is the period after the sum word.
var uzSumPeriod = regexp.MustCompile(`(?i)^[\s.,]*(?:net|gross|на\s+руки|qo'lga)?[\s.,]*(в\s+месяц|в\s+мес\.?|/\s*мес\S*|в\s+час|/\s*час|в\s+год|/\s*год|oyiga|oylik|/\s*oy\b|soatiga|yiliga|per\s+month|a\s+month|/\s*month|monthly|per\s+hour|/\s*hour|per\s+year|/\s*year)`)

// uzSumWords gate uzSumPay: one must be in the text.
var uzSumWords = []string{"сум", "сўм", "so'm", "soʻm", "so’m", "so‘m", "soʼm", "SO'M", "So'm", "сом"}

// uzSumGate is the shared key scan's answer first (word_gate.go).
var uzSumGate = newExactGate(uzSumWords...)

// uzSumPay (called at the end of bestPay) reads uzSumAmount as pay in
// UZS. It replaces best when best is nil or starts inside the amount it
// read, or overlaps it; a best already in sum is kept.
func uzSumPay(text string, best *payCandidate) *payCandidate {
	if best != nil && (best.currency == "UZS" || best.currency == "KGS") {
		return best
	}
	if !uzSumGate.may(text) || !containsAnyKey(text, uzSumWords) {
		return best
	}
	for _, m := range uzSumAmount.FindAllStringSubmatchIndex(text, -1) {
		if m[0] > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:m[0]]); unicode.IsDigit(r) || r == '.' || r == ',' || unicode.IsLetter(r) {
				continue // part of a longer figure or word
			}
		}
		if r, _ := utf8.DecodeRuneInString(text[m[1]:]); m[1] < len(text) && unicode.IsLetter(r) {
			continue // "сумма", "суммы": a sum, not the currency
		}
		c := uzSumCandidate(text, m)
		if c == nil {
			continue
		}
		if best == nil || best.start < c.end && best.end > c.start {
			return c // best overlaps the amount: "от 80000 до 120000 сом" was read from its "от" as roubles
		}
		return best
	}
	return best
}

// uzSumCandidate builds the pay of one uzSumAmount match m; nil when the
// amounts are out of bounds for their period.
func uzSumCandidate(text string, m []int) *payCandidate {
	f1, f2 := uzSumFactor(group(text, m, 2)), uzSumFactor(group(text, m, 4))
	if f1 == 0 {
		f1 = f2 // "8–12 млн": the million belongs to both ends
	}
	lo := uzSumNumber(group(text, m, 1), f1 > 1) * max(f1, 1)
	hi := lo
	ranged := m[6] >= 0
	if ranged {
		hi = uzSumNumber(group(text, m, 3), f2 > 1) * max(f2, 1)
	}
	if lo <= 0 || hi < lo {
		return nil
	}
	unit, end := model.UnitMonth, m[1]
	if pm := uzSumPeriod.FindStringSubmatchIndex(text[m[1]:min(len(text), m[1]+30)]); pm != nil {
		switch w := strings.ToLower(text[m[1]+pm[2] : m[1]+pm[3]]); {
		case strings.Contains(w, "час") || strings.HasPrefix(w, "soat") || strings.Contains(w, "hour"):
			unit = model.UnitHour
		case strings.Contains(w, "год") || strings.HasPrefix(w, "yil") || strings.Contains(w, "year"):
			unit = model.UnitYear
		}
		end = m[1] + pm[1]
	}
	cur, bounds := "UZS", map[model.PayUnit][2]float64{model.UnitMonth: {5e5, 2e8}, model.UnitHour: {5e3, 1e6}, model.UnitYear: {6e6, 2e9}}[unit]
	if strings.HasPrefix(text[m[10]:m[11]], "сом") {
		cur, bounds = "KGS", map[model.PayUnit][2]float64{model.UnitMonth: {5e3, 2e6}, model.UnitHour: {40, 1e4}, model.UnitYear: {6e4, 2.4e7}}[unit]
	}
	if lo < bounds[0] || hi > bounds[1] {
		return nil
	}
	return &payCandidate{money: money{start: m[2], end: end, min: lo, max: hi, currency: cur, ranged: ranged}, unit: unit, score: 3}
}

// uzSumFactor is the factor of a millions or thousands word; 0 for none.
func uzSumFactor(w string) float64 {
	w = strings.ToLower(w)
	switch {
	case w == "":
		return 0
	case strings.HasPrefix(w, "млн") || strings.HasPrefix(w, "mln") || strings.HasPrefix(w, "million") || strings.HasPrefix(w, "миллион"):
		return 1e6
	}
	return 1e3
}

// uzSumNumber parses a figure: a comma or point before one or two digits
// is a decimal when a millions or thousands word follows ("4,5 mln"),
// otherwise separators group thousands.
func uzSumNumber(s string, scaled bool) float64 {
	s = strings.NewReplacer(" ", "", " ", "").Replace(s)
	if i := strings.LastIndexAny(s, ".,"); i >= 0 {
		if scaled && len(s)-i-1 <= 2 {
			s = strings.ReplaceAll(s[:i], ",", "") + "." + s[i+1:]
		} else {
			s = strings.NewReplacer(",", "", ".", "").Replace(s)
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0
	}
	return v
}
