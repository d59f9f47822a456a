package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// TestAreaNamesWorld pins world areas named in other languages
// (regions_area_names_world.go), read as their English names are, and the
// words left out on purpose.
func TestAreaNamesWorld(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Télétravail - Union européenne", "EU"},
		{"Fernarbeit innerhalb der Europäischen Union", ""}, // an inflected form is not the name
		{"Remote (Europäische Union)", "EU"},
		{"Удалённо, Европа", "EU"},
		{"Zdalnie - Europa Zachodnia", "EU"},
		{"Remoto - América do Sul", "LATAM"},
		{"Homeoffice aus Lateinamerika", "LATAM"},
		{"Remote - Nordamerika", "US,CA"},
		{"Télétravail (Amérique du Nord)", "US,CA"},
		{"Remote – Asien-Pazifik", "APAC"},
		{"リモート（アジア太平洋）", "APAC"},
		{"Remote - Skandinavien", "SE,NO,DK"},
		{"Baltikum (remote)", "EE,LV,LT"},
		{"Weltweit", "worldwide"},
		{"Remoto desde cualquier parte del mundo", "worldwide"},
		{"Remote - Américas", "Americas"},
	} {
		if got := strings.Join(Regions(tc.in), ","); got != tc.want {
			t.Errorf("Regions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// Traps: words left out, or a world word that is no scope.
	for _, in := range []string{
		"Líder mundial en pagos", // "mundial" is world-class here
		"Leader mondial du secteur",
		"Unreal Engine (UE5)",
		"Amerika",
		"Балтика",
	} {
		if got := Regions(in); len(got) != 0 {
			t.Errorf("Regions(%q) = %v, want none", in, got)
		}
	}
	// A description that boasts of a world-wide business names no remote
	// scope beside a location that names one; and a location that names
	// none gets none from the boast either, as "a global leader" does not.
	for _, tc := range []struct {
		locs []string
		text string
		want string
	}{
		{[]string{"Remote - Deutschland"}, "Wir sind ein weltweit führendes Unternehmen.", "DE"},
		{[]string{"Remote"}, "Wir sind ein weltweit führendes Unternehmen für Zahlungen.", ""},
		{[]string{"Remote"}, "We are a global leader in payments.", ""},
	} {
		p := model.Posting{Source: "t", ExternalID: "a", Title: "Entwickler", Locations: tc.locs, RemoteHint: "remote", DescriptionText: tc.text}
		l := Normalize(&p, Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
		if got := strings.Join(l.RemoteRegions, ","); got != tc.want {
			t.Errorf("%q + %q: regions %q, want %q", tc.locs, tc.text, got, tc.want)
		}
	}
}
