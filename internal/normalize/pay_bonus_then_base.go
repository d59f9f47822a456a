package normalize

import "regexp"

// A listing may name a one-off bonus first and the salary after it, joined
// by "and" or "plus": "$8,000 joining bonus and $120,000 - $135,000 base".
// The bonus word sits just before the salary's amount, so the bonus cue
// (badBefore) would turn the salary away as well. bonusThenBase keeps the
// amount when the joiner is all that stands between the bonus word and it,
// and the amount itself is labelled as base pay or salary, or given for a
// year or an hour, after it.

// bonusJoinBefore is a bonus word, then only "and" or "plus" (and an
// article) right before the amount.
var bonusJoinBefore = regexp.MustCompile(`(?i)\bbonus(?:es)?\s*,?\s+(?:and|plus)\s+(?:an?\s+|the\s+)?$`)

// baseLabelAfter is a base or salary label, or a yearly or hourly period,
// right after the amount (or its range).
var baseLabelAfter = regexp.MustCompile(`(?i)^\s*(?:(?:annual\s+)?base\b|(?:base\s+)?salary\b|(?:/|per\s+|an?\s+)(?:year|yr|annum|hour|hr)\b|annually\b|yearly\b|hourly\b)`)

// bonusThenBase reports that the amount after before (and before after) is
// the salary named after a bonus.
func bonusThenBase(before, after string) bool {
	return bonusJoinBefore.MatchString(before) && baseLabelAfter.MatchString(after) || figureRewardThenRate(before, after) // pay_figure_bonus_then_rate.go
}
