package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// An office floor of four days ("on-site at least 4 days a week", "a
// minimum of four days per week in our Leeds office") leaves at most one
// day of the week that is not in the office, and names none: the role is
// worked on site. The weekly office-day readers count one to four days as
// hybrid, which stays so for an exact count ("4 days a week in the
// office"), a lower floor ("at least 3 days") or a ceiling ("up to 4
// days"); a floor whose sentence also names a home, remote or hybrid day
// ("at least four days in the office, Fridays from home") stays hybrid too.
//
// Table tests in remote_office_floor_four_test.go.

// officeFloorFour is the floor, with the office before or after it.
var officeFloorFour = newKeyRegexp(`(?i)\b(?:on[- ]?site|in[- ]office|in[- ]person|in\s+(?:the|our)\s+(?:[\p{L}-]+\s+){0,2}office)\s+(?:for\s+)?(?:at\s+least|a\s+minimum\s+of|no\s+(?:fewer|less)\s+than)\s+(?:4|four)\s+days?(?:\s+(?:a|per|each|every)\s+|\s*/\s*)week\b|`+
	`\b(?:at\s+least|a\s+minimum\s+of|no\s+(?:fewer|less)\s+than)\s+(?:4|four)\s+days?(?:\s+(?:a|per|each|every)\s+|\s*/\s*)week\s+(?:on[- ]?site|in[- ]office|in[- ]person|in\s+(?:the|our)\s+(?:[\p{L}-]+\s+){0,2}office)\b`,
	70, 70, "least", "minimum", "fewer", "less than")

// floorOtherDay is a word naming a day away from the office.
var floorOtherDay = []string{"remote", "home", "hybrid", "wfh", "flexib", "telework", "anywhere"}

// reviseOfficeFloorFour reads a hybrid reading of the text that only such a
// floor gave as on-site.
func reviseOfficeFloorFour(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteHybrid || !textGivenMode(ri) { // officeFloorFour's keys gate the text (keyre.go)
		return ri
	}
	m := officeFloorFour.FindStringIndex(text)
	if m == nil || containsAnyFold(sentenceAround(text, m[0], m[1]), floorOtherDay) {
		return ri
	}
	if r, _ := fromBody(asideSpans{{m[0], m[1]}}.apply(text)); r == model.RemoteHybrid || r == model.RemoteRemote {
		return ri // another statement of the text reads hybrid (or remote) on its own
	}
	return setModeKeepRegions(ri, model.RemoteOnsite, "text: "+strings.TrimSpace(text[m[0]:m[1]]))
}
