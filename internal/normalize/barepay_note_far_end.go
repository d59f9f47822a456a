package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// barePeriodHeadUnit is the period of a barePeriodHead match m in text:
// the written word ("/hr", "hourly") or the short letter ("p.h.").
func barePeriodHeadUnit(text string, m []int) model.PayUnit {
	w := group(text, m, 5) + group(text, m, 6) + group(text, m, 8)
	if s := group(text, m, 7); s != "" {
		w = barePeriodUnits[strings.ToLower(s)]
	}
	return unitWord(w)
}

// barePeriodNoteFarEnd reads the far end of a currency-less pay field
// whose two ends each carry the period ("80/h - 90/h", "20 ph to 24 ph"):
// end is where the first amount's period ends. It returns the second
// amount and where it ends when a range joint follows, then an amount of
// its own (no range) with the same period, of a size paid for that period,
// and after it nothing or a note. Without this the second end was taken
// for a note and the field read as its first amount alone. A second amount
// of another period ("80/h - 600/day") is no end of this range.
func barePeriodNoteFarEnd(text string, end int, unit model.PayUnit) (hi float64, farEnd int, ok bool) {
	rest := text[end:]
	j := bareRangeJoin(rest)
	if j == 0 {
		return 0, 0, false
	}
	second := rest[j:]
	sub := barePeriodHead.FindStringSubmatchIndex(second)
	if sub == nil || sub[6] >= 0 || barePeriodHeadUnit(second, sub) != unit {
		return 0, 0, false
	}
	after := second[sub[1]:]
	if r, _ := utf8.DecodeRuneInString(after); after != "" && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return 0, 0, false // "90/hours-bank": the period word goes on
	}
	if !barePeriodNoteOK(after) {
		return 0, 0, false
	}
	v, _ := parseAmount(group(second, sub, 1), group(second, sub, 2))
	lim := bareLimits[unit]
	if v < lim[0] || v > lim[1] {
		return 0, 0, false
	}
	return v, end + j + sub[1], true
}
