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

// hoursLabel is a working-pattern or schedule label and its value
// (Workday's "Time Type: Part time" among them).
var hoursLabel = newKeyRegexp(`(?i)\b(?:working\s+pattern|work(?:ing)?\s+schedule|schedule\s+type|working\s+hours|hours\s+of\s+work|time\s+type)\s*:\s*([^\n]{1,40})`, 30, 60, "pattern", "schedule:", "schedule :", "schedule type", "working hours", "hours of work")

// timeTypeLine is Workday's "Time Type" label and its value.
var timeTypeLine = newKeyRegexp(`Time [Tt]ype\s*:?\s*\n?\s*([^\n]{1,30})`, 4, 48, "time type")

// hoursLine is a bare "Hours:" label opening a line and its value
// (hoursLead on the text's first line: a key regexp's window may start
// mid-line).
var (
	hoursLine = newKeyRegexp(`\n[ \t*_-]*Hours\s*:\s*([^\n]{1,40})`, 12, 48, "hours:", "hours :")
	hoursLead = regexp.MustCompile(`^[ \t*_-]*Hours\s*:\s*([^\n]{1,40})`)
)

// tenureLabel is a contract, appointment or worker-type label opening a
// line and its value (Workday's "Worker Sub-Type: Fixed Term (Fixed
// Term)" among them).
var tenureLabel = regexp.MustCompile(`(?im)^[ \t*_-]*(?:contract(?:\s+type)?|type\s+of\s+(?:contract|appointment)|appointment\s+type|tenure|employment\s+type|position\s+type|job\s+type|(?:worker|employee)\s+(?:sub-?)?type)\s*:\s*([^\n]{1,40})`)

// labelPairType reads a tenure label and an hours label together, an hours
// label alone ("Working pattern: Part time"), or, with no hours label, a
// contract label the type-label reader leaves (tenureOnlyType).
func labelPairType(text string) model.JobType {
	var hv string
	if m := hoursLabel.FindAllStringSubmatch(text, 1); m != nil {
		hv = m[0][1]
	} else if m := timeTypeLine.FindAllStringSubmatch(text, 1); m != nil {
		hv = m[0][1] // Workday's "Time Type: Part time"
	} else if m := hoursLine.FindAllStringSubmatch(text, 1); m != nil {
		hv = m[0][1]
	} else if m := hoursLead.FindStringSubmatch(text[:min(len(text), 60)]); m != nil {
		hv = m[1]
	}
	if hv == "" {
		return tenureOnlyType(text)
	}
	hours := labelValueType(hv)
	tenure := model.TypeUnknown
	for _, tm := range tenureLabel.FindAllStringSubmatch(text, 3) {
		if tenure = labelValueType(tm[1]); tenure != model.TypeUnknown {
			break // "Worker Type: Employee" says nothing; its sub-type may
		}
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

// tenureOnlyLabel is a contract label the type-label reader leaves, on a
// line of its own: "Type of contract: Internship", "Tenure: Fixed term
// until March", "Contract: 12 months fixed term". It is tried after a
// newline (tenureOnlyLead for the text's first line), as a key regexp's
// window may start mid-line.
var (
	tenureOnlyLabel = newKeyRegexp(`(?i)\n[ \t*_-]*(?:type\s+of\s+(?:contract|appointment|employment)|tenure|contract)\s*:\s*([^\n]{1,40})`, 24, 60, "contract:", "contract :", "type of")
	tenureOnlyLead  = regexp.MustCompile(`(?i)^[ \t*_-]*(?:type\s+of\s+(?:contract|appointment|employment)|tenure|contract)\s*:\s*([^\n]{1,40})`)
)

// tenureOnlyType reads a tenureOnlyLabel's value; unknown when there is
// none or it names no type.
func tenureOnlyType(text string) model.JobType {
	if m := tenureOnlyLead.FindStringSubmatch(text[:min(len(text), 80)]); m != nil {
		return labelValueType(m[1])
	}
	if m := tenureOnlyLabel.FindAllStringSubmatch(text, 1); m != nil {
		return labelValueType(m[0][1])
	}
	return model.TypeUnknown
}
