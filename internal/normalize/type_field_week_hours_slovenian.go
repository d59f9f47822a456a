package normalize

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A Slovenian employment field names the tenure and the weekly hours
// together: "Nedoločen čas; 20 ur/teden" (permanent, 20 hours a week). A
// short week (30 hours or fewer) is part-time whatever the permanent
// tenure says, as "Permanent; 20 hours per week" reads. A fixed-term
// tenure ("Določen čas") keeps its contract reading, and a full week is
// left to the tenure word.

// slovenianWeekHours is a weekly hours count in Slovenian: "20 ur/teden",
// "20 ur na teden", "20 ur tedensko".
var slovenianWeekHours = regexp.MustCompile(`(?i)(?:^|[^\d.,])(\d{1,2})\s*ur\s*(?:/\s*teden|na\s+teden|tedensko)\b`)

// slovenianFixedTerm is "določen čas" not preceded by "ne" (nedoločen,
// permanent).
var slovenianFixedTerm = regexp.MustCompile(`(?i)(?:^|[^\pL])določen\pL*\s+čas`)

// slovenianWeekHoursType reads a short Slovenian week in the field:
// part-time, else TypeUnknown.
func slovenianWeekHoursType(employmentType string) model.JobType {
	if !strings.Contains(employmentType, "ur") || !strings.Contains(employmentType, "ted") {
		return model.TypeUnknown
	}
	m := slovenianWeekHours.FindStringSubmatch(employmentType)
	if m == nil || slovenianFixedTerm.MatchString(employmentType) {
		return model.TypeUnknown
	}
	if h, err := strconv.Atoi(m[1]); err != nil || h == 0 || h > 30 {
		return model.TypeUnknown
	}
	return model.TypePartTime
}
