package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestRemoteParenTownCode pins a town and its code wrapped in a work-mode
// word's parentheses: the code goes with its town, as it does unwrapped.
func TestRemoteParenTownCode(t *testing.T) {
	for _, tc := range []struct{ loc, want string }{
		{"Remoto (Olinda, PE)", "BR"},             // Pernambuco, not Prince Edward Island
		{"Remote (Cusco, PE)", "PE"},              // Peru
		{"Remote (Eindhoven, NL)", "NL"},          // the Netherlands, not Newfoundland
		{"Hybrid (Bratislava, SK)", "SK"},         // Slovakia, not Saskatchewan
		{"Remote (Halifax, NS)", "CA"},            // trap: a province code only Canada uses
		{"Remote (Denver, CO)", "US"},             // trap: a US state
		{"Remote (US or Canada)", "US,CA"},        // trap: no town and code
		{"Remote (Calgary, AB, or Remote)", "CA"}, // trap: two commas, left as it was
	} {
		l := Normalize(&model.Posting{Title: "Clerk", Locations: []string{tc.loc}}, Options{})
		if got := strings.Join(l.RemoteRegions, ","); got != tc.want {
			t.Errorf("%q: regions %q, want %q", tc.loc, got, tc.want)
		}
	}
	for _, loc := range []string{"Remote (Olinda PE)", "Office (Olinda, PE)", "Remote - Olinda, PE", "Remote (UK, NL)", "Remote (USA, CA)"} {
		if got := remoteParenTownLoc(loc); got != loc {
			t.Errorf("%q: rewritten to %q, want unchanged", loc, got)
		}
	}
}
