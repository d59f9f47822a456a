package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// homeDaysAllowance is some work from home allowed beside the office:
// "up to two days working from home", "up to 2 days a week at home",
// "includes some remote working", "offers some home working". It is a
// hybrid job; "some remote working experience" and "with some remote
// working tools" name no arrangement (homeAllowanceEnd).
var homeDaysAllowance = newKeyRegexp(`(?i)\bup\s+to\s+(?:[1-4]|one|two|three|four)\s+days?\s+(?:(?:a|per|each|every)\s+week\s+|/\s*week\s+)?(?:of\s+)?(?:working\s+|work\s+)?(?:from|at)\s+home\b|`+
	`\b(?:includes?|including|offers?|offering|allows?|allowing|permits?|with|plus)\s+(?:the\s+(?:option|chance)\s+(?:of|for)\s+)?some\s+(?:remote|home)\s+work(?:ing)?\b`,
	60, 60, "home", "remote")

// homeAllowanceEnd ends an allowance that is an arrangement: the clause ends,
// or it goes on with when or how often.
var homeAllowanceEnd = regexp.MustCompile(`^(?:\s*$|\s*[.,;:!?)\]–—-]|\s+(?:and|or|if|when|where|each|every|a|per|on|in|after|once|depending|subject|as|by|at)\b)`)

// reviseHomeDaysAllowance reads homeDaysAllowance as hybrid over an on-site
// or no reading of the text; a listing's own field decides, and a remote
// reading is left to the readers of remote days.
func reviseHomeDaysAllowance(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote == model.RemoteHybrid || ri.Remote == model.RemoteRemote || !textGivenMode(ri) {
		return ri
	}
	for _, loc := range homeDaysAllowance.FindAllStringIndex(text, -1) {
		if !homeAllowanceEnd.MatchString(text[loc[1]:min(len(text), loc[1]+16)]) {
			continue
		}
		return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+strings.TrimSpace(text[loc[0]:loc[1]]))
	}
	return ri
}
