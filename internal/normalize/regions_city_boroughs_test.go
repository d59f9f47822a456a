package normalize

import (
	"strings"
	"testing"
)

// TestCityBoroughs pins New York's boroughs and St Petersburg's Russian
// spelling as places, and the names left out.
func TestCityBoroughs(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Staten Island", "US"},
		{"Remote or Brooklyn office", "US"},
		{"Manhattan (hybrid)", "US"},
		{"The Bronx", "US"},
		{"Sankt-Peterburg", "RU"},
		{"St. Petersburg, FL", "US"}, // Florida's, by its state
		{"Queens", ""},               // a plain word
		{"St Petersburg", ""},        // two cities of that name
	} {
		if got := strings.Join(Regions(tc.in), ","); got != tc.want {
			t.Errorf("Regions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
