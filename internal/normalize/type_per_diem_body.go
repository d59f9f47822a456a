package normalize

import (
	"regexp"
	"strings"
)

// perDiemWork is per diem (paid by the day, as needed) work in a
// description, the words before its noun at most two: "Per diem PMHNP
// shifts available", "a per diem position", "per diem basis".
var perDiemWork = regexp.MustCompile(`(?i)\bper[- ]diem\s+((?:[\p{L}/-]+\s+){0,2}?)(?:shifts?|positions?|roles?|basis|jobs?|opportunit(?:y|ies)|status|schedule|work|assignments?|openings?)\b`)

// perDiemNotWork are words between "per diem" and its noun that make it
// travel money, not a schedule: "per diem for travel work", "per diem and
// mileage for field work".
var perDiemNotWork = map[string]bool{
	"for": true, "and": true, "or": true, "of": true, "to": true, "with": true, "plus": true,
	"allowance": true, "allowances": true, "rate": true, "rates": true, "pay": true, "meals": true,
	"travel": true, "expenses": true, "reimbursement": true, "stipend": true, "stipends": true, "provided": true,
}

// perDiemBody matches perDiemWork in text whose in-between words are not
// travel money; a contract to us, as "per diem" in a title or field is.
type perDiemBody struct{}

// perDiemWorkAt is perDiemWork anchored, tried only four bytes before
// where "diem" stands (anchoredKeyScan).
var perDiemWorkAt = regexp.MustCompile(`^(?:` + perDiemWork.String() + `)`)

func (perDiemBody) MatchString(text string) bool {
	if !hasFold(text, "diem") {
		return false
	}
	found := false
	anchoredKeyScan(text, "diem", 4, perDiemWorkAt, 4, func(m []string) bool {
		for _, w := range strings.Fields(m[1]) {
			if perDiemNotWork[strings.ToLower(w)] {
				return false
			}
		}
		found = true
		return true
	})
	return found
}
