package normalize

// codeEndsRange joins a range whose two ends each carry a currency code in
// front: "CAD $108,000 - CAD $135,000", "USD 90,000 – USD 120,000". The
// scanner reads each end as its own amount, so only the first end was kept.
// The second end must start with letters (the code), sit after a bare range
// separator, and judge as pay with the same currency and unit and a larger
// figure. A general field layout, no word list.
func codeEndsRange(text string, c *payCandidate, next money, lenient bool) bool {
	if c.ranged || next.ranged || c.end > next.start || next.start >= len(text) {
		return false
	}
	if b := text[next.start]; !(b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z') {
		return false
	}
	if !rangeSep.MatchString(text[c.end:next.start]) {
		return false
	}
	d, ok := judge(text, next, lenient)
	if !ok || d.ranged || d.currency != c.currency || d.unit != c.unit || d.max < c.max {
		return false
	}
	c.max, c.end, c.ranged, c.score = d.max, d.end, true, max(c.score, d.score)
	return true
}
