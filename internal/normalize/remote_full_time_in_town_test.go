package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A role placed full time in a named town, and the near misses. Written in
// our own words.
func TestRemoteFullTimeInTown(t *testing.T) {
	runPostingModeCases(t, []postingModeCase{
		{"role full time in a town", model.Posting{Title: "Claims Analyst", DescriptionText: "This role is full time in Bowie, MD. Benefits start day one."}, model.RemoteOnsite},
		{"position full-time at a town", model.Posting{Title: "Lab Tech", DescriptionText: "The position is full-time at Red Deer, AB."}, model.RemoteOnsite},
		{"past the guard", model.Posting{Title: "Claims Analyst", DescriptionText: shopsPad + "Role is full time in Fort Wayne, IN."}, model.RemoteOnsite},
		// traps: no place, or a mode already read
		{"full time in nature", model.Posting{Title: "Claims Analyst", DescriptionText: "The role is full time in nature and pays weekly."}, model.RemoteUnknown},
		{"full time in the first year", model.Posting{Title: "Claims Analyst", DescriptionText: "The position is full time in the first year, then part time."}, model.RemoteUnknown},
		{"remote reading kept", model.Posting{Title: "Claims Analyst", DescriptionText: "This role is full time in Bowie, MD or fully remote."}, model.RemoteRemote},
	})
}
