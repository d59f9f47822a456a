package normalize

import "regexp"

// maxThenFromGap is what stands between the two ends of a range written
// ceiling first: "$4,800 max, from $3,100", "$90,000 maximum; min $70,000".
// The first amount is labelled the top, the second the bottom.
var maxThenFromGap = regexp.MustCompile(`(?i)^\s*max(?:imum)?\.?\s*[,;/]?\s*(?:starting\s+)?(?:from|min(?:imum)?\.?:?)\s*$`)

// maxFromRange joins an amount labelled "max" to the next amount labelled
// "from" or "min" right after it: the pay is the range between them, the
// first figure its top. Both must judge as pay in the same currency, the
// second strictly smaller. A period named on either end is kept; with none,
// the period is guessed from the size of the whole range.
func maxFromRange(text string, c *payCandidate, next money, lenient bool) bool {
	if c.ranged || next.ranged || c.end > next.start || next.start-c.end > 24 {
		return false
	}
	gap := text[c.end:next.start]
	if !containsFold(gap, "max") || !maxThenFromGap.MatchString(gap) {
		return false
	}
	d, ok := judge(text, next, lenient)
	if !ok || d.ranged || d.currency != c.currency || d.max >= c.min {
		return false
	}
	switch {
	case c.score >= 2 && d.score >= 2 && d.unit != c.unit:
		return false // two periods named, one on each end
	case c.score < 2 && d.score < 2:
		// Neither end names a period: guess it from the size of the whole
		// range, as for a range written low to high.
		c.unit = sizeUnit(money{min: d.min, max: c.max, currency: c.currency, ranged: true})
	case d.score > c.score:
		c.unit = d.unit
	}
	c.min, c.end, c.ranged, c.score = d.min, d.end, true, max(c.score, d.score)
	return true
}
