package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestHomeofficeForeignPlace pins "home office" before a place of Brazil,
// Latin America or Central and Eastern Europe as remote work there, and
// the English head office left alone.
func TestHomeofficeForeignPlace(t *testing.T) {
	for _, tc := range []struct {
		loc, remote, regions string
	}{
		{"Home Office - Sorocaba - SP", "remote", "BR"},
		{"Home office, Porto Alegre, RS", "remote", "BR"},
		{"Home office - Olomouc", "remote", "CZ"},
		{"Home office, Moravskoslezský kraj", "remote", "CZ"},
		{"Home office - Győr, HU", "remote", "HU"},
		{"Home Office - Guadalajara, Jalisco", "remote", "MX"},
		{"Home office, Rosario, Santa Fe, Argentina", "remote", "AR"},
		{"Home office - Cluj-Napoca", "remote", "RO"},
		{"Home Office - Dallas, TX", "unknown", ""}, // an American head office
		{"Home Office, London", "unknown", ""},      // the British ministry
		{"Home Office - Toronto, ON", "unknown", ""},
	} {
		l := Normalize(&model.Posting{Title: "Analista", Locations: []string{tc.loc}}, Options{})
		if string(l.Remote) != tc.remote || strings.Join(l.RemoteRegions, ",") != tc.regions {
			t.Errorf("%q: %s %v, want %s %s", tc.loc, l.Remote, l.RemoteRegions, tc.remote, tc.regions)
		}
	}
	for _, loc := range []string{"Home office", "Home office - flexible hours", "Home Office - New York, NY", "Our home office in Chicago"} {
		if homeofficeForeignLoc(loc) {
			t.Errorf("homeofficeForeignLoc(%q) = true, want false", loc)
		}
	}
}
