package normalize

import (
	"strings"
	"testing"
)

// TestRemoteListTail: countries alone after a remote scope, past a bar or a
// semicolon, go on with its list; a part with a town stays an office.
func TestRemoteListTail(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Remote - Norway | Sweden | Denmark", "NO,SE,DK"},
		{"Remote (EMEA) | United Kingdom", "EMEA,GB"},
		{"Remote - Canada; USA", "CA,US"},
		{"Remote - Portugal | Spain, Italy", "PT,ES,IT"},
		{"Remote - LATAM | Brasil", "LATAM,BR"},
		// traps: an office after the scope, or a code that is a US state's too
		{"Remote - Norway | Oslo, Norway", "NO"},
		{"Remote - Canada | Lisbon", "CA"},
		{"Remote - Canada | Lisbon, Portugal", "CA"},
		{"Remote - Canada | IN", "CA"},
		{"Oslo, Norway; Remote - Sweden", "SE"},
	} {
		if got := strings.Join(remoteRegions([]string{tc.in}, ""), ","); got != tc.want {
			t.Errorf("remoteRegions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Austria", true}, {" Sverige ", true}, {"EMEA", true}, {"UK", true}, {"DACH", true},
		{"Vienna", false}, {"Lisbon, Portugal", false}, {"CA", false}, {"DE", false}, {"", false}, {"Remote", false},
	} {
		if got := bareRegionPart(tc.in); got != tc.want {
			t.Errorf("bareRegionPart(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
