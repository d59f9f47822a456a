package normalize

import "regexp"

// A shift differential is an add-on to an hourly rate, not the rate:
// "Night shift differential (+ $1.50/hr)" is no pay of its own, though the
// base rate beside it is ("$21 an hour + shift differential ($1/hr)").
var differentialBefore = regexp.MustCompile(`(?i)\b(?:shift|night|evening|weekend|overnight|holiday)\s+diff(?:erential)?s?\s*(?:of|:|-|–|—)?\s*[(+\s]*$`)

// A health or wellness benefit's yearly sum names its size right after the
// amount: "$1,200 annual mental health benefit" is a perk, not a salary.
var healthBenefitAfter = regexp.MustCompile(`(?i)^\s*(?:(?:annual|yearly|monthly|per year|a year|per month|a month)\s+)?(?:mental[- ]health|wellness|well-?being|fitness|gym)\s+(?:benefits?|stipends?|reimbursements?)\b`)

// benefitOrDifferential (called in judge with the rejections) reports an
// amount that is a shift differential or a health benefit's sum.
func benefitOrDifferential(before, after string) bool {
	if containsFold(before, "diff") && differentialBefore.MatchString(before) {
		return true
	}
	if differentialAfter(after) { // "$3/hr night differential" (pay_differential_after.go)
		return true
	}
	return (containsFold(after, "health") || containsFold(after, "well") || containsFold(after, "fitness") || containsFold(after, "gym")) && healthBenefitAfter.MatchString(after)
}
