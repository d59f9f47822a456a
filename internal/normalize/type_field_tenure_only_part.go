package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// An employment-type field that names only the tenure ("Permanent",
// "Regular", "Ongoing") says nothing of the hours: MapEmploymentType reads
// it as full time, the usual case, but a permanent post the text itself
// types as part time ("FTE: 0.6", "This is a part-time role") is part
// time. Any other reading of the text (full time, contract, an
// internship) leaves the field's.

// tenureOnlyFields are such fields, lower-cased.
var tenureOnlyFields = map[string]bool{"permanent": true, "regular": true, "ongoing": true, "perm": true,
	"permanent role": true, "permanent position": true, "permanent post": true, "permanent contract": true,
	"permanent employment": true, "regular employee": true, "indefinite": true, "open-ended": true}

// tenureOnlyPartTime reports a tenure-only field over a text read as part
// time (ParseType with no field).
func tenureOnlyPartTime(field, title, text string) bool {
	f := strings.ToLower(strings.TrimSpace(field))
	if len(f) > 24 || !tenureOnlyFields[f] {
		return false
	}
	return ParseType("", title, text) == model.TypePartTime
}
