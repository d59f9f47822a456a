package normalize

import "strings"

// A rate's add-on written after "plus" names itself after its own unit:
// "Hourly Base Pay: $20.50, plus $5.00 per hour training pay", "Pay:
// $18.00, plus $1.50 per hour night premium". The amount after "plus" is
// the add-on, not the rate; the rate before it is read. plusAddOnAfter
// (called from benefitOrDifferential) reports an amount right after
// "plus" or "+" that such a named add-on follows; an amount after "plus"
// with no add-on named ("$18/hr plus $2/hr after 90 days") and a plain
// "training pay" with no plus ("Training pay: $15/hr") are left.
var plusAddOnAfterRe = newKeyRegexp(`(?i)^\s*(?:(?:/|per\s+|an?\s+)\s*(?:hr|hour|h)\b\.?)?\s*(?:(?:training|night|weekend|holiday|overtime|bilingual|hazard|language|certification|on-?call|standby|travel|lead|shift)\s+)+(?:pay|premiums?|bonus(?:es)?|incentives?|rate|allowance)\b`, 60, 4, "pay", "premium", "bonus", "incentive", "rate", "allowance")

func plusAddOnAfter(before, after string) bool {
	b := strings.TrimRight(before, " \u00a0\t")
	if !hasSuffixFold(b, "plus") && !strings.HasSuffix(b, "+") {
		return false
	}
	if hasSuffixFold(b, "plus") && len(b) > 4 && isWordByte(b[len(b)-5]) {
		return false // "surplus"
	}
	return plusAddOnAfterRe.MatchString(after)
}
