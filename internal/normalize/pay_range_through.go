package normalize

import "regexp"

// throughBetween is the whole gap between two amounts that a range may be
// worded with beyond the scanner's own range words: "through", "thru", and
// "and up to" right after the low end.
var throughBetween = regexp.MustCompile(`(?i)^\s*(?:through|thru|and\s+up\s*to)\s*$`)

// throughRange joins "$110,000 through $140,000 per year" and "$140,000
// and up to $165,000" into one range. The scanner reads each end as its own
// amount, so only one end was kept (the one with a period word, or the
// first). The gap must be only the joining words, and the second end must
// judge as pay with the same currency and unit and a larger figure, so a
// bonus or a figure of another period after "and up to" stays apart.
func throughRange(text string, c *payCandidate, next money, lenient bool) bool {
	if c.ranged || next.ranged || c.end > next.start || next.start-c.end > 16 {
		return false
	}
	if !throughBetween.MatchString(text[c.end:next.start]) {
		return false
	}
	d, ok := judge(text, next, lenient)
	if !ok || d.ranged || d.currency != c.currency || d.unit != c.unit || d.max <= c.max {
		return false
	}
	c.max, c.end, c.ranged, c.score = d.max, d.end, true, max(c.score, d.score)
	return true
}
