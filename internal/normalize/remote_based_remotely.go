package normalize

import (
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
