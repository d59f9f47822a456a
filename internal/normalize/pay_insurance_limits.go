package normalize

// A driving job states the insurance a driver must carry: "$25,000 bodily
// injury per person/$25,000 bodily injury per event/$10,000 for property
// damage". Each amount is a policy limit, not pay. insuranceLimitAfter
// (called from moneyNotForWork) reports an amount that bodily injury,
// property damage or a liability limit names right after it; the rate
// beside it stays pay ("$22 per hour; insurance of $50,000 per accident"
// keeps $22, and "$22 per hour for injury-free drivers" is no limit).
var insuranceLimitAfterRe = newKeyRegexp(`(?i)^\s*(?:/\s*)?(?:for\s+|of\s+)?(?:bodily[- ]injury|property[- ]damage|(?:combined[- ]single|liability)[- ]limits?|liability\s+coverage|uninsured[- ]motorists?)\b`, 20, 4, "injury", "damage", "limit", "coverage", "motorist")

func insuranceLimitAfter(after string) bool {
	return insuranceLimitAfterRe.MatchString(after)
}
