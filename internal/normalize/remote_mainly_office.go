package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// mainlyOffice is office work named as the main part of the week:
// "Mainly in-office,", "primarily on-site with", "mostly in the office
// but". The word after it keeps duties out ("mostly on-site support").
var mainlyOffice = newKeyRegexp(`(?i)\b(?:mainly|mostly|primarily|predominantly|largely|principally)\s+(?:in[- ]office|in\s+the\s+office|office[- ]based|on[- ]?site|in[- ]person)(?:\s*(?:[,;(]|$)|\s+(?:with|but|and|plus)\b)`,
	2, 60, "mainly", "mostly", "primarily", "predominantly", "largely", "principally")

// mainlyOfficeHomeWords are home or remote work named after it in the same
// sentence: "with flexible work from home when needed", "occasional remote
// days".
var mainlyOfficeHomeWords = []string{"work from home", "working from home", "wfh", "remote", "home office", "home-office",
	"home working", "home-working", "from home"}

// reviseMainlyOffice reads office work named as the main part of the week
// with some home or remote work beside it as hybrid ("Mainly in-office, with
// flexible work from home when needed"), where the text alone gave a mode or
// none. With no home or remote words after it in its sentence the reading
// stays ("Mainly in-office." is on-site already).
func reviseMainlyOffice(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote == model.RemoteHybrid || !textGivenMode(ri) {
		return ri
	}
	for _, m := range mainlyOffice.FindAllStringIndex(text, -1) {
		s := sentenceAround(text, m[0], m[1])
		i := strings.Index(s, text[m[0]:m[1]])
		if i < 0 || !containsAnyFold(s[i+m[1]-m[0]:], mainlyOfficeHomeWords) {
			continue
		}
		return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+strings.TrimSpace(s))
	}
	return ri
}
