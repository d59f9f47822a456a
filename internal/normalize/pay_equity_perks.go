package normalize

import (
	"regexp"
	"strings"
)

// Two more amounts that are no pay (table tests in
// pay_equity_perks_test.go):
//   - an amount granted in equity, named right after it: "$100k in stock
//     options over four years", "$20,000 in RSUs", "€15k worth of shares"
//     (a salary beside it stays pay: "Salary $150,000 plus $40,000 in
//     equity");
//   - an amount that a "Perks" clause opens with: "Perks up to $10 - $20
//     daily. Salary ..." (the perk budget readers need a perk word and a
//     budget word; "Perks" alone names the same thing).

// equityAfter is an equity grant named right after an amount.
var equityAfter = regexp.MustCompile(`(?i)^\s*(?:(?:in|of)\s+(?:(?:company|restricted)\s+)?(?:stock(?:\s+(?:options?|grants?|units?|awards?))?|equity|rsus?|shares|share\s+options)|worth\s+of\s+(?:stock|equity|shares|rsus?|share\s+options))\b`)

// equityGrantAfter (called by benefitSpendAfter) reports equityAfter.
func equityGrantAfter(after string) bool {
	a := strings.TrimLeft(after, " ")
	if !(hasPrefixFold(a, "in ") || hasPrefixFold(a, "of ") || hasPrefixFold(a, "worth ")) {
		return false
	}
	return equityAfter.MatchString(a)
}

// perksLeadBefore (called by perkBudgetBefore) reports a "Perks" or "Perk"
// clause right before an amount, with at most "up to", "of", "worth" or a
// colon between: "Perks up to $20 daily", "Perk: $300".
func perksLeadBefore(b string) bool {
	for _, w := range []string{"perks", "perk"} {
		if hasSuffixFold(b, w) && (len(b) == len(w) || !isASCIIWord(b[len(b)-len(w)-1])) {
			return true
		}
	}
	return false
}
