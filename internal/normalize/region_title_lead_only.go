package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A remote role whose title opens with a place and "only" before the role
// (table tests in region_title_lead_only_test.go): "US only Product
// Manager", "UK only - Support Engineer", "Canada only: Payroll Clerk".
// The place is where the remote work may be done from. Only a country or
// area name counts, and "US" written so; a bare code that is also a word
// ("IT only Helpdesk") and words that are no place ("Weekend only
// Driver", "English only Tutor") are not read, and a listing that already
// has a region or is not remote keeps its reading.

// titleLeadOnly is such a title; group 1 is the place.
var titleLeadOnly = newKeyRegexp(`(?i)^\s*([\p{L}.]+(?:\s+[\p{L}.]+)?)\s+only\s*[-–—:|,]?\s*\p{L}`,
	30, 10, "only")

// reviseTitleLeadOnly gives a remote listing with no region the place its
// title opens with.
func reviseTitleLeadOnly(title string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote || len(ri.Regions) > 0 {
		return ri
	}
	ms := titleLeadOnly.FindAllStringSubmatch(title, 1)
	if len(ms) == 0 {
		return ri
	}
	m := ms[0]
	code, ok := regionNames[strings.ToLower(m[1])]
	if m[1] == "US" {
		code, ok = "US", true
	}
	if !ok || code == "" || code == RegionWorldwide {
		return ri
	}
	ri.Regions, ri.Evidence = []string{code}, "title: "+strings.TrimSpace(title)
	return ri
}
