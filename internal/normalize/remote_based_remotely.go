package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Remote work placed in a country by "remotely" (table tests in
// remote_based_remotely_test.go): "You will be based remotely in the UK",
// "Work remotely from Spain", "working remotely within Germany". The
// statement is remote work (read by moreBodyModes,
// remote_body_modes_more.go) and its place the region (read by
// remoteRegions after the "remote in" wording of bodyRegion). The place
// must be one: "work remotely from time to time" or "from home" is none.

// remotelyIn is such a statement; group 1 is the place, to the end of its
// clause. (Its key "remotely" is in the shared key scan already.)
var remotelyIn = newKeyRegexp(`(?i)\b(?:based|work|working|works|located|live and work|living and working)\s+(?:fully\s+|entirely\s+)?remotely\s+(?:in|from|within|across)\s+(?:the\s+)?([\p{L}][\p{L}. ]{1,40})`,
	40, 72, "remotely")

// oneOtherBefore is one other person of the company as the subject right
// before the statement: "Our founder works remotely from Spain", "my
// manager is based remotely in Ireland". Where that person works says
// nothing of the role; the company's people as a whole ("Our people are
// located fully remotely in the United Kingdom") still do.
var oneOtherBefore = regexp.MustCompile(`(?i)\b(?:our|the|my|your)\s+(?:[\p{L}-]+\s+)?(?:co-?founder|founder|ceo|cto|coo|manager|teammate|colleague|co-?worker|boss)\s+(?:(?:is|was|has\s+been|mostly|often|usually|currently)\s+)*$`)

// remotelyInPlace returns the regions and the evidence of the first such
// statement that names a place; nil when none does.
func remotelyInPlace(text string) ([]string, string) {
	if !hasFold(text, "remotely") {
		return nil, ""
	}
	for _, m := range remotelyIn.FindAllStringSubmatchIndex(text, 4) {
		if deniedBase(text, m[0]) {
			continue // "You cannot work remotely within the UK" (remote_region_denied_within.go)
		}
		if oneOtherBefore.MatchString(text[max(0, m[0]-40):m[0]]) {
			continue // "Our founder works remotely from Spain most winters"
		}
		if rs := regionList(text[m[2]:]); len(rs) > 0 {
			return rs, strings.TrimSpace(text[m[0]:m[1]])
		}
	}
	return nil, ""
}

// remotelyInMode is remote when text places remote work in a country.
func remotelyInMode(text string) (model.Remote, string) {
	if rs, ev := remotelyInPlace(text); len(rs) > 0 {
		return model.RemoteRemote, ev
	}
	return model.RemoteUnknown, ""
}

// remotelyInRegions is the regions remotelyInPlace reads, or nil.
func remotelyInRegions(text string) []string {
	rs, _ := remotelyInPlace(text)
	return rs
}
