package normalize

import "regexp"

// An applicant's fee named right after an amount is no pay: "Rs 1,500
// processing fee", "$49 training fee", "₹999 joining charges", "€30
// non-refundable registration deposit". applicantFeeBefore
// (pay_applicant_fee.go) reads the same fee words before an amount and
// badAfter (pay.go) only registration and a few contest fees after it. A
// fee paid to the worker after an amount ("$300 project fee", "€900 fixed
// fee") names no applicant's fee word and stays pay.

// applicantFeeAfterRe is such a fee right after an amount, with an
// optional "one-time" or "(non-)refundable" between.
var applicantFeeAfterRe = regexp.MustCompile(`(?i)^\s*(?:(?:one[- ]time|non[- ]refundable|refundable|mandatory|upfront)\s+)?(?:training|joining|enrol(?:l)?ment|processing|admission|course|certification|onboarding|placement|kit|security|exam|membership|verification|documentation|program(?:me)?)\s+(?:fees?|charges?|deposit)\b`)

// applicantFeeAfter reports such a fee at the start of after (the text
// right after the amount); a cheap byte test for "fee", "charge" or
// "deposit" goes first.
func applicantFeeAfter(after string) bool {
	if len(after) > 48 {
		after = after[:48]
	}
	if !containsFold(after, "fee") && !containsFold(after, "charge") && !containsFold(after, "deposit") {
		return false
	}
	return applicantFeeAfterRe.MatchString(after)
}
