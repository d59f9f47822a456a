package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Shapes of UK, Irish, Australian and NZ boards' pay.
//
// (1) A pay field that ends in a bare period noun, with no "per", "a" or
// slash: "AUD 700 - 850 day", "£14 hour". The noun alone, and nothing but
// it, follows the amount on its line; it was read by the amount's size (a
// fee). General shape: range-or-amount, then a lone unit noun at the line's
// end.
//
// (2) An amount followed by a period adverb and a perk noun: "$50 monthly
// credit toward phone plans", "£30 weekly voucher". The sum is a perk the
// employer gives, not the wage. General shape: amount, adverb, perk noun.
//
// (3) A year's pay stated in so many words but too small to be one in a
// strong currency: "$70 - $90 per year" is an hourly figure with a wrong
// period, not pay that can be read (the mirror of implausiblePeriod's
// "$20,000 per week").

// barePeriodEndAfter reads (1): its unit and the length read.
func barePeriodEndAfter(after string) (model.PayUnit, int, bool) {
	i := 0
	for i < len(after) && i < 3 && after[i] == ' ' {
		i++
	}
	j := i
	for j < len(after) && j-i < 6 && isLetterByte(after[j]) {
		j++
	}
	k := j
	for k < len(after) && k-j < 2 && (after[k] == '.' || after[k] == ' ') {
		k++
	}
	if j-i < 3 || j-i > 5 || (k < len(after) && after[k] != '\n' && after[k] != '\r') {
		return "", 0, false // only the lone noun, to the line's end
	}
	var u model.PayUnit
	switch strings.ToLower(after[i:j]) {
	case "hour":
		u = model.UnitHour
	case "day":
		u = model.UnitDay
	case "week":
		u = model.UnitWeek
	case "month":
		u = model.UnitMonth
	case "year":
		u = model.UnitYear
	default:
		return "", 0, false
	}
	return u, j, true
}

// periodPerkNouns are the perks (2) names after the adverb.
var periodPerkNouns = []string{"credit", "credits", "voucher", "vouchers", "discount", "allowance", "reimbursement", "gift card"}

// periodPerkAfter reports (2); the adverb is checked before the nouns.
func periodPerkAfter(after string) bool {
	a := strings.TrimLeft(after, " ")
	var rest string
	for _, adv := range []string{"monthly ", "weekly ", "yearly ", "annual ", "quarterly "} {
		if hasPrefixFold(a, adv) {
			rest = strings.TrimLeft(a[len(adv):], " ")
			break
		}
	}
	if rest == "" {
		return false
	}
	for _, n := range periodPerkNouns {
		if hasPrefixFold(rest, n) && (len(rest) == len(n) || !isWordByte(rest[len(n)])) {
			return true
		}
	}
	return false
}

// tinyYear reports (3): a stated year's pay under a thousand in a strong
// currency. A year named by a cue word before the amount counts too (score
// 2): "Annual gizmo entitlement of $300 - $900." is a perk, so a
// salary further on ("Salary: $150,000 - $190,000") is the pay.
func tinyYear(c payCandidate) bool {
	return c.unit == model.UnitYear && c.score >= 2 && c.max > 0 && c.max < 1000 && strongCurrencies[c.currency]
}
