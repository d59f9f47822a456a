package normalize

import "regexp"

// A pay field holding two amounts side by side with nothing between them
// but spaces: "$230,000 $300,000 USD". Career pages that put each end of a
// pay range in its own element (a "pay-range" block of two spans, the dash
// drawn by CSS or left out) lose the dash when the markup is flattened to
// text. The money scanner reads the second sign as the first amount's
// trailing currency, so only one end was read. Only a pay field that is
// nothing but the two amounts with the same sign (and an optional code
// after) is read this way, and only when the second end is larger and at
// most three times the first: "$5 $10 off" or a price list of more than
// two figures is left alone.

// spanRangeField is a whole pay field of two signed amounts: the first
// sign and figure (groups 1 and 2), the second (groups 3 and 4), then an
// optional three-letter code.
var spanRangeField = regexp.MustCompile(`^\s*([$€£])\s?(` + number + `)\s+([$€£])\s?(` + number + `)(?:\s*[A-Z]{3})?\s*$`)

// spanRangePay (called in ParsePay on the best candidate) widens the one
// end read from a pay field of two side-by-side amounts to the range of
// both; other candidates are returned as they are.
func spanRangePay(text string, lenient bool, best *payCandidate) *payCandidate {
	if !lenient || best == nil || best.ranged || len(text) > 60 {
		return best
	}
	m := spanRangeField.FindStringSubmatchIndex(text)
	if m == nil || text[m[2]:m[3]] != text[m[6]:m[7]] {
		return best
	}
	lo, _ := parseAmount(text[m[4]:m[5]], "")
	hi, _ := parseAmount(text[m[8]:m[9]], "")
	if lo <= 0 || hi <= lo || hi > 3*lo || (best.max != lo && best.max != hi) {
		return best
	}
	c := *best
	c.min, c.max, c.ranged = lo, hi, true
	c.start, c.end = m[2], trimEnd(text, m[2], m[1])
	return &c
}
