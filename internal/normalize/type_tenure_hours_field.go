package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Some boards file a posting's tenure and its hours as two values that a
// feed joins into one employment field: "permanent / part-time",
// "Regular, Part Time" (Personio's employmentType and schedule elements,
// BambooHR's status labels). The tenure word says the post is open-ended,
// not how many hours it has, so the hours word decides. MapEmploymentType
// reads the parts in order and would stop at the tenure word.

// tenureWords are the letters-only keys of tenure words that say nothing
// about hours.
var tenureWords = map[string]bool{"permanent": true, "regular": true, "perm": true, "ongoing": true,
	"unbefristet": true, "festanstellung": true, "indefinite": true}

// tenureHoursField reads a field of exactly two parts, a tenure word and an
// hours word ("full-time", "Part Time", "parttime"), in either order, as
// the hours word's type; TypeUnknown for any other field.
func tenureHoursField(field string) model.JobType {
	if len(field) > 60 || !strings.ContainsAny(field, ",/;|") {
		return model.TypeUnknown
	}
	parts := strings.FieldsFunc(field, func(r rune) bool { return r == ',' || r == '/' || r == ';' || r == '|' })
	if len(parts) != 2 {
		return model.TypeUnknown
	}
	a, b := lettersLower(parts[0]), lettersLower(parts[1])
	if tenureWords[b] {
		a, b = b, a
	}
	if !tenureWords[a] {
		return model.TypeUnknown
	}
	switch b {
	case "parttime":
		return model.TypePartTime
	case "fulltime":
		return model.TypeFullTime
	}
	return model.TypeUnknown
}
