package normalize

import "regexp"

// minLabelBefore and maxLabelBefore are the labels of a range's two ends
// written as two fields: "Minimum: $86,000 ... Maximum: $142,000",
// "Min: €40k, Max: €55k" (a midpoint may sit between them).
var (
	minLabelBefore = regexp.MustCompile(`(?i)\bmin(?:imum)?\.?` + boundLabelTail)
	maxLabelBefore = regexp.MustCompile(`(?i)\bmax(?:imum)?\.?` + boundLabelTail)
)

// boundLabelTail is what may follow "min" or "max" in such a label: a
// period after a slash ("Minimum/yr", pay_labelled_bounds_period_test.go),
// a pay noun ("Minimum Base Salary"), a place in brackets ("(Bay Area)"),
// and a colon, an equals sign or a comma ("CA Minimum, $161,520").
const boundLabelTail = `(?:\s*/\s*(?:yr|year|annum|hr|hour|mo|month|wk|week|day))?(?:\s+(?:base\s+)?(?:salary|pay|rate|wage))?(?:\s*\([^()$]{1,30}\))?\s*[:=,]?\s*$`

// labelledBoundsRange joins a lower bound labelled "min" to the next amount
// labelled "max" within the next few amounts: the pay is the pair, not the
// first figure. Both must judge as pay with the same currency and period,
// the upper one no smaller. It returns the index of the amount it took, or
// i. A general field layout, no word list beyond the two labels.
func labelledBoundsRange(text string, c *payCandidate, ms []money, i int, lenient bool) int {
	if c.ranged || c.start < 3 || !minLabelBefore.MatchString(text[max(0, c.start-48):c.start]) {
		return i
	}
	for j := i + 1; j < len(ms) && j <= i+3 && ms[j].start-c.end < 120; j++ {
		if ms[j].start < c.end || !maxLabelBefore.MatchString(text[max(c.end, ms[j].start-48):ms[j].start]) {
			continue
		}
		d, ok := judge(text, ms[j], lenient)
		if !ok || d.currency != c.currency || d.unit != c.unit || d.max < c.max {
			return i
		}
		c.max, c.end, c.ranged = d.max, d.end, true
		return j
	}
	return i
}
