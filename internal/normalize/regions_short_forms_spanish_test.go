package normalize

import (
	"strings"
	"testing"
)

// TestSpanishShortRepublic: the Spanish short form of the Dominican
// Republic's name, alone and after a town, and words that only look like it.
func TestSpanishShortRepublic(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Rep. Dom.", "DO"}, {"La Romana, Rep. Dom.", "DO"}, {"Remoto - Rep Dom", "DO"},
		// traps: a sales rep, a domain, the words apart
		{"Sales Rep", ""}, {"Rep. Domain Team", ""}, {"Dom Rep Group", ""},
	} {
		if got := strings.Join(Regions(tc.in), ","); got != tc.want {
			t.Errorf("Regions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
