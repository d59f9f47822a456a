package normalize

import (
	"regexp"
	"strings"
)

// A range whose ends each carry an ISO code before them, joined by a
// Spanish or Portuguese word (table tests in pay_code_word_range_test.go):
// "entre PEN 4,000 y PEN 5,500", "de MXN 20,000 hasta MXN 25,000",
// "entre BRL 3.000 e BRL 4.000", and a peso "$" read by the posting's
// place ("entre $4.000.000 y $5.000.000" in Bogotá, which pesoSignPay
// reads as "COP 4.000.000 y COP 5.000.000"). The money scanner joins two
// such ends with a dash or "to" only and reads the first end alone.
// "y" and "e" (and) join them here only when the second end carries the
// same code, rises and is at most ten times the first: "PEN 4,000 y 2
// semanas de vacaciones" is an amount and something else.

// codeWordRangeTail is the joining word and the second end (its figure
// the first group), right after the first end; the code is checked apart.
var codeWordRangeTail = regexp.MustCompile(`^\s*(?:y|e|al|hasta|at[ée])\s+([A-Z]{3})\s?(\d{1,3}(?:[.,]\d{3})+|\d{3,7})(?:[.,]\d{1,2})?(?:[^\d\p{L}]|$)`)

// codeWordRangeEnd widens c, an amount that starts with its code, to the
// second end of such a range; c unchanged otherwise.
func codeWordRangeEnd(text string, c *payCandidate) *payCandidate {
	if c == nil || c.ranged || c.end >= len(text) || len(c.currency) != 3 || !strings.HasPrefix(text[c.start:], c.currency) {
		return c
	}
	near := text[c.end:min(len(text), c.end+8)]
	if !strings.Contains(near, "y ") && !strings.Contains(near, "e ") && !strings.Contains(near, "al ") && !strings.Contains(near, "hasta") && !strings.Contains(near, "at") {
		return c
	}
	after := text[c.end:min(len(text), c.end+40)]
	m := codeWordRangeTail.FindStringSubmatchIndex(after)
	if m == nil || after[m[2]:m[3]] != c.currency {
		return c
	}
	hi, _ := parseAmount(amountDigits(after[m[4]:m[5]]), "")
	if hi <= c.max || hi > c.max*10 {
		return c
	}
	c.max, c.ranged = hi, true
	c.end += m[5]
	return c
}

// amountDigits is a figure written with its thousands ("5.500",
// "4,000,000") as plain digits.
func amountDigits(s string) string {
	return strings.NewReplacer(".", "", ",", "").Replace(s)
}
