package normalize

import "regexp"

// PRN after the shifts it covers, or after "available", is a per diem
// schedule: "pick up weekend shifts PRN", "staff a shift PRN", "be
// available PRN on nights". PRN beside a medication word is
// dosing ("give doses PRN", "available PRN medications"), not a schedule.
var (
	bodyPRNShifts     = regexp.MustCompile(`(?i)\b(?:shifts?|available)\s+PRN\b`)
	prnMedsAfterShift = regexp.MustCompile(`(?i)^\s*(?:medications?|meds?|orders?|doses?|dosing)\b`)
)

// prnShiftsBody reports bodyPRNShifts in text with no medication word
// just before or just after it.
func prnShiftsBody(text string) bool {
	for _, loc := range bodyPRNShifts.FindAllStringIndex(text, 4) {
		if prnMedsBefore.MatchString(text[max(0, loc[0]-40):loc[0]]) {
			continue
		}
		if prnMedsAfterShift.MatchString(text[loc[1]:min(len(text), loc[1]+20)]) {
			continue
		}
		return true
	}
	return false
}
