package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A description that labels the tenure and the hours on lines of their own,
// as UK public-sector boards and USAJOBS pages do: "Contract type:
// Permanent" with "Working pattern: Full time", "Contract: Fixed term" with
// "Hours: Part time", "Work schedule: Full-time" with "Appointment type:
// Temporary". Reading the first label alone gets such a pair wrong (a
// permanent part-time post read as full-time), so the two are read
// together, by the conventions the type field already follows: an open-ended
// tenure leaves the hours to decide, and a limited tenure is a contract
// whatever the hours (as "temporary / part-time" is).

// hoursLabel is a working-pattern or schedule label and its value.
var hoursLabel = newKeyRegexp(`(?i)\b(?:working\s+pattern|work(?:ing)?\s+schedule|schedule\s+type|working\s+hours|hours\s+of\s+work)\s*:\s*([^\n]{1,40})`, 30, 60, "pattern", "schedule", "working hours", "hours of work")

// hoursLine is a bare "Hours:" label opening a line and its value.
var hoursLine = regexp.MustCompile(`(?m)^[ \t*_-]*Hours\s*:\s*([^\n]{1,40})`)

// tenureLabel is a contract or appointment label opening a line and its
// value.
var tenureLabel = regexp.MustCompile(`(?im)^[ \t*_-]*(?:contract(?:\s+type)?|type\s+of\s+(?:contract|appointment)|appointment\s+type|tenure|employment\s+type|position\s+type|job\s+type)\s*:\s*([^\n]{1,40})`)

// labelPairType reads a tenure label and an hours label together, or an
// hours label alone ("Working pattern: Part time"); unknown when the text
// has no hours label.
func labelPairType(text string) model.JobType {
	var hv string
	if m := hoursLabel.FindAllStringSubmatch(text, 1); m != nil {
		hv = m[0][1]
	} else if strings.Contains(text, "Hours:") || strings.Contains(text, "Hours :") {
		if m := hoursLine.FindStringSubmatch(text); m != nil {
			hv = m[1]
		}
	}
	if hv == "" {
		return model.TypeUnknown
	}
	hours := labelValueType(hv)
	tenure := model.TypeUnknown
	if tm := tenureLabel.FindStringSubmatch(text); tm != nil {
		tenure = labelValueType(tm[1])
	}
	switch tenure {
	case model.TypeContract:
		return model.TypeContract
	case model.TypeFullTime:
		if hours == model.TypePartTime || hours == model.TypeFullTime {
			return hours
		}
		return model.TypeFullTime
	case model.TypeUnknown:
		if hours == model.TypePartTime || hours == model.TypeFullTime {
			return hours
		}
		return model.TypeUnknown
	}
	return tenure
}

// labelValueType reads a label's value, its first listed part deciding
// ("Full time, Part time, Flexible working" is full time).
func labelValueType(v string) model.JobType {
	v = strings.TrimSpace(v)
	if i := strings.IndexAny(v, ",;("); i > 0 {
		v = v[:i]
	}
	if strings.HasPrefix(lettersLower(v), "term") && !strings.HasPrefix(lettersLower(v), "termtime") {
		return model.TypeContract // "Term - NTE 13 months", a USAJOBS term appointment
	}
	return MapEmploymentType(v)
}
