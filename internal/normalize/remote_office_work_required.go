package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// officeWorkRequired is a rule that the work itself is done in the office,
// with no schedule named: "You are required to work from our office",
// "employees must work at the Leeds office", "you'll need to be based in
// our office". officeComeIn (remote_office_days.go) reads the same rule
// written as coming, reporting or commuting into the office; this reads it
// written as working or being based there. A visit ("for onboarding"), a
// count of days ("two days a week", read as hybrid first), a choice before
// it ("you can work from our office") or a home alternative after it ("or
// from home") leaves the text alone.
var officeWorkRequired = newKeyRegexp(`(?i)\b(?:(?:required|expected|obliged|needs?)\s+to|must|will\s+(?:need|have)\s+to|you['’]ll\s+(?:need|have)\s+to|have\s+to)\s+(?:work|be\s+based)\s+(?:from|at|in|out\s+of)\s+(?:the|our)\s+(?:[\p{L}]+\s+){0,2}offices?\b`, 80, 10, "office")

// officeWorkRequiredOnsite reads officeWorkRequired as on-site; unknown
// when the text has no such rule.
func officeWorkRequiredOnsite(text string) (model.Remote, string) {
	if !hasFold(text, "work") && !hasFold(text, "based") { // "office" is the regexp's key
		return model.RemoteUnknown, ""
	}
	for _, loc := range officeWorkRequired.FindAllStringIndex(text, 4) {
		before, after := text[max(0, loc[0]-30):loc[0]], text[loc[1]:min(len(text), loc[1]+60)]
		if deniedDemandBefore(text, loc[0]) || officeOptional.MatchString(before) || officeAlternative.MatchString(after) || officeVisit.MatchString(after) ||
			officeVisitAfter.MatchString(after) || occasionalOnsite.MatchString(after) {
			continue
		}
		return model.RemoteOnsite, strings.TrimSpace(text[loc[0]:loc[1]])
	}
	return model.RemoteUnknown, ""
}
