package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestHomeofficeStateSubdivision pins a home office before a state that
// only the ISO 3166-2 table knows, and the forms left alone.
func TestHomeofficeStateSubdivision(t *testing.T) {
	for _, tc := range []struct {
		loc, remote, regions string
	}{
		{"Homeoffice, Salzburg", "remote", "AT"},
		{"Homeoffice, Oberösterreich", "remote", "AT"},
		{"Home Office - Kärnten", "remote", "AT"},
		{"Home-Office / Vorarlberg", "remote", "AT"},
		{"Home Office - Dallas, TX", "unknown", ""}, // an English head office
		{"Home Office, London", "unknown", ""},      // a British ministry
	} {
		l := Normalize(&model.Posting{Title: "Sachbearbeiterin", Locations: []string{tc.loc}}, Options{})
		if string(l.Remote) != tc.remote || strings.Join(l.RemoteRegions, ",") != tc.regions {
			t.Errorf("%q: %s %v, want %s %s", tc.loc, l.Remote, l.RemoteRegions, tc.remote, tc.regions)
		}
	}
	for _, loc := range []string{"Homeoffice, Teilzeit", "Home Office - Texas", "Homeoffice - nach Absprache"} {
		if homeofficeSubdivLoc(loc) {
			t.Errorf("homeofficeSubdivLoc(%q) = true, want false", loc)
		}
	}
}
