package normalize

import "strings"

// An employment-type field that names the schedule, a colon and the
// mode ("Full-time: Remote", "Part time: Hybrid", "Contract: On-site"):
// the mode part is the workplace field (table tests in
// remote_employment_colon_mode_test.go). Only a schedule word may stand
// before the colon, so "Remote: No" and other labelled answers are left
// to the readers that know them.

// employmentColonModeRe: schedule word, colon, mode word, nothing else.
var employmentColonModeRe = newKeyRegexp(`(?i)^\s*(?:full[- ]?time|part[- ]?time|contract(?:or)?|temporary|permanent|freelance|internship)\s*:\s*(remote|hybrid|on[- ]?site|in[- ]office)\s*$`,
	40, 12, "remote", "hybrid", "site", "office")

// employmentColonMode returns the mode part of such a field, or "".
func employmentColonMode(employmentType string) string {
	if m := employmentColonModeRe.FindAllStringSubmatch(employmentType, 1); m != nil {
		return strings.TrimSpace(m[0][1])
	}
	return ""
}
