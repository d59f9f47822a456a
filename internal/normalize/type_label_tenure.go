package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Two more two-part values (see tenureHoursField):
//
//   - a label in a description that joins a tenure word and an hours word,
//     perhaps followed by more of the line: "Job type: Permanent /
//     Part-Time Hours: 15 hrs/wk", "Contract Type: Perm, part-time". The
//     hours word decides, as in a field;
//   - a field that joins full-time hours and a fixed term: "Full-time,
//     Contract", "Full Time / Temporary". The post is a contract for a
//     full week, as "Full-Time Temporary" is (employmentTypes).

// labelTenureHours reads a label's value of two parts, a tenure word and
// a part beginning with an hours word; TypeUnknown otherwise.
func labelTenureHours(v string) model.JobType {
	hours, ok := tenureAndHours(v, 60)
	switch {
	case !ok:
		return model.TypeUnknown
	case strings.HasPrefix(hours, "parttime"):
		return model.TypePartTime
	case strings.HasPrefix(hours, "fulltime"):
		return model.TypeFullTime
	}
	return model.TypeUnknown
}

// fixedTermWords are the letters-only keys of words for a fixed term.
var fixedTermWords = map[string]bool{"contract": true, "contractor": true, "temporary": true, "temp": true,
	"fixedterm": true, "seasonal": true}

// fullContractField reads a field of exactly two parts, "full-time" and a
// fixed-term word, in either order, as a contract; TypeUnknown otherwise.
func fullContractField(field string) model.JobType {
	a, b, ok := twoPartKeys(field, 40)
	if !ok {
		return model.TypeUnknown
	}
	if a == "fulltime" && fixedTermWords[b] || b == "fulltime" && fixedTermWords[a] {
		return model.TypeContract
	}
	return model.TypeUnknown
}
