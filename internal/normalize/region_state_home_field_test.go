package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestStateHomeField pins a location field joining a US state to a home
// phrase, in either order; a word that is no state and a country code
// outside the state list do not read as the US.
func TestStateHomeField(t *testing.T) {
	for _, c := range []struct {
		name, loc, want string
	}{
		{"code, dash, phrase", "OR - Work from home", "US"},
		{"phrase, dash, state name", "Work from home - Kansas", "US"},
		{"code and WFH with a colon", "AZ: WFH", "US"},
		{"trap: a team word", "Sales - Work from home", ""},
		{"trap: a country code", "UK - Work from home", "GB"},
	} {
		l := Normalize(&model.Posting{Title: "Billing Clerk", Locations: []string{c.loc}}, Options{})
		if got := strings.Join(l.RemoteRegions, ","); got != c.want {
			t.Errorf("%s: got %q (%s), want %q", c.name, got, l.Remote, c.want)
		}
	}
}
