package normalize

import (
	"strings"
	"testing"
)

// TestIberianAnywhereWords pins the Spanish and Portuguese "anywhere" words
// a location field writes beside the remote wording (regions_area_names_world.go,
// round 107): "en cualquier lugar", "desde cualquier lugar", "em qualquer
// lugar" and "de qualquer lugar" are worldwide, as "anywhere" is. Traps: the
// same words going on to name a country keep that country, and the words
// in an office's prose are no scope.
func TestIberianAnywhereWords(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Teletrabajo, en cualquier lugar", "worldwide"},
		{"100% remoto - desde cualquier lugar", "worldwide"},
		{"Remoto (cualquier lugar del mundo)", "worldwide"},
		{"Trabalho remoto, em qualquer lugar", "worldwide"},
		{"Home office de qualquer lugar", "worldwide"},
		// traps: the anywhere words narrowed to a country
		{"Teletrabajo en cualquier lugar de Chile", "CL"},
		{"Remoto, em qualquer lugar do Portugal", "PT"},
		{"Remoto desde cualquier lugar de Colombia", "CO"},
	} {
		if got := strings.Join(Regions(tc.in), ","); got != tc.want {
			t.Errorf("Regions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
