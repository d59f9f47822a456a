package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Office entries stay offices after a location is rewritten (table tests in
// region_offices_rewritten_test.go). fixCodeLocs rewrites an entry to the
// form the region readers know ("London, UK" may become its country's
// name, "Toronto, Ontario, Canada" a country alone), and the rewritten
// entry no longer looks like an address; remoteEntriesOnly decides on the
// entries as the board wrote them, and the entries it leaves out as
// offices are left out of the rewritten list too.

// officesDroppedAlike returns fixed without the entries whose original in
// locs is an office beside a remote entry naming a region; fixed as given
// when none is, or when the lists do not line up.
func officesDroppedAlike(locs, fixed []string) []string {
	if len(locs) < 2 || len(locs) != len(fixed) || len(remoteEntriesOnly(locs)) == len(locs) {
		return fixed
	}
	out := make([]string, 0, len(fixed))
	for i, loc := range locs {
		if !officeEntry(loc) {
			out = append(out, fixed[i])
		}
	}
	return out
}

// areaOnlyEntry is an entry naming only wider areas, without a comma:
// "EU", "EMEA", "Latin America". Beside it an address is an office, as
// beside a remote entry naming a region (remoteEntriesOnly): the JSON-LD
// adapter writes a requirement "EU" after the office "Berlin, DE".
func areaOnlyEntry(loc string) bool {
	if len(loc) > 30 || strings.IndexByte(loc, ',') >= 0 {
		return false
	}
	rs := Regions(loc)
	for _, r := range rs {
		if _, area := model.RegionAreas[r]; !area {
			return false
		}
	}
	return len(rs) > 0
}
