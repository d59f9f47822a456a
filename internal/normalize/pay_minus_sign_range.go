package normalize

import "strings"

// Some boards join a range's ends with the minus sign (U+2212) where others
// write a hyphen or a dash: "Pay Range $140,000 − $176,000 USD". The money
// scanner joins only hyphens, dashes, "~" and range words, so it reads
// two amounts; minusSignRange joins them.

// minusSignRange (called in bestPay on each judged candidate that is no
// range) widens c to the next amount when only a minus sign and spaces
// stand between them, the next is pay in the same money and unit and it
// rises. It reports whether it did. A full-width or wave tilde joins them
// the same way ("¥250,000～¥300,000": pay_wave_tilde_range.go).
func minusSignRange(text string, c *payCandidate, next money, lenient bool) bool {
	if c.ranged || c.end > next.start || next.start-c.end > 8 {
		return false
	}
	if sep := strings.TrimSpace(text[c.end:next.start]); sep != "−" && !waveTilde(sep) {
		return false
	}
	return joinRisingEnd(text, c, next, lenient)
}

// joinRisingEnd widens c to the amount next when next is pay in the same
// money, is no range itself and rises above c; a next with a better-known
// unit lends c its unit. It reports whether it did.
func joinRisingEnd(text string, c *payCandidate, next money, lenient bool) bool {
	d, ok := judge(text, next, lenient)
	if !ok || d.ranged || d.currency != c.currency || d.max <= c.max {
		return false
	}
	if d.unit != c.unit && d.score <= c.score {
		return false
	}
	if d.score > c.score {
		c.unit, c.score = d.unit, d.score
	}
	c.max, c.end, c.ranged = d.max, d.end, true
	return true
}
