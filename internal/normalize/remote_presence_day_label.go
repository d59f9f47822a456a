package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// presenceDayLabel is an office or on-site presence written as a label
// with a count of days a week: "Onsite presence: 2 days per week in
// Utrecht", "Office attendance - 3 days a week". Fewer than five days is a
// hybrid week, not an on-site one; "Onsite presence: 5 days a week" is
// left to the on-site readers.
var presenceDayLabel = newKeyRegexp(`(?i)\b(?:on[- ]?site|office|in[- ]office|in[- ]person)\s+(?:presence|attendance)\s*[:–—-]\s*(?:[1-4]|one|two|three|four)(?:\s*(?:-|–|to|or)\s*(?:[2-4]|two|three|four))?\s*(?:days?|x)\s*(?:(?:a|per|each|every)\s+week|/\s*week|weekly)\b`,
	10, 60, "presence", "attendance")

// revisePresenceDayLabel reads presenceDayLabel as hybrid over an on-site
// or no reading of the text; a listing's own field decides.
func revisePresenceDayLabel(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote == model.RemoteHybrid || ri.Remote == model.RemoteRemote || !textGivenMode(ri) {
		return ri
	}
	if loc := presenceDayLabel.FindStringIndex(text); loc != nil {
		return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+strings.TrimSpace(text[loc[0]:loc[1]]))
	}
	return ri
}
