package normalize

import (
	"strings"
	"testing"
)

// TestSchweizLandscapes: a landscape called a region's "Switzerland" is in
// its own country; Switzerland by name stays Switzerland.
func TestSchweizLandscapes(t *testing.T) {
	for _, c := range []struct{ loc, want string }{
		{"Pirna, Sächsische Schweiz-Osterzgebirge", "DE"},
		{"Ebermannstadt (Fränkische Schweiz)", "DE"},
		{"Böhmische Schweiz", "CZ"},
		// Traps.
		{"Schweiz", "CH"},
		{"Bern, Schweiz", "CH"},
		{"Remote - Deutschland oder Schweiz", "DE,CH"},
	} {
		if got := strings.Join(Regions(c.loc), ","); got != c.want {
			t.Errorf("Regions(%q) = %q, want %q", c.loc, got, c.want)
		}
	}
}
