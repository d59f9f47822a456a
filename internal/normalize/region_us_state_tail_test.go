package normalize

import (
	"strings"
	"testing"
)

// The shapes of region_us_state_tail.go, read as the remote reader reads a
// location field (fixCodeLoc, then Regions), and the locations they must
// leave alone.
func TestUSStateTailRegions(t *testing.T) {
	cases := []struct {
		loc, want string
	}{
		// A state code before a ZIP code.
		{"Tacoma WA 98402", "US"},
		{"GA 30309", "US"},
		{"Fresno CA 93721 within 40 miles", "US"}, // California, not Canada
		{"Newark DE 19711", "US"},                 // Delaware, not Germany
		{"Boise, ID 83702-1234", "US"},
		// A county before the code at the end.
		{"Maricopa County AZ", "US"},
		{"Lake & Geauga County OH", "US"},
		// A town, the code, words that name no place.
		{"Spokane, WA relocation offered", "US"},
		{"Tulsa, OK and nearby towns", "US"},
		{"Boulder CO metro", "US"},
		{"Knoxville TN preferred", "US"},
		// Left alone: another country's place, a code read as a country, the
		// codes that are words, all capitals.
		{"Berlin DE 10115", "DE"},
		{"Hamburg, DE and Bremen", "DE"},
		{"Remote, CA and Europe", "CA,EU"},
		{"REMOTE OR HYBRID", ""},
		{"Salem OR nearby", ""},
		{"County Kerry", ""},
		{"Kerry County", ""},
		{"TX-1234 Plant", ""},
	}
	for _, c := range cases {
		got := strings.Join(sortedRegions(Regions(fixCodeLoc(c.loc))), ",")
		if got != regionSet(c.want) {
			t.Errorf("%q: got %q (rewritten %q), want %q", c.loc, got, fixCodeLoc(c.loc), c.want)
		}
	}
}

// usStateTailLoc rewrites only the shapes it reads.
func TestUSStateTailLoc(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Reno NV 89501", "United States"},
		{"Dayton, OH near the base", "United States"},
		{"Paris, TX area", ""}, // "Paris" names France: the town frame decides
		{"Vienna, VA 22180", "United States"},
		{"Lyon FR 69002", ""},
		{"NY", ""},
		{"", ""},
	} {
		if got := usStateTailLoc(tc.in); got != tc.want {
			t.Errorf("usStateTailLoc(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A town and a state code followed by another choice is left to the remote
// readers.
func TestUSStateTailChoice(t *testing.T) {
	for _, loc := range []string{"Akron, OH or Remote", "Mesa, AZ / hybrid", "Macon, GA home based", "Tempe, AZ on site"} {
		if got := usStateTailLoc(loc); got != "" {
			t.Errorf("usStateTailLoc(%q) = %q, want \"\"", loc, got)
		}
	}
}
