package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestWorldWordsSouthSlavic pins the South Slavic, Hungarian, Estonian,
// Lithuanian and Portuguese work-from-home words as remote.
func TestWorldWordsSouthSlavic(t *testing.T) {
	for _, loc := range []string{"Rad od kuće, Osijek", "Rad na daljinu - Niš", "Рад од куће, Београд", "Delo na daljavo, Maribor",
		"Otthoni munka, Pécs", "Kaugtöö, Tartu", "Darbas iš namų, Kaunas", "Teletrabalho, Braga"} {
		l := Normalize(&model.Posting{Title: "Programer", Locations: []string{loc}}, Options{})
		if l.Remote != model.RemoteRemote {
			t.Errorf("%q: %s, want remote", loc, l.Remote)
		}
	}
}
