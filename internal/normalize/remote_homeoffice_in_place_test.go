package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestHomeofficeInPlace pins the German home office named before its
// place, and the forms it leaves alone.
func TestHomeofficeInPlace(t *testing.T) {
	for _, tc := range []struct {
		loc, remote, regions string
	}{
		{"Homeoffice in Hessen", "remote", "DE"},
		{"Home-Office aus ganz Sachsen", "remote", "DE"},
		{"Homeoffice in Österreich", "remote", "AT"},
		{"Homeoffice, Kanton Aargau", "remote", "CH"},
		{"Home Office in Tulsa", "unknown", ""}, // English: a head office
	} {
		l := Normalize(&model.Posting{Title: "Sachbearbeiter", Locations: []string{tc.loc}}, Options{})
		if string(l.Remote) != tc.remote || strings.Join(l.RemoteRegions, ",") != tc.regions {
			t.Errorf("%q: %s %v, want %s %s", tc.loc, l.Remote, l.RemoteRegions, tc.remote, tc.regions)
		}
	}
	// the reader itself wants a place after the words
	for _, loc := range []string{"Homeoffice in Absprache", "Homeoffice in Teilzeit", "Home Office in Leeds"} {
		if homeofficeInPlaceLoc(loc) {
			t.Errorf("homeofficeInPlaceLoc(%q) = true, want false", loc)
		}
	}
}
