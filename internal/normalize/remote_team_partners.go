package normalize

import "regexp"

// Two remote cues that do not place the role (table tests in
// remote_team_partners_test.go):
//   - remote teams the worker deals with: "collaborating across remote-first,
//     global engineering teams", "working with remote colleagues", "support
//     our remote customers" — a plural group after the cue and "across",
//     "with", "among" or "support" before it;
//   - a company policy for its employees at large, on a condition: "Employees
//     may work remotely if their role is eligible";
//   - other people who work remotely, named in a relative clause: "colleagues
//     who work remotely", "users that work remotely";
//   - a condition on the worker: "If you work remotely, keep your VPN on".
var (
	partnerBefore = regexp.MustCompile(`(?i)\b(?:across|with|among|amongst|between|alongside|support(?:ing|s)?|serv(?:e|ing|es)|manag(?:e|ing|es)|lead(?:ing|s)?)\s+(?:(?:our|your|their|the|other|many|multiple|several|both)\s+)?(?:(?:local|global|distributed|in[- ]office|internal|external)\s+(?:and|&|or)\s+)?$`)
	partnerAfter  = regexp.MustCompile(`(?i)^(?:\s*,?\s*[\p{L}-]+){0,3}?\s+(?:teams|colleagues|co-?workers|stakeholders|engineers|developers|employees|staff|workers|workforces|customers|clients|users|partners|members)\b`)
	policyBefore  = regexp.MustCompile(`(?i)\b(?:employees|staff|colleagues|team members|associates|people|workers)\s+(?:may|can|could|are able to|are allowed to)\s+$`)
	policyAfter   = regexp.MustCompile(`(?i)^\s+(?:if|when|where|provided|subject to)\b`)
	othersWho     = regexp.MustCompile(`(?i)\b(?:colleagues|co-?workers|teams?|team members|employees|staff|people|users|customers|clients|members|engineers|developers|workers|those|others)\s+(?:who|that)\s+(?:[a-z]+\s+)?$`)
	ifYouBefore   = regexp.MustCompile(`(?i)\b(?:if|whenever|when|while)\s+(?:you|they|employees|staff)\s+(?:[a-z]+\s+)?$`)
)

// remotePartnerOrPolicy reports a remote cue at loc that names the worker's
// partners or a company-wide conditional policy rather than the role.
func remotePartnerOrPolicy(text string, loc []int) bool {
	before := text[max(0, loc[0]-48):loc[0]]
	after := text[loc[1]:min(len(text), loc[1]+48)]
	if partnerBefore.MatchString(before) && partnerAfter.MatchString(after) {
		return true
	}
	if othersWho.MatchString(before) || ifYouBefore.MatchString(before) {
		return true
	}
	return policyBefore.MatchString(before) && policyAfter.MatchString(after)
}
