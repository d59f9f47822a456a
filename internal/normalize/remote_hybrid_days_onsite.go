package normalize

import "regexp"

// "hybrid" followed by its count of office days with no week named:
// "hybrid, 3 days onsite", "Hybrid (2 days in office)", "hybrid - two days
// in person" (table tests in remote_hybrid_days_onsite_test.go). The
// hybrid word names the mode and the count its share of the week, so a
// "Remote role" said before it in the same line, or a remote location
// field, does not make it remote (remoteContradicted), unless the sentence
// speaks of other people's set-up ("Our sales team is hybrid - two days
// in person").

// hybridDaysOnsite is such a hybrid word and count.
var hybridDaysOnsite = regexp.MustCompile(`(?i)\bhybrid\s*[,(:–—-]?\s*(?:(?:with|at\s+least|min(?:imum)?\.?|up\s+to)\s+)?(?:[1-4]|one|two|three|four)(?:\s*(?:-|–|to|or)\s*(?:[2-4]|two|three|four))?\s+days?\s+(?:on[- ]?site|in[- ]office|in\s+(?:the\s+|our\s+)?office|in[- ]person|at\s+(?:the|our)\s+office)\b`)

// hybridDaysOnsiteAt finds hybridDaysOnsite (fromBody, beside
// officeDaysNoWeek); only text with "hybrid" is searched.
func hybridDaysOnsiteAt(text string) []int {
	if !hasFold(text, "hybrid") {
		return nil
	}
	return hybridDaysOnsite.FindStringIndex(text)
}

// hybridDaysOfOthers reports whether the sentence of the match at loc
// speaks of a team or other staff.
func hybridDaysOfOthers(text string, loc []int) bool {
	s := sentenceAround(text, loc[0], loc[1])
	return containsAnyFold(s, []string{"team", "colleagues", "staff", "employees", "our people", "others"})
}
