package normalize

import (
	"slices"
	"testing"
)

// TestRequirementWithinWholeAreas: a residence requirement narrows an area
// to any country of it, not only the few an area list once held: Europe is
// the continent (the UK, Norway), EMEA holds the Middle East (Jordan),
// APAC all of Asia (Kazakhstan), LATAM the Caribbean (Jamaica). A country
// outside the area named narrows nothing.
func TestRequirementWithinWholeAreas(t *testing.T) {
	for _, tt := range []struct {
		loc, text string
		want      []string
	}{
		{"Remote - Europe", "You must be based in the United Kingdom.", []string{"GB"}},
		{"Remote - EU", "You must be based in Norway.", []string{"NO"}},
		{"Remote - EMEA", "You must reside in Jordan.", []string{"JO"}},
		{"Remote - APAC", "Applicants must live in Kazakhstan.", []string{"KZ"}},
		{"Remote - LATAM", "You must be based in Jamaica.", []string{"JM"}},
		{"Remote - Americas", "Must be based in Canada.", []string{"CA"}},
		// Traps: a country outside the area, and one country named alone.
		{"Remote - Europe", "You must be based in Brazil.", []string{"EU"}},
		{"Remote - APAC", "You must reside in Jordan.", []string{"APAC"}},
		{"Remote - US", "You must be based in Canada.", []string{"US"}},
	} {
		ri := ParseRemote("", []string{tt.loc}, tt.text)
		if !slices.Equal(ri.Regions, tt.want) {
			t.Errorf("%q + %q: regions %v, want %v", tt.loc, tt.text, ri.Regions, tt.want)
		}
	}
}
