package normalize

import "regexp"

// insuranceStipendRe is a health-cover benefit named right after an amount:
// "$6,000 health insurance stipend", "$400 monthly medical allowance",
// "$1,200 dental and vision reimbursement". The sum pays for cover, not for
// the work, so it is no pay. A period between the amount and the cover word
// is allowed; anything else (a slash, "plus", a comma) ends the match, so
// "$25/hr, health insurance stipend available" keeps its rate.
var insuranceStipendRe = regexp.MustCompile(`(?i)^\s*(?:(?:annual|yearly|monthly|weekly|per year|a year|per month|a month)\s+)?(?:health(?:[- ]?care)?|medical|dental|vision|insurance)(?:\s+(?:and|&)\s+(?:health|medical|dental|vision))?(?:\s+(?:insurance|care|coverage|cover|premiums?))?\s+(?:stipends?|allowances?|reimbursements?|subsid(?:y|ies)|credits?)\b`)

// insuranceStipendAfter reports such a benefit after an amount (cheap
// substring gates first; called from benefitOrDifferential).
func insuranceStipendAfter(after string) bool {
	if !containsFold(after, "health") && !containsFold(after, "medical") && !containsFold(after, "dental") && !containsFold(after, "vision") && !containsFold(after, "insurance") {
		return false
	}
	return insuranceStipendRe.MatchString(after)
}
