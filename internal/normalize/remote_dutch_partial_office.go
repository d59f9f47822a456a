package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// dutchPartialOffice is Dutch work partly at the office: "(deels) werken op
// kantoor", "gedeeltelijk vanuit kantoor", "deels op locatie". Partly at
// the office is a hybrid week; "op kantoor" alone is left to the on-site
// readers.
var dutchPartialOffice = newKeyRegexp(`(?i)\(?\b(?:deels|gedeeltelijk|grotendeels\s+thuis\s+en)\b\)?\s+(?:werken\s+|aanwezig\s+|werkzaam\s+)?(?:op|vanuit|in)\s+(?:het\s+|ons\s+)?(?:kantoor|locatie)\b`,
	20, 40, "deels", "gedeeltelijk")

// reviseDutchPartialOffice reads dutchPartialOffice as hybrid over an
// on-site or no reading of the text; a listing's own field decides.
func reviseDutchPartialOffice(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote == model.RemoteHybrid || ri.Remote == model.RemoteRemote || !textGivenMode(ri) {
		return ri
	}
	if loc := dutchPartialOffice.FindStringIndex(text); loc != nil {
		return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+strings.TrimSpace(text[loc[0]:loc[1]]))
	}
	return ri
}
