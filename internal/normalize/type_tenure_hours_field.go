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
	hours, ok := tenureAndHours(field, 60)
	if !ok {
		return model.TypeUnknown
	}
	switch hours {
	case "parttime":
		return model.TypePartTime
	case "fulltime":
		return model.TypeFullTime
	}
	return model.TypeUnknown
}

// twoPartKeys splits a value of at most maxLen bytes into exactly two parts
// at a comma, slash, semicolon or bar, each as its lettersLower key.
func twoPartKeys(v string, maxLen int) (a, b string, ok bool) {
	if len(v) > maxLen || !strings.ContainsAny(v, ",/;|") {
		return "", "", false
	}
	parts := strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == '/' || r == ';' || r == '|' })
	if len(parts) != 2 {
		return "", "", false
	}
	return lettersLower(parts[0]), lettersLower(parts[1]), true
}

// tenureAndHours returns the key of the other part of a two-part value
// (twoPartKeys) one part of which is a tenure word, in either order.
func tenureAndHours(v string, maxLen int) (hours string, ok bool) {
	a, b, ok := twoPartKeys(v, maxLen)
	if !ok {
		return "", false
	}
	if tenureWords[b] {
		a, b = b, a
	}
	return b, tenureWords[a]
}
