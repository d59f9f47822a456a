package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Swiss, Austrian, Italian and Spanish listings state a month's pay with
// the number of payments a year after it: "CHF 8'500 x 13", "2.100 € x
// 14", "€ 1.900 × 14 mensilità". And Swiss figures end with ".–" or ".-"
// (whole francs), also between a range's ends: "CHF 85'000.– bis
// 95'000.–". paymentsCountAfter reads the first as a month's pay;
// swissDashes blanks the second so the money scanner sees the range.

// paymentsCountAfter (called beside shortPeriodAfter in bestPay) reads
// a candidate with no period word after it, followed by "x" or "×" and a
// count of payments from 12 to 16, as a month's pay.
func paymentsCountAfter(text string, c *payCandidate) {
	if c.score >= 3 || c.end >= len(text) || c.max < 100 {
		return
	}
	rest := strings.TrimLeft(text[c.end:min(len(text), c.end+12)], " \u00a0")
	switch {
	case strings.HasPrefix(rest, "x"), strings.HasPrefix(rest, "X"):
		rest = rest[1:]
	case strings.HasPrefix(rest, "×"):
		rest = rest[len("×"):]
	default:
		return
	}
	rest = strings.TrimLeft(rest, " \u00a0")
	if len(rest) < 2 || rest[0] != '1' || rest[1] < '2' || rest[1] > '6' || len(rest) > 2 && isWordByte(rest[2]) {
		return
	}
	c.unit, c.score = model.UnitMonth, 3
}

// swissDashes returns s with ".–" and ".-" right after a digit, and not
// before one, blanked to spaces of the same length (offsets still index
// the caller's text) where a range's joining word or dash follows; s
// itself when it has none.
func swissDashes(s string) string {
	if !strings.Contains(s, ".–") && !strings.Contains(s, ".-") {
		return s
	}
	b := []byte(s)
	for i := 1; i+1 < len(b); i++ {
		if b[i] != '.' || !isDigit(b[i-1]) {
			continue
		}
		n := 0
		switch {
		case b[i+1] == '-':
			n = 2
		case strings.HasPrefix(s[i+1:], "–"):
			n = 1 + len("–")
		}
		if n == 0 || i+n < len(b) && (isDigit(b[i+n]) || b[i+n] == '-') || !rangeJoinNext(s[i+n:]) {
			continue // only a first end's dash: a last one stays the figure's
		}
		for j := i; j < i+n; j++ {
			b[j] = ' '
		}
	}
	return string(b)
}

// rangeJoinNext reports a range's joining word or dash at the start of
// rest, past spaces: "bis", "to", "à", "a", "-", "–".
func rangeJoinNext(rest string) bool {
	r := strings.TrimLeft(rest, " \u00a0")
	if r == "" || len(r) == len(rest) && r[0] != '-' && !strings.HasPrefix(r, "–") {
		return false // no space before a word
	}
	for _, w := range [...]string{"bis ", "to ", "à ", "a ", "- ", "– ", "-", "–"} {
		if strings.HasPrefix(r, w) {
			return true
		}
	}
	return false
}
