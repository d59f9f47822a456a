package normalize

import "regexp"

// priceAfterRe is a price's period and product right after an amount: "$5
// per month subscription", "$12/mo plan", "€99 a year licence". Such an
// amount is what something costs, not what the work pays; a fee or a
// retainer is left alone, since work is billed that way too.
var priceAfterRe = regexp.MustCompile(`(?i)^\s*(?:/\s*|(?:per|a|an|each)\s+)(?:month|mo|year|yr|annum|week|user|seat)\s+(?:subscriptions?|plans?|memberships?|licen[cs]es?|tiers?)\b`)

// priceAfter reports an amount followed by a price's period and product.
func priceAfter(after string) bool {
	return priceAfterRe.MatchString(after)
}
