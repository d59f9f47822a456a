package normalize

import (
	"strings"
	"testing"
)

// TestGeorgiaStateUS pins Georgia read as the US state beside US places,
// and as the country elsewhere; and "APJ" as Asia-Pacific.
func TestGeorgiaStateUS(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Remote - Georgia, Florida, Alabama", "US"},
		{"Savannah, Georgia, USA", "US"},
		{"Atlanta, Georgia", "US"},
		{"Remote: Texas or Georgia", "US"},
		{"Georgia", "GE"},                               // alone: the country
		{"Tbilisi, Georgia", "GE"},                      // a Georgian town
		{"Savannah, Georgia", "US"},                     // a US town of the gazetteer
		{"Macon, Georgia", "US"},                        // a US town first, a French one too
		{"Batumi, Georgia", "GE"},                       // a Georgian town of the gazetteer
		{"Mtskheta, Georgia", "GE"},                     // a town the gazetteer does not know
		{"Tbilisi, Georgia; Austin, TX", "US,GE"},       // both countries named
		{"Remote - Georgia (Sakartvelo), USA", "GE,US"}, // the country in its own words
		{"Remote - APJ", "APAC"},
		{"Singapore; Remote - APJ", "SG,APAC"},
		{"apj", ""}, // codes are read in capitals only
	} {
		if got := strings.Join(Regions(tc.in), ","); got != tc.want {
			t.Errorf("Regions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
