package normalize

import (
	"strconv"
	"strings"
)

// A staff post's title may carry its week as a range of hours: "Delivery
// Driver (Permanent 30-35 Hours)", "Care Assistant 16 - 24 hrs". The
// effort reader takes the range as the work's total, which made such a
// post a bounded project; titleWeekEffort (effort_title_week.go) reads it
// as the week's hours when the title states the range itself.

// titleHoursRange reports a title stating lo to hi hours as a range: lo,
// then a dash or "to", then hi ("30-35 Hours", "16 – 24 hrs", "20 to 30
// hours").
func titleHoursRange(title string, lo, hi float64) bool {
	l, h := hoursFigure(lo), hoursFigure(hi)
	for i := 0; ; {
		j := strings.Index(title[i:], l)
		if j < 0 {
			return false
		}
		at := i + j
		i = at + len(l)
		if at > 0 && title[at-1] >= '0' && title[at-1] <= '9' {
			continue // "130-35": not 30
		}
		rest := strings.TrimLeft(title[i:], " ")
		switch {
		case strings.HasPrefix(rest, "-"):
			rest = rest[1:]
		case strings.HasPrefix(rest, "–"), strings.HasPrefix(rest, "—"):
			rest = rest[len("–"):]
		case hasPrefixFold(rest, "to "):
			rest = rest[3:]
		default:
			continue
		}
		if strings.HasPrefix(strings.TrimLeft(rest, " "), h) {
			return true
		}
	}
}

// hoursFigure is a count of hours as a title writes it: "30", "37.5".
func hoursFigure(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}
