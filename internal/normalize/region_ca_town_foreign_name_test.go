package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestCaTownForeignName pins a Canadian town that bears a foreign
// place's name, and the province codes that are also countries' codes.
func TestCaTownForeignName(t *testing.T) {
	for _, tc := range []struct{ loc, want string }{
		{"Lorraine, QC", "CA"},
		{"Dublin, ON", "CA"},
		{"Bayern, QC", "CA"},
		{"Alsace, MB", "CA"},
		{"Amsterdam, NL", "NL"},  // the Netherlands, not Newfoundland
		{"Bratislava, SK", "SK"}, // Slovakia, not Saskatchewan
		{"Toronto, ON", "CA"},
	} {
		l := Normalize(&model.Posting{Title: "Clerk", Locations: []string{tc.loc}, RemoteHint: "remote"}, Options{})
		if got := strings.Join(l.RemoteRegions, ","); got != tc.want {
			t.Errorf("%q: regions %q, want %q", tc.loc, got, tc.want)
		}
	}
}
