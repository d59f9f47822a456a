package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// An employment-type field that lists the tenure first and the hours after
// it, "Permanent, Part time - 20 hours per week" (NHS Jobs cards), says a
// part-time post: "permanent" only says the post is not temporary, so the
// hours decide. MapEmploymentType otherwise lets the first known value win,
// which read such a list as full-time. Table tests in
// type_permanent_then_hours_test.go.

// permanentThenHours reads a comma- or semicolon-separated list whose values
// are only a permanent tenure and part-time hours (a number of hours may
// follow the hours word). It returns part-time for such a list and unknown
// for anything else: a full-time value anywhere ("Permanent, Full time, Part
// time" offers both), a temporary or contract value, or no permanent value.
func permanentThenHours(raw string) model.JobType {
	if strings.IndexAny(raw, ",;") < 0 || !containsFold(raw, "perm") || !containsFold(raw, "part") {
		return model.TypeUnknown
	}
	tenure, part := false, false
	for _, p := range strings.FieldsFunc(raw, func(r rune) bool { return r == ',' || r == ';' }) {
		key := lettersLower(p)
		switch {
		case key == "":
		case key == "permanent" || key == "perm" || key == "permanentcontract" || key == "permanentposition":
			tenure = true
		case strings.HasPrefix(key, "parttime"):
			part = true
		default:
			return model.TypeUnknown
		}
	}
	if tenure && part {
		return model.TypePartTime
	}
	return model.TypeUnknown
}
