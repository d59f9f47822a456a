package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Where a remote worker may be, said in other languages
// (region_foreign_where_from.go). Every sentence is our own.
func TestForeignWhereFrom(t *testing.T) {
	cases := []regionSentenceCase{
		{"french anywhere in", "Développeur Go", "", "Poste en full remote, à exercer depuis n'importe où en France.", "FR"},
		{"french partout", "Data analyst", "", "100 % télétravail, partout en Belgique.", "BE"},
		{"italian any city", "Sviluppatore", "", "Smart working al 100%, da qualsiasi città d'Italia.", "IT"},
		{"spanish any province", "Desarrollador", "", "Puesto 100% remoto desde cualquier provincia de España.", "ES"},
		{"portuguese any city", "Desenvolvedor", "", "Vaga 100% remota, de qualquer cidade do Brasil.", "BR"},
		{"german everywhere in", "Entwickler", "", "Du arbeitest remote von überall in Österreich.", "AT"},
		{"dutch overal in", "Ontwikkelaar", "", "Volledig remote, overal in Nederland.", "NL"},
		{"czech anywhere in", "Vývojář", "", "Full remote, odkudkoli v ČR.", "CZ"},
		{"anywhere in the world stays world reading", "Developer", "", "100% remoto desde cualquier parte del mundo.", "worldwide"},
		{"residents portuguese", "Analista", "", "Trabalho 100% remoto para residentes no Brasil.", "BR"},
		{"residents spanish", "Analista", "", "Modalidad 100% remota, solo residentes en Chile.", "CL"},
		{"polish whole country", "Programista", "", "Praca w pełni zdalna (cała Polska).", "PL"},
		{"polish whole country genitive", "Programista", "", "Praca zdalna na terenie całej Polski.", "PL"},
		{"czech only", "Programátor", "", "Full remote, pouze ČR.", "CZ"},
		{"czech whole republic", "Programátor", "", "Home office z celé České republiky.", "CZ"},
		{"slovak whole country", "Programátor", "", "Práca na diaľku, full remote zo celého Slovenska.", "SK"},
		{"dach upper", "Entwickler", "", "Full remote für Kandidaten aus der DACH-Region.", "DE,AT,CH"},
		{"portuguese usa slash canada", "Desenvolvedor", "remoto EUA/Canadá", "", "US,CA"},
		// not read
		{"roof is no dach", "Dachdecker", "", "Full remote. Wir planen jedes Dach digital.", ""},
		{"onsite is not read", "Programista", "Warszawa", "Praca stacjonarna, klienci z całej Polski.", ""},
	}
	runRegionSentenceCases(t, cases)
}

// regionSentenceCase is a posting of a title, one location (or none) and a
// description, and the regions its remote or hybrid work is open to.
type regionSentenceCase struct {
	name, title, loc, text string
	regions                string
}

// runRegionSentenceCases normalizes each case and checks its regions.
func runRegionSentenceCases(t *testing.T, cases []regionSentenceCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var locs []string
			if c.loc != "" {
				locs = []string{c.loc}
			}
			l := Normalize(&model.Posting{Source: "t", ExternalID: c.name, Title: c.title, Locations: locs, DescriptionText: c.text}, Options{})
			if got := strings.Join(l.RemoteRegions, ","); got != c.regions {
				t.Fatalf("regions = %q (remote %q, %s), want %q", got, l.Remote, l.RemoteEvidence, c.regions)
			}
		})
	}
}
