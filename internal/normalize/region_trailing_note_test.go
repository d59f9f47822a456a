package normalize

import (
	"strings"
	"testing"
)

// TestTrailingNoteLoc: a bracketed site note after a place is dropped; a
// note naming a region or a mode is kept.
func TestTrailingNoteLoc(t *testing.T) {
	for _, c := range []struct{ loc, want string }{
		{"Athens, Georgia (Downtown)", "Athens, Georgia"},
		{"Vienna, West Virginia (Grand Central Mall)", "Vienna, West Virginia"},
		{"Berlin, Germany (Mitte)", "Berlin, Germany"},
		{"Austin, TX (Hybrid)", "Austin, TX (Hybrid)"},             // a mode
		{"Lisbon, Portugal (EU)", "Lisbon, Portugal (EU)"},         // a region
		{"Remote (Americas)", "Remote (Americas)"},                 // no comma: a scope
		{"Austin, TX (Building 4)", "Austin, TX (Building 4)"},     // digits: left alone
		{"Nowhere, Someplace (Mall)", "Nowhere, Someplace (Mall)"}, // no region before it
	} {
		if got := trailingNoteLoc(c.loc); got != c.want {
			t.Errorf("trailingNoteLoc(%q) = %q, want %q", c.loc, got, c.want)
		}
	}
	for _, c := range []struct{ loc, want string }{
		{"Athens, Georgia (Downtown)", "US"},
		{"Vienna, West Virginia (Grand Central Mall)", "US"},
	} {
		if got := strings.Join(Regions(fixLocChain(c.loc)), ","); got != c.want {
			t.Errorf("regions of %q = %q, want %q", c.loc, got, c.want)
		}
	}
}
