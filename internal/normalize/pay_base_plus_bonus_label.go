package normalize

import "regexp"

// A bracket that says what a figure is made of, right before it, is a
// label of the pay, not a bonus amount: "Salary: (base + bonus) $70,000 -
// $80,000", "OTE (base plus commission) $90k". badBefore saw "bonus" just
// before the amount and dropped it. A bonus on its own ("bonus: $5,000")
// is still no pay.
var basePlusBonusRe = regexp.MustCompile(`(?i)\(\s*(?:base|salary|base\s+salary|base\s+pay)\s*(?:\+|plus|and|&)\s*(?:bonus(?:es)?|commissions?|incentives?)\s*\)\s*:?\s*$`)

// basePlusBonusBefore reports that bracket right before an amount (checked
// in judge beside bonusAsideBefore).
func basePlusBonusBefore(before string) bool {
	return containsFold(before, ")") && (containsFold(before, "base") || containsFold(before, "salary")) && basePlusBonusRe.MatchString(before)
}
