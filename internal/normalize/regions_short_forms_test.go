package normalize

import (
	"strings"
	"testing"
)

// TestShortCountryForms: abbreviated and older country names, and traps
// around them.
func TestShortCountryForms(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Czech Rep.", "CZ"}, {"Remote - Czech Rep", "CZ"}, {"Santo Domingo, Dominican Rep.", "DO"},
		{"Vientiane, Lao PDR", "LA"}, {"Yangon, Burma", "MM"}, {"London, U.K", "GB"}, {"Madrid, Espana", "ES"},
		{"Saint-Denis, Réunion", "RE"}, {"Remote (PRC)", "CN"},
		// traps: a code in lower case, a word
		{"prc", ""}, {"Rep. of the team", ""},
	} {
		if got := strings.Join(Regions(tc.in), ","); got != tc.want {
			t.Errorf("Regions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
