package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// A role "based on site", with a space for the hyphen, is on-site work:
// "This role is based on site.", "You will be based on site at our
// Hull plant." The hyphenated and closed spellings are on-site words
// already (locOnsite in remote.go); the spaced one is not, as "on site"
// also starts "on site visits" or "based on site data". So it counts
// only where the phrase ends its clause or a place or schedule follows,
// and only after a word that makes the role its subject. Table tests in
// onsite_based_on_site_test.go.

// basedOnSiteRe is the phrase; it is run only on texts holding "on site".
var basedOnSiteRe = regexp.MustCompile(`(?i)\b(?:is|are|be|being|role|position|job|team)\s+based\s+on\s+site(?:[ \t]*(?:[.;:!)\n\r]|$)|\s+(?:in|at|with|full[- ]time|five|5|every|each|daily)\b)`)

// basedOnSite reads the phrase in text; unknown when it is not there.
func basedOnSite(text string) (model.Remote, string) {
	if !hasFold(text, "on site") || !hasFold(text, "based") {
		return model.RemoteUnknown, ""
	}
	if loc := basedOnSiteRe.FindStringIndex(text); loc != nil {
		return model.RemoteOnsite, text[loc[0]:loc[1]]
	}
	return model.RemoteUnknown, ""
}
