package normalize

import (
	"strings"
	"testing"
)

// TestCaribbeanTerritoryNames pins the territory names
// regions_world_names_more.go holds: the US Virgin Islands are their
// own code, not the United States, and the Dutch islands are BQ.
func TestCaribbeanTerritoryNames(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Charlotte Amalie, U.S. Virgin Islands", "VI"},
		{"US Virgin Islands (remote)", "VI"},
		{"Kralendijk, Bonaire", "BQ"},
		{"Caribbean Netherlands", "BQ"},
		{"Tortola, British Virgin Islands", "VG"}, // the British islands keep theirs
		{"Remote - U.S.", "US"},                   // the plain abbreviation is still the US
	} {
		if got := strings.Join(Regions(tc.in), ","); got != tc.want {
			t.Errorf("Regions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestCaribbeanTerritoryList pins a remote listing whose places are a
// list of island countries and territories.
func TestCaribbeanTerritoryList(t *testing.T) {
	ri := ParseRemote("remote", []string{"Barbados", "U.S. Virgin Islands", "Bonaire, Sint Eustatius and Saba"}, "")
	if got := strings.Join(sortedRegions(ri.Regions), ","); got != "BB,BQ,VI" {
		t.Errorf("regions = %q, want BB,BQ,VI", got)
	}
}
