package normalize

import (
	"regexp"
	"strings"
)

// A benefit may be priced right before the pay: "We offer up to $20k in
// fertility services. The base salary range is $163,400 - $245,000". The
// amount spent on a benefit is no pay, and judge read it as one.

// benefitSpendRe is a benefit an amount is spent on, right after it or
// after its period: "in fertility services", "per month towards childcare
// costs", "for adoption support".
var benefitSpendRe = regexp.MustCompile(`(?i)^\s*(?:(?:per|a|an|each|/)\s*(?:month|year|week)\s+)?(?:in|of|towards?|for)\s+(?:fertility|family[- ]planning|family[- ]forming|adoption|surrogacy|egg[- ]freezing|childcare|child[- ]care|mental[- ]health|wellness|wellbeing|well-being|tuition|student[- ]loan)\s+(?:services?|benefits?|support|coverage|assistance|reimbursements?|credits?|costs?|expenses?|treatments?|repayments?)\b`)

// benefitSpendAfter (called in judge with the rejections) reports such a
// benefit after an amount; the first word is looked at before the
// expression runs.
func benefitSpendAfter(after string) bool {
	if equityGrantAfter(after) {
		return true // "$100k in stock options" (pay_equity_perks.go)
	}
	a := strings.TrimLeft(after, " ")
	if !(hasPrefixFold(a, "in ") || hasPrefixFold(a, "of ") || hasPrefixFold(a, "toward") || hasPrefixFold(a, "for ") ||
		hasPrefixFold(a, "per ") || hasPrefixFold(a, "a ") || hasPrefixFold(a, "an ") || hasPrefixFold(a, "each ") || hasPrefixFold(a, "/")) {
		return false
	}
	return benefitSpendRe.MatchString(a) || perkSpendRe.MatchString(a) // perkSpendRe: pay_base_ote.go
}
