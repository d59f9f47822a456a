package normalize

import "regexp"

// A one-off reward may be written as a figure with its word after it, and
// the pay straight after that: "Up to $2,000 referral $30 per hour",
// "$1,500 sign-on bonus $24/hr". The reward word then names the figure
// before it, not the next amount, yet it sits right before that amount, so
// the bonus cue (badBefore) would turn the pay away too. The next amount is
// kept only when it is given for a year or an hour, or labelled base pay or
// salary, right after it (baseLabelAfter).

// figureRewardBefore is a money figure, then a reward word, then nothing
// but a comma or colon before the amount.
var figureRewardBefore = regexp.MustCompile(`(?i)(?:[$€£]\s?\d[\d,.]*\s*k?|\b\d[\d,.]*\s*k?\s*(?:usd|eur|gbp))\s+(?:(?:referral|sign[- ]?on|signing|joining|relocation|retention|welcome)\s+)?(?:bonus(?:es)?|referral)\s*[,:]?\s*$`)

// figureRewardThenRate reports that the amount after before is the pay
// named after a reward figure.
func figureRewardThenRate(before, after string) bool {
	if !containsFold(before, "bonus") && !containsFold(before, "referral") {
		return false // the cheap gate: every match names a bonus or a referral
	}
	return figureRewardBefore.MatchString(before) && baseLabelAfter.MatchString(after)
}
