package normalize

// wideStatedSpan reports a range whose top is more than a hundred times its
// bottom, both ends marked with a currency, even with a period or a pay word
// beside it: "₱1,368 – ₱1,308,000 / year" is three orders of magnitude
// wide, a typo or a placeholder, not a band anyone is offered. A range of
// ordinary width keeps its reading ("$15 - $150 per hour" is ten times), and
// so does one with a bare end ("$40k - 900"). Called from wideBareSpan,
// which handles the narrower (twenty times) spans that carry no cue at all.
func wideStatedSpan(text string, c payCandidate) bool {
	if !c.ranged || c.min <= 0 || c.max <= 100*c.min {
		return false
	}
	return len(currencyMarkers(text[c.start:c.end])) >= 2
}
