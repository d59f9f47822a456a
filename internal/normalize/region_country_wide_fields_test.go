package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Country-wide location fields in German, French, Italian and Dutch ads
// (region_country_wide_fields.go). Every string is our own.
func TestCountryWideField(t *testing.T) {
	checkPlaceModeCases(t, "Sachbearbeiter", []placeModeCase{
		{"german nationwide adverb with remote note", "remote", []string{"Deutschlandweit (Homeoffice)"}, "Du betreust Kunden am Telefon.", model.RemoteRemote, "DE"},
		{"federal-wide field", "remote", []string{"Bundesweit / remote"}, "Projektleitung im Energiesektor.", model.RemoteRemote, "DE"},
		{"austrian nationwide field", "remote", []string{"Österreichweit"}, "Vertrieb im Außendienst per Video.", model.RemoteRemote, "AT"},
		{"french whole country field", "remote", []string{"France entière, télétravail"}, "Vous accompagnez nos clients.", model.RemoteRemote, "FR"},
		{"italian whole country field", "remote", []string{"Tutta Italia (da remoto)"}, "Assistenza clienti via chat.", model.RemoteRemote, "IT"},
		{"dutch whole country field", "remote", []string{"Heel Nederland"}, "Je werkt vanuit huis.", model.RemoteRemote, "NL"},
		{"onsite nationwide field stays none", "onsite", []string{"Bundesweit"}, "Montage beim Kunden vor Ort.", model.RemoteOnsite, ""},
		{"a word that only starts like the adverb is not read", "remote", []string{"Bundesweiter Verband"}, "Texte schreiben.", model.RemoteRemote, ""},
	})
}

func TestCountryWideHead(t *testing.T) {
	for in, want := range map[string]string{
		"Deutschlandweit":          "DE",
		"bundesweit (100% remote)": "DE",
		"Schweizweit, Homeoffice":  "CH",
		"Toute la France":          "FR",
		"heel België":              "BE",
		"Landelijk":                "NL",
		"Landelijke Dienst":        "",
		"Berlin":                   "",
		"Remote (DACH)":            "",
	} {
		if got := countryWideHead(in); got != want {
			t.Errorf("countryWideHead(%q) = %q, want %q", in, got, want)
		}
	}
}

// Place-label lines with a remote value in an ad's body (region_country_wide_fields.go).
// Every string is our own.
func TestPlaceLabelRemote(t *testing.T) {
	cases := []struct {
		name, hint string
		text       string
		remote     model.Remote
		regions    string
	}{
		{"german label, bare remote", "", "Eckdaten:\nBeginn: sofort\nEinsatzort: Remote\nDauer: 6 Monate", model.RemoteRemote, ""},
		{"german label with country", "", "Projektdaten:\n- Einsatzort: remote aus Österreich\n- Umfang: 20 PT", model.RemoteRemote, "AT"},
		{"one-line label list", "", "Arbeitsort: Homeoffice in Deutschland - Dauer: 3 Monate", model.RemoteRemote, "DE"},
		{"french label", "", "Lieu de travail : télétravail depuis la France\nDébut : mars", model.RemoteRemote, "FR"},
		{"label with a city stays unread", "", "Einsatzort: Stuttgart\nBeginn: Mai", model.RemoteUnknown, ""},
		{"an explicit hint wins", "onsite", "Einsatzort: remote", model.RemoteOnsite, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := Normalize(&model.Posting{Source: "t", ExternalID: c.name, Title: "Berater SAP", RemoteHint: c.hint, DescriptionText: c.text}, Options{})
			if l.Remote != c.remote {
				t.Errorf("remote = %q, want %q (%s)", l.Remote, c.remote, l.RemoteEvidence)
			}
			if got := strings.Join(l.RemoteRegions, ","); got != c.regions {
				t.Errorf("regions = %q, want %q (%s)", got, c.regions, l.RemoteEvidence)
			}
		})
	}
}
