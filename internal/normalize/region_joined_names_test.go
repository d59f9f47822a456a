package normalize

import (
	"strings"
	"testing"
)

// TestJoinedNames pins "UnitedStates" run together as the United States and
// the South Sandwich Islands territory as GS, with near misses that keep
// their old readings.
func TestJoinedNames(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"UnitedStates", "US"},
		{"Remote - UnitedStates", "US"},
		{"Savannah, UnitedStates", "US"}, // the state once the country is read
		{"Macon Georgia UnitedStates", "US"},
		{"King Edward Point, South Georgia and the South Sandwich Islands", "GS"},
		{"South Georgia & South Sandwich Islands", "GS"},
		// traps
		{"Georgia", "GE"},                   // the country, alone
		{"South Georgia", "GE"},             // no islands named: unchanged
		{"Sandwich Islands, Georgia", "GE"}, // no "South Georgia": unchanged
		{"United States", "US"},
		{"Unitedstatesville", ""},
	} {
		if got := strings.Join(Regions(tc.in), ","); got != tc.want {
			t.Errorf("Regions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
