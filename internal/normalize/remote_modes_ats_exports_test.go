package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestAtsExportModes: whole German, French and Spanish work-mode values in a
// workplace field, a location or a title's tail (remote_modes_ats_exports.go),
// with traps where the same words sit inside a sentence or a longer title.
func TestAtsExportModes(t *testing.T) {
	for _, c := range []struct {
		title, hint, loc, text string
		want                   model.Remote
	}{
		// Workplace field values.
		{"Buchhalter (m/w/d)", "Arbeiten von zu Hause", "", "", model.RemoteRemote},
		{"Buchhalter (m/w/d)", "Von Zuhause", "", "", model.RemoteRemote},
		{"Buchhalter (m/w/d)", "Teil-Remote", "", "", model.RemoteHybrid},
		{"Buchhalter (m/w/d)", "Flexibles Arbeiten", "", "", model.RemoteHybrid},
		{"Buchhalter (m/w/d)", "Arbeit im Büro", "", "", model.RemoteOnsite},
		{"Comptable", "En distanciel", "", "", model.RemoteRemote},
		{"Contadora", "Trabajo virtual", "", "", model.RemoteRemote},
		// Location values.
		{"Projektleiter", "", "teilremote", "", model.RemoteHybrid},
		{"Projektleiter", "", "Arbeit von zu Hause", "", model.RemoteRemote},
		{"Chargé de clientèle", "", "100% distanciel", "", model.RemoteRemote},
		// Title tails.
		{"Diseñadora gráfica - Modalidad virtual", "", "", "", model.RemoteRemote},
		{"Soporte técnico | 100% virtual", "", "", "", model.RemoteRemote},
		// Traps: the words inside a sentence or a longer phrase.
		{"Buchhalter (m/w/d)", "", "", "Wir bieten flexibles Arbeiten bei den Arbeitszeiten und ein tolles Team.", model.RemoteUnknown},
		{"Ingeniero de redes virtuales", "", "", "", model.RemoteUnknown},
		{"Entwickler für Büro-Software", "", "", "", model.RemoteUnknown},
	} {
		var locs []string
		if c.loc != "" {
			locs = []string{c.loc}
		}
		l := Normalize(&model.Posting{Source: "t", ExternalID: "1", Title: c.title, RemoteHint: c.hint, Locations: locs, DescriptionText: c.text}, Options{})
		if l.Remote != c.want {
			t.Errorf("%q/%q/%q/%q: remote %q, want %q (%s)", c.title, c.hint, c.loc, c.text, l.Remote, c.want, l.RemoteEvidence)
		}
	}
}

// TestAtsExportEnding: the ending gate lets the table's words through and
// stops a plain place.
func TestAtsExportEnding(t *testing.T) {
	for v, want := range map[string]bool{"Teilremote": true, "von zu Hause": true, "im Büro": true, "distanciel": true, "100% Virtual": true, "Berlin": false, "Lyon, France": false} {
		if got := atsExportEnding(v); got != want {
			t.Errorf("atsExportEnding(%q) = %v, want %v", v, got, want)
		}
	}
}
