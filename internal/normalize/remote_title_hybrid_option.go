package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A title that names the role remote ("Remote Engineer", "Support Agent -
// Remote") beside a description that only offers a hybrid arrangement as a
// choice ("hybrid schedule available", "a hybrid option is possible") is a
// remote role: the office is there for those who want it. A description
// that sets office days ("hybrid, 2 days in the office") keeps it hybrid.
var (
	// hybridOffered is a hybrid arrangement offered, not required.
	hybridOffered = regexp.MustCompile(`(?i)\bhybrid(?:\s+(?:schedule|option|arrangement|work(?:ing)?|setup|model)s?)?\s+(?:is\s+|are\s+)?(?:also\s+)?(?:available|optional|possible|offered|an\s+option)\b`)
	// officeDaySet is a set number of days or named weekdays in the office.
	officeDaySet = regexp.MustCompile(`(?i)\b(?:[1-5]|one|two|three|four|five)\s*(?:days?|x|times)\b|\b(?:mon|tues|wednes|thurs|fri)days?\b|\b(?:once|twice)\s+(?:a|per)\s+week\b`)
	// titleTrailRemote is "Remote" closing a title after a separator.
	titleTrailRemote = regexp.MustCompile(`(?i)(?:[-–—|,]\s*|\(\s*)(?:fully\s+|100%\s+)?remote\s*\)?\s*$`)
)

// reviseTitleRemoteHybridOption reads the case above remote.
func reviseTitleRemoteHybridOption(title, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteHybrid || !strings.HasPrefix(ri.Evidence, "text:") || !containsFold(text, "hybrid") {
		return ri
	}
	if !(titleLeadRemote.MatchString(title) || titleTrailRemote.MatchString(title)) || remoteCompound.MatchString(title) {
		return ri
	}
	m := hybridOffered.FindString(text)
	if m == "" || officeDaySet.MatchString(text) {
		return ri
	}
	ri.Remote, ri.Evidence = model.RemoteRemote, "text: "+m
	return ri
}
