package normalize

import "strings"

// midpointBandEnd widens a range to the third figure of a band printed
// "Minimum - Midpoint - Maximum" ("$24.31 - $30.39 - $36.47", "$39.12 -
// $48.90 - $58.68 (Min - Mid - Max)"): pay-range tables of hospitals and
// public employers give the midpoint between the bounds, and the band is
// the first to the last. It asks for a range already read, a dash and
// nothing else before the next amount, the same currency, a third figure
// above the range's top and no more than twice it, and a midpoint word
// somewhere in the text (the cheap gate). It returns the index of the
// last amount used (bestPay's loop index).
func midpointBandEnd(text string, c *payCandidate, ms []money, i int) int {
	if !c.ranged || i+1 >= len(ms) || !hasFold(text, "mid") {
		return i
	}
	d := ms[i+1]
	if d.start < c.end || d.ranged || d.currency != c.currency || d.min <= c.max || d.min > 2*c.max {
		return i
	}
	gap := strings.TrimSpace(text[c.end:d.start])
	if gap != "-" && gap != "–" && gap != "—" && gap != "/" {
		return i
	}
	if !midWordNear(text, d.end) {
		return i
	}
	c.max, c.end = d.max, d.end
	if u := unitAfter.FindStringIndex(text[d.end:min(len(text), d.end+60)]); u != nil {
		c.end = d.end + u[1] // "$36.47/hr"
	}
	c.end = trimEnd(text, c.start, c.end)
	return i + 1
}

// midWordNear reports a midpoint word ("Midpoint", "Mid", "Middle") in
// the 200 bytes around the band's end: the band's own heading or note,
// not a word somewhere else in a long posting.
func midWordNear(text string, end int) bool {
	return containsAnyFold(text[max(0, end-200):min(len(text), end+200)], midWords)
}

// midWords are the midpoint words midWordNear looks for.
var midWords = []string{"midpoint", "mid-point", "mid point", "mid -", "mid:", "mid/", "/mid", "mid /", "/ mid", "mid $", "mid,", "middle",
	"-mid-", "mid-max"} // "(min-mid-max, USD)"
