package normalize

import (
	"slices"

	"github.com/gigscout/gigscout/internal/model"
)

// A board's remote field beside an office place in the location field,
// and the description's own scope: remote field "remote", location "San
// Francisco, CA", text "Remote - India" or "Remote within Canada only."
// The board marked the job remote itself, so the place is where the
// company sits, and the description says where the remote work may be
// done from (table tests in region_office_other_scope_test.go). Without
// the board's remote field the town keeps its country ("Austin, TX" and
// "Fully remote within Europe." stays US, as remote_board_modes_test.go
// pins), and a location with a mode or scope word ("Remote - US",
// "Berlin (Hybrid)") keeps its own regions.

// remoteAnywhereScope opens the remote work to the world in so many words:
// "Remote (anywhere in the world)", "This role can be done from anywhere
// in the world." A place after "anywhere" ("anywhere in India") is read by
// textRemoteRegions; a perk ("work from anywhere for two weeks") has no
// closing stop or bracket right after "anywhere" or "the world".
var remoteAnywhereScope = newKeyRegexp(`(?i)\bremote\s*\(\s*(?:from\s+)?anywhere(?:\s+in\s+the\s+world)?\s*\)|\b(?:can|may)\s+be\s+(?:done|performed|worked|carried\s+out)\s+(?:remotely\s+)?from\s+anywhere(?:\s+in\s+the\s+world)?\s*(?:[.!;)]|$)`,
	40, 40, "anywhere")

// reviseOfficeOtherScope gives a remote job the description's regions in
// place of those of its office-only locations.
func reviseOfficeOtherScope(hint string, locations []string, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote || hintRemote(hint) != model.RemoteRemote || len(locations) == 0 || text == "" || len(ri.Regions) == 0 {
		return ri
	}
	if !officePlacesOnly(locations) { // region_office_world_text.go
		return ri
	}
	if !slices.Equal(ri.Regions, remoteRegions(locations, "")) {
		return ri // the regions are not the offices' own (a text narrowed or widened them)
	}
	tr := textRemoteRegions(text)
	if slices.Contains(tr, RegionWorldwide) {
		tr = nil // the text readers' world wording includes perks ("work from wherever you are"): only remoteAnywhereScope's counts here
	}
	if len(tr) == 0 && remoteAnywhereScope.MatchString(text) {
		tr = []string{RegionWorldwide} // "Remote (anywhere in the world)"
	}
	if len(tr) == 0 || slices.Equal(tr, ri.Regions) {
		return ri
	}
	ri.Regions = narrowRegions(tr, text)
	return ri
}
