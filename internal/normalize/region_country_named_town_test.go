package normalize

import (
	"strings"
	"testing"
)

// TestCountryNamedTownRegions: a town named after a country, before the
// place it lies in, names no country of the listing.
func TestCountryNamedTownRegions(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Panama City, FL", "US"},
		{"Villa Argentina, Canelones, Uruguay", "UY"},
		{"Little Italy, Baltimore, MD", "US"},
		{"Nueva Italia, Michoacán, Mexico", "MX"},
		{"Colonia Suiza, Uruguay", "UY"},
		{"Guatemala City, Guatemala", "GT"},
		// Traps: two countries listed, a country with a mode word, a town
		// alone.
		{"Argentina, Uruguay", "AR,UY"},
		{"Remote Argentina, Uruguay", "AR,UY"},
		{"Panama City", "PA"},
	} {
		if got := strings.Join(Regions(tc.in), ","); got != tc.want {
			t.Errorf("Regions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
