package normalize

import (
	"strings"
	"testing"
)

// TestExonymTownAfterTown pins a city under another language's name after
// another town: one more town of the list, not the first town's country.
func TestExonymTownAfterTown(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Lyon, Lissabon", "FR,PT"},
		{"Madrid, Londres", "ES,GB"},
		{"Berlin, Varsovie", "DE,PL"},
		{"Rome, Praag", "IT,CZ"},
		{"Londres", "GB"},                // alone: its country
		{"Lisbonne, Portugal", "PT"},     // the country after it
		{"Hyderabad, Pakistan", "PK"},    // a country stays the town's country
		{"Paris, Lisbon", "FR,PT"},       // English names were read already
		{"Kochi, Japan", "JP"},           // a namesake town in the stated country
		{"Singapore, Malaysia", "SG,MY"}, // two countries
	} {
		if got := strings.Join(Regions(tc.in), ","); got != tc.want {
			t.Errorf("Regions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestExonymTownsAreNames checks that every city of exonymTownNames is a
// name the region readers know, so the two lists cannot drift apart.
func TestExonymTownsAreNames(t *testing.T) {
	for n := range exonymTowns {
		key := strings.ToLower(strings.Join(regionTokens(n), " "))
		if _, ok := regionNames[key]; !ok {
			t.Errorf("exonym town %q is not in regionNames", n)
		}
	}
}
