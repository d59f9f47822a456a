package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// An employment-type field that lists how the post is paid and then its
// hours, "Salaried, part-time" or "Hourly / Full time", says its hours in
// the second value: "salaried" and "hourly" name the pay basis, not the
// hours. MapEmploymentType otherwise lets the first known value win, and a
// bare "Salaried" is read as full time. Table tests in
// type_field_pay_basis_hours_test.go.

// payBasisThenHours reads a list separated by commas, semicolons or slashes
// whose values are only pay-basis words and one hours word (part time or
// full time). It returns that hours type, and unknown for anything else.
func payBasisThenHours(raw string) model.JobType {
	if strings.IndexAny(raw, ",;/") < 0 || !containsFold(raw, "time") {
		return model.TypeUnknown
	}
	basis, got := false, model.TypeUnknown
	for _, p := range strings.FieldsFunc(raw, func(r rune) bool { return r == ',' || r == ';' || r == '/' }) {
		key := lettersLower(p)
		switch {
		case key == "":
		case key == "salaried" || key == "salary" || key == "hourly" || key == "exempt" || key == "nonexempt":
			basis = true
		case key == "parttime" && got == model.TypeUnknown:
			got = model.TypePartTime
		case key == "fulltime" && got == model.TypeUnknown:
			got = model.TypeFullTime
		default:
			return model.TypeUnknown // a second hours value or any other word
		}
	}
	if basis {
		return got
	}
	return model.TypeUnknown
}

// A type field may carry a "Contract Period:" label whose value is only a
// probation ("Full-time employee Contract Period: Probationary period"): a
// probation opens a lasting post, so the label names no fixed term. The
// field is read without that part. A stated length ("Contract Period: 1
// year") is left to the other readers.
var contractPeriodProbation = regexp.MustCompile(`(?i)\bcontract\s+(?:period|term)\s*[:：]\s*[•·\-*\s]*(?:probation(?:ary)?|trial)(?:\s+period)?\s*[.;]?\s*$`)

// withoutProbationPeriod returns the field without a trailing probation
// "Contract Period:" part, and whether it cut one.
func withoutProbationPeriod(raw string) (string, bool) {
	if !containsFold(raw, "contract") {
		return raw, false
	}
	loc := contractPeriodProbation.FindStringIndex(raw)
	if loc == nil || strings.TrimSpace(raw[:loc[0]]) == "" {
		return raw, false
	}
	return strings.TrimSpace(raw[:loc[0]]), true
}
