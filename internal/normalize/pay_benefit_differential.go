package normalize

import (
	"regexp"
	"strings"
)

// A shift differential is an add-on to an hourly rate, not the rate:
// "Night shift differential (+ $1.50/hr)" is no pay of its own, though the
// base rate beside it is ("$21 an hour + shift differential ($1/hr)").
var differentialBefore = regexp.MustCompile(`(?i)\b(?:shift|night|evening|weekend|overnight|holiday)\s+diff(?:erential)?s?\s*(?:of|:|-|–|—)?\s*[(+\s]*$`)

// A health or wellness benefit's yearly sum names its size right after the
// amount: "$1,200 annual mental health benefit" is a perk, not a salary.
// Only on the amount's line: a salary that ends its line is the pay,
// whatever perk the next line names ("Salary: $58,000\nGym reimbursement
// of $50", pay_stipend_next_line_test.go).
var healthBenefitAfter = regexp.MustCompile(`(?i)^[ \t]*(?:(?:annual|yearly|monthly|per year|a year|per month|a month)[ \t]+)?(?:mental[- ]health|wellness|well-?being|fitness|gym)\s+(?:benefits?|stipends?|reimbursements?)\b`)

// benefitOrDifferential (called in judge with the rejections) reports an
// amount that is a shift differential or a health benefit's sum.
func benefitOrDifferential(before, after string) bool {
	if containsFold(before, "diff") && differentialBefore.MatchString(before) {
		return true
	}
	if differentialListBefore(before) {
		return true // "Shift differentials: Evenings $2.25/hr, Nights $3.75/hr", "weekend rate +$2/hr", "Call pay: $5/hr"
	}
	if differentialAfter(after) { // "$3/hr night differential" (pay_differential_after.go)
		return true
	}
	if insuranceStipendAfter(after) { // "$6,000 health insurance stipend" (pay_insurance_stipend.go)
		return true
	}
	if plusAddOnAfter(before, after) { // "$20.50, plus $5.00 per hour training pay" (pay_plus_premium_after.go)
		return true
	}
	return (containsFold(after, "health") || containsFold(after, "well") || containsFold(after, "fitness") || containsFold(after, "gym")) && healthBenefitAfter.MatchString(after)
}

// differentialListRe is a heading of differentials or premiums and a list
// of them, the amount one of its items ("Shift differentials: Evenings
// $2.25/hr, Nights $3.75/hr, Weekends $2.00/hr"); a night, weekend or
// holiday rate written as a plus ("weekend rate +$2/hr"); or on-call pay
// ("Call pay: $5/hr", "on-call pay of $4/hour"). Each is an add-on to the
// base rate beside it, not the rate.
var differentialListRe = regexp.MustCompile(`(?i)(?:\b(?:differentials?|diffs?|premiums?)\s*:\s*(?:[a-z][a-z /&-]{0,25}?\s*[:\-–]?\s*\+?\$\d+(?:\.\d+)?\s*(?:/\s*(?:hr|hour)|per hour|an hour)?\s*[,;]\s*(?:and\s+)?)*(?:[a-z][a-z /&-]{0,25}?\s*[:\-–]?\s*)?\+?\s*|\b(?:weekend|night|evening|overnight|holiday|nights|weekends)\s+(?:rate|pay|shifts?)\s*(?:of|:|-|–)?\s*\+\s*|\b(?:on-?call|call|standby|call-?back)\s+pay\s*(?:of|:|-|–)?\s*)$`)

// differentialListBefore reports such a heading or word before an amount
// (cheap words first; before is judge's wider window).
func differentialListBefore(before string) bool {
	if !containsFold(before, "diff") && !containsFold(before, "premium") && !strings.HasSuffix(strings.TrimRight(before, " "), "+") && !containsFold(before, "call pay") {
		return false
	}
	return differentialListRe.MatchString(before)
}
