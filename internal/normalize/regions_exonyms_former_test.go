package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestFormerExonyms pins the names regions_exonyms_former.go adds: the
// French regions from before 2016, German government regions and ASCII
// spellings, Swiss cantons in German, French and Italian, Spanish
// provinces in their co-official languages, Portuguese districts and a few
// capitals and countries in German and Spanish.
func TestFormerExonyms(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// French regions as they were before the merger
		{"Limousin", "FR"},
		{"Nancy, Lorraine", "FR"},
		{"Midi-Pyrenees", "FR"},
		{"Grenoble, Rhône-Alpes", "FR"},
		{"Nord-Pas-de-Calais", "FR"},
		{"Ajaccio, Corse", "FR"},
		{"Lower Normandy", "FR"},
		// German government regions and ASCII spellings
		{"Bamberg, Upper Franconia", "DE"},
		{"Regierungsbezirk Münster", "DE"},
		{"Würzburg, Unterfranken", "DE"},
		{"Baden-Wuerttemberg", "DE"},
		{"Mecklenburg-Western Pomerania", "DE"},
		// Swiss cantons by their other names, with and without the canton word
		{"Thurgovie", "CH"},
		{"Kanton Waadt", "CH"},
		{"Canton du Valais", "CH"},
		{"Zug", "CH"},
		{"Grigioni", "CH"},
		{"Berne", "CH"},
		// Spanish provinces in Basque, Catalan and Valencian
		{"Bilbao, Bizkaia", "ES"},
		{"Gipuzkoa", "ES"},
		{"Castelló", "ES"},
		{"València", "ES"},
		// Belgian provinces in the other national languages and English
		{"Henegouwen", "BE"},
		{"Brabant wallon", "BE"},
		{"Flämisch-Brabant", "BE"},
		{"Mons, Hainaut", "BE"},
		// Spanish communities by their full names, in capitals too
		{"COMUNIDAD FORAL DE NAVARRA", "ES"},
		{"CIUDAD DE MELILLA", "ES"},
		{"Castilla y Leon", "ES"},
		// Portuguese districts
		{"Ovar, Distrito de Aveiro", "PT"},
		{"Vila Real", "PT"},
		// capitals and countries
		{"Kopenhagen", "DK"},
		{"Brüssel", "BE"},
		{"Lüttich", "BE"},
		{"Brunéi", "BN"},
		{"Ciudad del Vaticano", "VA"},
		// still unread: names of two places, and words
		{"Valencia", ""},
		{"Centre", ""},
		{"Santarém", ""},
		{"Namen", ""},
		{"Acre", ""},
	} {
		if got := strings.Join(Regions(tc.in), ","); got != tc.want {
			t.Errorf("Regions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestFormerExonymsListings reads whole postings whose place is an older or
// foreign name, in the shapes boards use.
func TestFormerExonymsListings(t *testing.T) {
	for _, tc := range []struct {
		name string
		p    model.Posting
		want string
	}{
		{"old region french remote word", model.Posting{Title: "Comptable", Locations: []string{"Aquitaine (télétravail)"}}, "FR"},
		{"canton in french brackets", model.Posting{Title: "Comptable", Locations: []string{"Vaud (télétravail)"}}, "CH"},
		{"province pair with hint", model.Posting{Title: "Técnico", Locations: []string{"Vizcaya/Bizkaia"}, RemoteHint: "Solo teletrabajo"}, "ES"},
		{"german capital dash", model.Posting{Title: "Entwickler", Locations: []string{"Remote - Kopenhagen"}}, "DK"},
		{"us town of a swiss name", model.Posting{Title: "Clerk", Locations: []string{"Berne, IN"}, RemoteHint: "remote"}, "US"},
		{"us town of a french name", model.Posting{Title: "Clerk", Locations: []string{"Auvergne, AR"}, RemoteHint: "remote"}, "US"},
		{"on-site old region is no remote region", model.Posting{Title: "Comptable", Locations: []string{"Limoges, Limousin"}}, ""},
	} {
		l := Normalize(&tc.p, Options{})
		if got := strings.Join(l.RemoteRegions, ","); got != tc.want {
			t.Errorf("%s: regions %q, want %q", tc.name, got, tc.want)
		}
	}
}
