package normalize

import "regexp"

// priorPayBefore ends with words that name what an earlier job paid ("Your
// previous role paid £52,000", "prior salary was $90k"): that amount is a
// comparison, not this job's pay, so a later amount can be read instead.
var priorPayBefore = regexp.MustCompile(`(?i)\b(?:prior|previous|former)\s+(?:roles?|jobs?|positions?|employers?|salary|pay|compensation)\s*(?:paid(?:\s+you)?|was|of|:)?\s*(?:about|around|roughly|nearly)?\s*$`)

// priorRolePay (called in judge with the rejections) reports priorPayBefore.
func priorRolePay(before string) bool {
	return (containsFold(before, "prior") || containsFold(before, "previous") || containsFold(before, "former")) && priorPayBefore.MatchString(before)
}
