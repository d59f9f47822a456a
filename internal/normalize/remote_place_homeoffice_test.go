package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestPlaceHomeofficeBracket pins a German home office bracketed after the
// place, and the English head office and qualified forms it leaves alone.
func TestPlaceHomeofficeBracket(t *testing.T) {
	for _, tc := range []struct {
		loc, remote, regions string
	}{
		{"Hamburg, Deutschland (Homeoffice)", "remote", "DE"},
		{"Graz (100 % Homeoffice)", "remote", "AT"},
		{"Austin, TX (Home Office)", "unknown", ""},
		{"Leipzig (teilweise Homeoffice)", "hybrid", "DE"},
	} {
		l := Normalize(&model.Posting{Title: "Sachbearbeiter", Locations: []string{tc.loc}}, Options{})
		if string(l.Remote) != tc.remote || strings.Join(l.RemoteRegions, ",") != tc.regions {
			t.Errorf("%q: %s %v, want %s %s", tc.loc, l.Remote, l.RemoteRegions, tc.remote, tc.regions)
		}
	}
}
