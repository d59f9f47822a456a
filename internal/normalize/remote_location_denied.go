package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A location field sometimes names a work mode only to rule it out:
// "never remote", "without remote", "no option for hybrid", "remote
// unsupported", "remote is currently not available", "in office (no option
// for WFH)", "This is not a remote role.", "Remote (not hybrid)". Read plainly for its mode words such a field looked remote (or
// hybrid). locDeniedMode drops the denied part and reads what is left:
// another mode stated beside the denial decides ("hybrid, remote
// unavailable" is hybrid, "onsite, no option for hybrid" on-site); a
// remote denial standing alone is on-site, as "Not remote" and "Remote: No"
// already are; a hybrid denial standing alone says nothing.
//
// The denial must close the field or a comma-separated part of it, so a
// denial about something else ("remote unavailable in California", "never
// remote-first") is left alone.

const deniedModeWord = `(?:remote|wfh|work from home|home[- ]?office|hybrid)`

// deniedModes is one mode word or two spellings of one offer joined by a
// slash or a bracket: "remote/WFH", "remote (work from home)".
const deniedModes = deniedModeWord + `(?:\s*(?:/|\()\s*` + deniedModeWord + `\)?)?`

var locModeDenied = regexp.MustCompile(`(?i)\b(?:never|without|excluding|no option (?:for|of))\s+` + deniedModes + `(?:\s+options?)?\s*(?:[.,;:)!]|$)` +
	`|\b(?:not|no)\s+(?:an?\s+)?(?:fully\s+)?` + deniedModes + `(?:\s+(?:roles?|positions?|jobs?|work|options?|opportunit(?:y|ies)))?\s*(?:[.,;:)!]|$)` + // "This is not a remote role.", "Remote (not hybrid)"
	`|\b` + deniedModes + `\s+(?:(?:is|are)\s+)?(?:currently\s+|presently\s+)?(?:unavailable|unsupported|not (?:available|supported|possible|offered))\s*(?:[.,;:)!]|$)`)

// mayDenyMode reports that locModeDenied may match loc: every match holds
// one of these words.
func mayDenyMode(loc string) bool {
	return containsFold(loc, "never") || containsFold(loc, "without") || containsFold(loc, "excluding") ||
		containsFold(loc, "no ") || containsFold(loc, "unavailable") || containsFold(loc, "unsupported") || containsFold(loc, "not ")
}

// locDeniedMode reads a location field that denies a work mode; ok is false
// when the field denies none.
func locDeniedMode(loc string) (r model.Remote, ok bool) {
	if !mayDenyMode(loc) {
		return model.RemoteUnknown, false
	}
	spans := locModeDenied.FindAllStringIndex(loc, -1)
	if spans == nil {
		return model.RemoteUnknown, false
	}
	var rest strings.Builder
	deniedRemote, last := false, 0
	for _, s := range spans {
		rest.WriteString(loc[last:s[0]])
		rest.WriteString(" ")
		if !containsFold(loc[s[0]:s[1]], "hybrid") {
			deniedRemote = true
		}
		last = s[1]
	}
	rest.WriteString(loc[last:])
	left := rest.String()
	switch {
	case locHybrid.MatchString(left):
		return model.RemoteHybrid, true
	case locRemote.MatchString(left):
		return model.RemoteRemote, true
	case locOnsite.MatchString(left) || locOnsiteWords.MatchString(left) || deniedRemote:
		return model.RemoteOnsite, true
	}
	return model.RemoteUnknown, true
}

// deniedModeSeen files a denying location's reading under the remote or
// on-site place that fromLocations keeps, first one kept.
func deniedModeSeen(r model.Remote, loc, remote, onsite string) (string, string) {
	switch {
	case r == model.RemoteRemote && remote == "":
		remote = loc
	case r == model.RemoteOnsite && onsite == "":
		onsite = loc
	}
	return remote, onsite
}
