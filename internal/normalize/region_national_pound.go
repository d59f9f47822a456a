package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Government job ads (table tests in
// region_national_pound_test.go).
//
//   - A UK public-sector ad files its place as "National" (often starred to
//     a footnote: "National*") when the post may be held from any office in
//     the country, and states its pay in pounds. A remote or hybrid reading
//     with no region, whose only place is such a country-wide word, takes
//     the country of the pound: GB. A general shape (a country-wide place
//     word beside the listing's own currency); it reads nothing when the
//     text has no pound sign, so a bare "National" stays unread.

// reviseNationalPound applies the reader above.
func reviseNationalPound(locs []string, text string, ri RemoteInfo) RemoteInfo {
	if len(ri.Regions) > 0 || len(locs) == 0 {
		return ri
	}
	if ri.Remote != model.RemoteRemote && ri.Remote != model.RemoteHybrid {
		return ri
	}
	for _, loc := range locs {
		if !nationalPlaceWord(loc) {
			return ri
		}
	}
	if !strings.Contains(text, "£") {
		return ri
	}
	ri.Regions = []string{"GB"}
	if ri.Evidence == "" {
		ri.Evidence = "location: " + locs[0]
	}
	return ri
}

// nationalPlaceWord reports whether a location field is a country-wide
// word alone: "National", "National*", "Nationwide", "Nationally".
func nationalPlaceWord(loc string) bool {
	s := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(loc), "*."))
	if len(s) < 8 || len(s) > 13 || (s[0] != 'N' && s[0] != 'n') {
		return false
	}
	for _, w := range [...]string{"national", "nationwide", "nationally", "national (uk)"} {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}
