package normalize

// A sum a benefit pays back names itself right after the amount: "Up to
// $25K reimbursement for fertility, adoption, and parental planning",
// "$2,000 in reimbursements each year". It is a perk, not pay.
// reimbursementAfter (called from moneyNotForWork) reports the noun
// right after an amount (or after "in" and a period word); a rate that a
// reimbursement only follows stays pay ("$20/hr plus mileage
// reimbursement", "$60,000, reimbursed travel").
// A sum "per pay period" with what it pays back before the noun ("$20/pay
// period cell phone reimbursement") is one too.
var reimbursementAfterRe = newKeyRegexp(`(?i)^\s*(?:(?:/\s*|per\s+)pay\s+period\s+(?:[a-z-]+\s+){0,2})?(?:(?:annual|yearly|monthly|one-time)\s+)?(?:in\s+)?reimbursements?\b`, 40, 4, "reimbursement")

func reimbursementAfter(after string) bool {
	return reimbursementAfterRe.MatchString(after)
}
