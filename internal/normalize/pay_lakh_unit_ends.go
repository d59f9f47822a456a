package normalize

import "regexp"

// A lakh range may carry its unit on both ends: "Package 8 LPA to 12
// LPA", "CTC 6 LPA - 9 LPA". lakhAmount reads the first end with its own
// unit ("8 LPA") and stops there; lakhOtherEnd then reads the second.

// lakhOtherEnd is the second end of a lakh range right after the first
// end's unit: a dash or "to", the figure (group 1) and its own LPA or
// lakh-a-year unit.
var lakhOtherEnd = regexp.MustCompile(`(?i)^\s*(?:-|–|—|to)\s*(\d{1,2}(?:\.\d{1,2})?)\s*(?:LPA|(?:lakhs?|lacs?)\s*(?:per annum|p\.?\s?a\.?|a year|per year|annually))\b`)

// lakhBothEnds (called in lakhPay on each lakh candidate) widens a
// single-figure candidate c to the range when its second end, with its own
// unit, follows. The second end must not be below the first ("8 LPA to 12
// LPA"; a falling pair is two figures, not a range).
func lakhBothEnds(text string, c *payCandidate) {
	if c.ranged || c.end >= len(text) {
		return
	}
	m := lakhOtherEnd.FindStringSubmatchIndex(text[c.end:min(len(text), c.end+40)])
	if m == nil {
		return
	}
	hi, _ := parseAmount(text[c.end+m[2]:c.end+m[3]], "l")
	if hi <= c.max {
		return
	}
	c.max, c.end, c.ranged = hi, c.end+m[1], true
}
