package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestExonyms pins the names regions_exonyms.go adds: foreign
// cities, US states and Canadian provinces as other languages write them,
// regions a board names in place of a country, and the groups.
func TestExonyms(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// cities under Spanish, French, Portuguese, Italian, German, Dutch, Polish and Turkish names
		{"Teletrabajo desde Londres", "GB"},
		{"Londra, Regno Unito", "GB"},
		{"Varsovie", "PL"},
		{"Warschau oder Krakau", "PL"},
		{"Kopenhag", "DK"},
		{"Monaco di Baviera", "DE"}, // Munich, not Monaco
		{"Münih", "DE"},
		{"Bruselas", "BE"},
		{"Ginevra", "CH"},
		{"Seúl", "KR"},
		{"Pequim", "CN"},
		{"Moscú", "RU"},
		{"Atenas", "GR"},
		{"París", "FR"},
		{"Berlín", "DE"},
		// US states and Canadian provinces
		{"Nordkarolina", "US"},
		{"Carolina do Norte", "US"},
		{"Virginie-Occidentale", "US"},
		{"Nuovo Messico", "US"}, // New Mexico, not Mexico
		{"Kuzey Karolina", "US"},
		{"Teksas", "US"},
		{"Britisch-Kolumbien", "CA"}, // British Columbia, not Colombia
		{"Neuschottland", "CA"},
		// countries the tables missed or misread
		{"Équateur", "EC"},
		{"Costa de Marfil", "CI"},
		{"Elfenbeinküste", "CI"},
		{"Ålandinseln", "AX"},
		{"Irlanda del Norte", "GB"}, // Northern Ireland, not Ireland
		{"Irlande du Nord", "GB"},
		{"Inglaterra", "GB"},
		{"EE.UU.", "US"},
		// regions of one country
		{"Ruhrgebiet", "DE"},
		{"Rhein-Main", "DE"},
		{"East Midlands", "GB"},
		{"Yorkshire and the Humber", "GB"},
		{"Costa del Sol", "ES"},
		{"Marbella, Costa del Sol", "ES"},
		{"Algarve", "PT"},
		{"Côte d'Azur", "FR"},
		{"Romandie", "CH"},
		// groups
		{"British Isles", "GB,IE"},
		{"Península Ibérica", "ES,PT"},
		{"D-A-CH", "DE,AT,CH"},
		{"Nordische Länder", "SE,NO,DK,FI,IS"},
		{"Norteamérica", "US,CA"},
		{"Oriente Medio", model.RegionMENA},
		{"Afrique", model.RegionAfrica},
		{"Caribe", model.RegionLATAM},
		{"Sudeste Asiático", model.RegionAPAC},
		{"Balkan", "AL,BA,BG,GR,HR,ME,MK,RO,RS,SI,XK"}, // not the Turkmen province
		// left out: ordinary words and places of the same name
		{"Lima, Ohio", "US"},
		{"Chili con carne", ""},
	} {
		if got := strings.Join(Regions(tc.in), ","); got != tc.want {
			t.Errorf("Regions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestExonymsListings reads whole postings whose location field is
// written in another language.
func TestExonymsListings(t *testing.T) {
	for _, tc := range []struct {
		name string
		p    model.Posting
		want string
	}{
		{"spanish city remote", model.Posting{Title: "Diseñador", Locations: []string{"Múnich (Remoto)"}}, "DE"},
		{"french city remote", model.Posting{Title: "Développeur", Locations: []string{"Varsovie (télétravail)"}}, "PL"},
		{"state in portuguese", model.Posting{Title: "Analista", Locations: []string{"Remoto - Carolina do Norte"}}, "US"},
		{"tourist coast with hint", model.Posting{Title: "Agent", Locations: []string{"Estepona, Costa del Sol"}, RemoteHint: "remote"}, "ES"},
		{"office city alone is no remote region", model.Posting{Title: "Agent", Locations: []string{"Múnich, Alemania"}}, ""},
	} {
		l := Normalize(&tc.p, Options{})
		if got := strings.Join(l.RemoteRegions, ","); got != tc.want {
			t.Errorf("%s: regions %q, want %q", tc.name, got, tc.want)
		}
	}
}
