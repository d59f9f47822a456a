package normalize

// Text copied through a lossy encoding often loses the en dash of a range
// and shows a question mark or the replacement character (U+FFFD) in its
// place: "$95K?$120K per year". The money scanner does not join such a
// pair, so the later end alone (the one with the period) was read.
// placeholderDashRange joins them when the mark sits alone, glued to both
// amounts with no space, so that a question asked in the text ("Pay $500?
// $600 with tips") is left alone.

// placeholderDashRange (called in bestPay on each judged candidate that is
// no range) widens c to the next amount when exactly one "?" or U+FFFD and
// nothing else stands between them, the next is pay in the same money and
// it rises. It reports whether it did.
func placeholderDashRange(text string, c *payCandidate, next money, lenient bool) bool {
	if c.ranged || c.end > next.start {
		return false
	}
	if gap := text[c.end:next.start]; gap != "?" && gap != "\uFFFD" {
		return false
	}
	return joinRisingEnd(text, c, next, lenient)
}
