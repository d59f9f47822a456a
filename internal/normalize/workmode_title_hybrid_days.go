package normalize

import "regexp"

// titleHybridDays is a title that names hybrid work together with its
// office days: "Hybrid: 3 days onsite", "Hybrid (2 days in office)",
// "Account Manager - hybrid, 3x onsite". The day count belongs to the hybrid
// schedule, so the title is a hybrid note rather than the on-site one that
// titleWorkToken would draw from its trailing "onsite".
var titleHybridDays = regexp.MustCompile(`(?i)\bhybrid\b[^.;|]{0,20}?\b[1-4]\s*(?:x|days?(?:\s+(?:a|per)\s+week)?)\s*(?:/\s*week\s*)?(?:onsite|on-site|on\s+site|in(?:\s+the)?\s+office|in-office|at\s+(?:the\s+)?office)\b`)

// titleHybridNote returns "Hybrid" for a title in the wording above, or "".
// The literal "hybrid" is checked before the regexp runs.
func titleHybridNote(title string) string {
	if len(title) > 200 || !containsFold(title, "hybrid") {
		return ""
	}
	if titleHybridDays.MatchString(title) {
		return "Hybrid"
	}
	return ""
}

// titleHybridOrToken is titleHybridNote, else titleWorkToken
// (workmode_title_tokens.go): the hybrid day count is read first so that
// its "onsite" is not taken for an on-site note.
func titleHybridOrToken(title string) string {
	if m := titleHybridNote(title); m != "" {
		return m
	}
	return titleWorkToken(title)
}
