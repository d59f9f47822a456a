package normalize

import (
	"regexp"
	"strconv"
	"strings"
)

// unitBareSecondEnd is the second end of a range whose first end carried the
// currency and whose two ends each carry the period: "USD 90k/yr - 120k/yr",
// "EUR 4,000/month – 5,500/month". The scanner reads only the first end (the
// second has no currency mark of its own), so the pay was the first figure.
// It is read only right after a first end whose period came after it, and
// the second end must name the same period and share the first end's "k".
var unitBareSecondEnd = regexp.MustCompile(`(?i)^\s*(?:-|–|—|to)\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(k)?\s*`)

// bareSecondEndRange widens c to such a second end. A general field layout
// (a figure, a separator, a figure, each with its period), no word list.
func bareSecondEndRange(text string, c *payCandidate) {
	if c.ranged || c.score != 3 || c.end >= len(text) || c.min != c.max {
		return
	}
	rest := text[c.end:]
	if len(rest) < 3 || strings.IndexAny(rest[:min(len(rest), 4)], "-–—t") < 0 {
		return // cheap: no separator right after the first end
	}
	loc := unitBareSecondEnd.FindStringSubmatchIndex(rest)
	if loc == nil || (loc[6] >= 0) != c.kSuffix {
		return
	}
	after := rest[loc[1]:]
	u := unitAfter.FindStringSubmatchIndex(after)
	if u == nil || unitWord(group(after, u, 1)+group(after, u, 2)) != c.unit {
		return
	}
	n := strings.ReplaceAll(rest[loc[2]:loc[3]], ",", "")
	if loc[4] >= 0 {
		n += "." + rest[loc[4]:loc[5]]
	}
	v, err := strconv.ParseFloat(n, 64)
	if err != nil {
		return
	}
	if c.kSuffix {
		v *= 1000
	}
	if v <= c.max || v > c.max*10 {
		return
	}
	c.max, c.ranged = v, true
	c.end = trimEnd(text, c.start, c.end+loc[1]+u[1])
}
