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

func (perDiemBody) MatchString(text string) bool {
	if !hasFold(text, "diem") {
		return false
	}
	for _, m := range perDiemWork.FindAllStringSubmatch(text, 4) {
		ok := true
		for _, w := range strings.Fields(m[1]) {
			if perDiemNotWork[strings.ToLower(w)] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
