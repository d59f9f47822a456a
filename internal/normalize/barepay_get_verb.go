package normalize

import "regexp"

// getRightBefore is the verb "get" right before an amount, said of the
// worker or as a promise: "you will get 120 per day", "I should get 900
// monthly", "expect to get 40 hourly". "We get 200 per day" (visitors,
// orders) has no such subject and is left alone.
var getRightBefore = regexp.MustCompile(`(?i)\b(?:you|i|you'll|i'll|will|would|should|shall|can|could|to)\s+get\s+$`)

// getSpendAfter is what money got for a stated period is spent on, when
// it is no pay: "get 30 per day for meals", "get 200 monthly towards
// travel", "get 25 a day in meal allowance".
var getSpendAfter = regexp.MustCompile(`(?i)^[^.!?\n]{0,25}\b(?:for|towards?|toward|in|as|of)\s+(?:\w+\s+){0,2}(?:meals?|food|lunch|travel|transport|fuel|mileage|expenses?|allowances?|per\s+diem|gym|phone|internet|childcare|bonus(?:es)?|commissions?|tips?|credits?|vouchers?|benefits?)\b`)

// bareGetBefore reports an amount with no currency and a period after it
// that follows the verb "get" right before it, as pay promised to the
// worker ("should get 150 per day"), unless what follows the period says
// the money is for something else (getSpendAfter). before is the text
// before the amount, after the text after its period.
func bareGetBefore(before, after string) bool {
	return getRightBefore.MatchString(before) && !getSpendAfter.MatchString(after)
}
