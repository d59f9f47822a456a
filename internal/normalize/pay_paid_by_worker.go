package normalize

import "regexp"

// An amount the reader is told to pay or spend themself is a cost, not pay:
// "Pay €23 yourself for the optional upgrade", "spend $40 out of pocket on
// supplies", "cover $15 of your own money". The verb sits right before the
// amount and "yourself" or "out of (your own) pocket" right after it; "We
// pay $25/hr" and "you will earn $500 yourself" keep their reading.
var (
	paidByWorkerBefore = regexp.MustCompile(`(?i)\b(?:pay|spend|cover|front)\s+(?:(?:a|an|the|just|only|about|around|roughly)\s+)?$`)
	paidByWorkerAfter  = regexp.MustCompile(`(?i)^\s*(?:yourself|out\s+of\s+(?:your\s+own\s+)?pocket|of\s+your\s+own\s+money)\b`)
)

// paidByWorker reports such an amount (called from applicantFee). The
// after-pattern, anchored at the start, fails at once on most texts, so it
// runs first.
func paidByWorker(before, after string) bool {
	if !containsFold(after, "yourself") && !containsFold(after, "pocket") && !containsFold(after, "own money") {
		return false
	}
	return paidByWorkerAfter.MatchString(after) && paidByWorkerBefore.MatchString(before)
}
