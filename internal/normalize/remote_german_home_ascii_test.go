package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestGermanHomeOfficeASCII(t *testing.T) {
	cases := []struct {
		text string
		want model.Remote
	}{
		// a German home-office sentence written without umlauts
		{"Homeoffice ist jederzeit moeglich.", model.RemoteRemote},
		{"Wir bieten ein tolles Team. Home Office ist grundsaetzlich moeglich.", model.RemoteRemote},
		{"Homeoffice ist gerne gestattet.", model.RemoteRemote},
		// the same sentence with the umlaut was already read
		{"Homeoffice ist jederzeit möglich.", model.RemoteRemote},
		// traps: an English home office is a room
		{"We pay for your home office is a perk we like.", model.RemoteUnknown},
		{"A home office stipend is included.", model.RemoteUnknown},
		{"Your home office is where you keep your files.", model.RemoteUnknown},
	}
	for _, c := range cases {
		l := Normalize(&model.Posting{Title: "Sachbearbeiter", DescriptionText: c.text}, testOpts)
		if l.Remote != c.want {
			t.Errorf("Normalize(text %q).Remote = %q (%s), want %q", c.text, l.Remote, l.RemoteEvidence, c.want)
		}
	}
	for _, s := range []string{" ist jederzeit moeglich.", " ist moglich", " sind erlaubt"} {
		if !germanHomeOfficeAfter(s) {
			t.Errorf("germanHomeOfficeAfter(%q) = false", s)
		}
	}
	for _, s := range []string{" is possible", " is a room", " ist ein Raum", " stipend", " moeglich"} {
		if germanHomeOfficeAfter(s) {
			t.Errorf("germanHomeOfficeAfter(%q) = true", s)
		}
	}
}
