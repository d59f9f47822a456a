package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestSlashEntryRegions pins a spaced slash as a break between location
// entries (region_slash_entries.go): the remote entry's place is the
// region, and an office or hybrid entry before it is left out.
func TestSlashEntryRegions(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Hybrid (Dublin) / Remote (Spain)", "ES"},
		{"Lyon office / Remote - France", "FR"},
		{"Onsite (Mexico City) / Remote (Colombia)", "CO"},
	} {
		if got := strings.Join(remoteSegmentRegions(tc.in), ","); got != tc.want {
			t.Errorf("remoteSegmentRegions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// Traps: no spaced slash, or no remote entry naming a place, leave the
	// field to the whole reading.
	for _, in := range []string{
		"Remote - US/Canada",
		"Remote (EMEA/APAC)",
		"Boise / Remote",
		"Hybrid (Oslo) / Onsite (Bergen)",
		"Remote (Kenya) / Remote (Ghana)",
		"Remote - Germany / Austria", // a bare country goes on with the remote list
		"Quito / Remote (Peru)",      // an unmarked place before the slash stays in its part
	} {
		if got := remoteSegmentRegions(in); got != nil {
			t.Errorf("remoteSegmentRegions(%q) = %v, want nil", in, got)
		}
	}
	runFieldCases(t, []truthCase{
		{name: "hybrid seat then remote country", p: model.Posting{Title: "Support Engineer",
			Locations: []string{"Hybrid (Dublin) / Remote (Spain)"}}, regions: "ES"},
		{name: "trap: town slash bare remote", p: model.Posting{Title: "Support Engineer",
			Locations: []string{"Boise / Remote"}}, regions: "US"},
		{name: "trap: unspaced slash list", p: model.Posting{Title: "Support Engineer",
			Locations: []string{"Remote - US/Canada"}}, regions: "US,CA"},
		{name: "trap: bare country after the remote entry", p: model.Posting{Title: "Support Engineer",
			Locations: []string{"Remote - Germany / Austria"}}, regions: "DE,AT"},
	})
}
