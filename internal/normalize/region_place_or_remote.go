package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A location that offers a place or remote work ("Naperville, IL or
// Remote", "Leeds, UK / Remote") scopes the remote choice to the place's
// country, as "Denver, CO or Remote" already reads through the known town;
// the place before the choice is read on its own when the whole item named
// no region (a state code followed by " or Remote" is no "City, ST").
// Table tests in region_place_or_remote_test.go.

// placeOrRemote is a place, then "or", "/", "|" or "&", then remote work
// as the whole rest of the item.
var placeOrRemote = regexp.MustCompile(`(?i)^\s*([^|/&]+?)\s*(?:\bor\b|/|\||&)\s*(?:fully\s+|100\s*%\s*)?(?:remote(?:ly)?|work from home|wfh)\s*\.?\s*$`)

// revisePlaceOrRemote adds the regions of the place before an "or Remote"
// choice to a remote listing that has none.
func revisePlaceOrRemote(locs []string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote || len(ri.Regions) > 0 {
		return ri
	}
	for _, loc := range locs {
		if len(loc) > 80 || !containsFold(loc, "remote") && !containsFold(loc, "home") && !containsFold(loc, "wfh") {
			continue
		}
		m := placeOrRemote.FindStringSubmatch(loc)
		if m == nil || !strings.Contains(m[1], ",") {
			continue // "NYC or Remote" is read by the town already; a bare word is no place here
		}
		if rs := Regions(m[1]); len(rs) > 0 {
			ri.Regions = rs
			return ri
		}
	}
	return ri
}
