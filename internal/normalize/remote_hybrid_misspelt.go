package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// Boards and recruiters often type "hybrid" with two letters swapped:
// "Hyrbid work schedule", "Hybird - Leeds". A posting that says nothing
// else of its work place is read again with the word spelled right; only a
// hybrid answer is taken, so a misspelling in a product or company name
// ("the Hybird drone app") changes nothing unless the corrected text reads
// as a work arrangement.
var misspeltHybrid = regexp.MustCompile(`(?i)\bhy(?:rbid|bird)\b`)

// reviseMisspeltHybrid re-reads an unknown work place with "hyrbid" and
// "hybird" spelled "hybrid" in the locations and the text.
func reviseMisspeltHybrid(hint string, locs []string, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteUnknown {
		return ri
	}
	found := containsFold(text, "hyrbid") || containsFold(text, "hybird")
	fixed, copied := locs, false
	for i, l := range locs {
		if containsFold(l, "hyrbid") || containsFold(l, "hybird") {
			if !copied {
				fixed, copied = append([]string(nil), locs...), true // the caller's slice is not written
			}
			found = true
			fixed[i] = misspeltHybrid.ReplaceAllString(l, "hybrid")
		}
	}
	if !found {
		return ri
	}
	again := ParseRemote(hint, fixed, misspeltHybrid.ReplaceAllString(text, "hybrid"))
	if again.Remote != model.RemoteHybrid {
		return ri
	}
	return again
}
