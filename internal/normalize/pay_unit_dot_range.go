package normalize

import "strings"

// A range whose two ends each carry an abbreviated unit with its period:
// "$60/Hr. - $65/Hr.". The first end's unit stops before the abbreviation's
// period, so the text between the two amounts is ". - " and the range joiner
// in bestPay saw no bare dash. unitDotGap drops that one period when a dash
// (not a word such as "to") follows it, so a sentence end followed by a new
// sentence ("$20/hr. To ...") is not joined.
func unitDotGap(gap string) string {
	if len(gap) < 2 || gap[0] != '.' {
		return gap
	}
	rest := gap[1:]
	if strings.ContainsAny(rest, "-–—") {
		return rest
	}
	return gap
}
