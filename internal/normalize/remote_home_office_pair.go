package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// homeOfficePair is home (or remote) and office working named together as
// the way the job is done: "home and office-based working", "office and
// home working", "remote/on-site work pattern", "remote and on-site
// collaboration required". Support given remotely and on site ("remote and
// on-site support") is a duty, and "remote and office-based staff" are
// people: neither is a work pattern, and neither matches.
var homeOfficePair = newKeyRegexp(`(?i)\b(?:home|remote)(?:[- ]based)?\s*(?:and|&|/|\+)\s*(?:office|on[- ]?site|in[- ]office)(?:[- ]based)?\s+(?:working|work(?:ing)?\s+(?:patterns?|arrangements?|model))\b|`+
	`\b(?:office|on[- ]?site|in[- ]office)(?:[- ]based)?\s*(?:and|&|/|\+)\s*(?:home|remote)(?:[- ]based)?\s+(?:working|work(?:ing)?\s+(?:patterns?|arrangements?|model))\b|`+
	`\b(?:remote|home)\s+(?:and|&)\s+(?:on[- ]?site|in[- ]office|in[- ]person|office)\s+(?:collaboration|presence|attendance)\s+(?:is\s+|are\s+|will\s+be\s+)?(?:required|expected|mandatory)\b`,
	40, 60, "home", "remote")

// pairPeople follows a pair that names people or a place, not a pattern:
// "remote and office working parents", "office and home working spaces".
var pairPeople = regexp.MustCompile(`(?i)^\s*(?:teams?|staff|employees|colleagues|people|parents|members|groups?|spaces?|desks?|equipment)\b`)

// reviseHomeOfficePair reads homeOfficePair as hybrid over an on-site,
// remote or no reading of the text; a listing's own field decides.
func reviseHomeOfficePair(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote == model.RemoteHybrid || !textGivenMode(ri) {
		return ri
	}
	for _, loc := range homeOfficePair.FindAllStringIndex(text, -1) {
		if pairPeople.MatchString(text[loc[1]:min(len(text), loc[1]+20)]) {
			continue
		}
		return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+strings.TrimSpace(text[loc[0]:loc[1]]))
	}
	return ri
}
