package normalize

// wideBareSpan reports a range read with no pay word, period or cue near it
// whose top is more than twenty times its bottom, both ends marked with a
// currency ("$20,000 - $900,000" on its own). No one pay band spans that
// far: such a pair is a bracket of something else (deal sizes, a funding
// round, a price list), so it is no pay. A range with a pay word or a
// period keeps its reading, and so does one with a bare end ("$40k - 900",
// an end written short, see pay_place_period.go).
func wideBareSpan(text string, c payCandidate) bool {
	if wideStatedSpan(text, c) {
		return true // "₱1,368 – ₱1,308,000 / year" (pay_wide_stated_span.go)
	}
	if !c.ranged || c.score != 0 || c.min <= 0 || c.max <= 20*c.min {
		return false
	}
	return len(currencyMarkers(text[c.start:c.end])) >= 2
}
