package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestGermanHomeOfficeASCII(t *testing.T) {
	cases := []postingModeCase{
		// a German home-office sentence written without umlauts
		{"Homeoffice ist jederzeit moeglich.", model.Posting{Title: "Sachbearbeiter", DescriptionText: "Homeoffice ist jederzeit moeglich."}, model.RemoteRemote},
		{"Wir bieten ein tolles Team. Home Office ist grundsaetzlich moeglich.", model.Posting{Title: "Sachbearbeiter", DescriptionText: "Wir bieten ein tolles Team. Home Office ist grundsaetzlich moeglich."}, model.RemoteRemote},
		{"Homeoffice ist gerne gestattet.", model.Posting{Title: "Sachbearbeiter", DescriptionText: "Homeoffice ist gerne gestattet."}, model.RemoteRemote},
		// the same sentence with the umlaut was already read
		{"Homeoffice ist jederzeit möglich.", model.Posting{Title: "Sachbearbeiter", DescriptionText: "Homeoffice ist jederzeit möglich."}, model.RemoteRemote},
		// traps: an English home office is a room
		{"We pay for your home office is a perk we like.", model.Posting{Title: "Sachbearbeiter", DescriptionText: "We pay for your home office is a perk we like."}, model.RemoteUnknown},
		{"A home office stipend is included.", model.Posting{Title: "Sachbearbeiter", DescriptionText: "A home office stipend is included."}, model.RemoteUnknown},
		{"Your home office is where you keep your files.", model.Posting{Title: "Sachbearbeiter", DescriptionText: "Your home office is where you keep your files."}, model.RemoteUnknown},
	}
	runPostingModeCases(t, cases)
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
