package normalize

import (
	"regexp"
	"strings"
)

var (
	// lowerBoundBefore leads the low end of an open-worded range: "starting
	// at", "starts from", "beginning at", "from".
	lowerBoundBefore = regexp.MustCompile(`(?i)(?:\b(?:starting|starts?|beginning|begins?)\s+(?:at|from)|\bfrom)\s*$`)
	// upToBetween joins it to the high end: ", up to", "and up to".
	upToBetween = regexp.MustCompile(`(?i)^\s*,?\s*(?:and\s+|but\s+|going\s+|rising\s+)?(?:up\s*to|upto)\s*$`)
)

// openRangeEnd reports the high end of a range worded by its bounds:
// "Starting at $90k, up to $130k", "from $25 an hour up to $30 an hour".
// c is the low end's candidate and next the amount after it; the two must
// agree in currency and unit, and the high end must be higher. ("up to $X"
// alone and "from $X" alone stay one-sided: Min == Max == X.)
func openRangeEnd(text string, c payCandidate, next money, lenient bool) (payCandidate, bool) {
	if c.end > next.start {
		return payCandidate{}, false
	}
	between := text[c.end:next.start]
	if len(between) > 24 || !strings.Contains(strings.ToLower(between), "up") || !upToBetween.MatchString(between) {
		return notedOpenRangeEnd(text, c, next, lenient) // "from $X/year in one market up to $Y/year" (pay_noted_open_range.go)
	}
	if !lowerBoundBefore.MatchString(text[max(0, c.start-24):c.start]) {
		return payCandidate{}, false
	}
	d, ok := judge(text, next, lenient)
	if !ok || d.ranged || d.currency != c.currency || d.unit != c.unit || d.max <= c.max {
		return payCandidate{}, false
	}
	return d, true
}
