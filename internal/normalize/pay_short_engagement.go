package normalize

import (
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A student project board (micro-internships, short paid projects) lists
// a bare amount beside the length of the work: "$250" with "Duration: 2
// weeks". An amount of 100 to 250 alone in a pay field reads as an hourly
// rate by its size (sizeUnit); beside an engagement of days or at most a
// month of weeks it is the price of the whole piece of work.

// shortSpanRe finds a stated length of the work in days or weeks:
// "Duration: 2 weeks", "timeline - 3 days", "a 1-week project".
var shortSpanRe = newKeyRegexp(`(?i)\b(?:(?:duration|length|timeline|time ?frame|turnaround|estimated time)\s*[:\-–]?\s*(?:about\s+|approx\.?\s+|~\s*)?(\d{1,2}|one|two|three|four|a)\s*[- ]?(days?|weeks?)\b|(\d{1,2}|one|two|three|four)[- ](day|week)\s+(?:project|assignment|engagement|sprint))`,
	40, 30, "duration", "length", "timeline", "timeframe", "time frame", "turnaround", "estimated time", "day project", "week project", "day assignment", "week assignment")

// shortSpanCount is the number in a stated length.
func shortSpanCount(s string) int {
	switch strings.ToLower(s) {
	case "a", "one":
		return 1
	case "two":
		return 2
	case "three":
		return 3
	case "four":
		return 4
	}
	n, _ := strconv.Atoi(s)
	return n
}

// shortEngagementPay makes a bare amount of 100 to 250 in the pay field,
// read as an hour's pay by its size alone, the price of the work when the
// listing states a length of days or of at most four weeks.
func shortEngagementPay(pay *model.Pay, l *model.Listing) *model.Pay {
	if pay == nil || pay.Unit != model.UnitHour || pay.Source != model.FromText || pay.Evidence == nil ||
		pay.Evidence.Field != "pay_text" || pay.Min < 100 || !periodUnstated(l.PayText) {
		return pay
	}
	m := shortSpanRe.FindAllStringSubmatch(l.Text, 4)
	for _, g := range m {
		num, unit := g[1], g[2]
		if num == "" {
			num, unit = g[3], g[4]
		}
		n := shortSpanCount(num)
		if n <= 0 || (strings.HasPrefix(strings.ToLower(unit), "week") && n > 4) || n > 30 {
			continue
		}
		p := *pay
		p.Unit = model.UnitProject
		return &p
	}
	return pay
}
