package normalize

// A sum a benefit pays back names itself right after the amount: "Up to
// $25K reimbursement for fertility, adoption, and parental planning",
// "$2,000 in reimbursements each year". It is a perk, not pay.
// reimbursementAfter (called from moneyNotForWork) reports the noun
// right after an amount (or after "in" and a period word); a rate that a
// reimbursement only follows stays pay ("$20/hr plus mileage
// reimbursement", "$60,000, reimbursed travel").
var reimbursementAfterRe = newKeyRegexp(`(?i)^\s*(?:(?:annual|yearly|monthly|one-time)\s+)?(?:in\s+)?reimbursements?\b`, 30, 4, "reimbursement")

func reimbursementAfter(after string) bool {
	return reimbursementAfterRe.MatchString(after)
}
