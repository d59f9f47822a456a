package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestFrenchStudentJobAndLoad pins a description opening on "job étudiant"
// and the French load phrase with a student adjective or without its
// preposition. Sentences written for this test.
func TestFrenchStudentJobAndLoad(t *testing.T) {
	cases := []struct {
		text string
		want model.JobType
	}{
		{"Job étudiant le samedi, mise en rayon et caisse.", model.TypePartTime},
		{"Jobs etudiants pour l'été au parc.", model.TypePartTime},
		{"Nous proposons un job étudiant à temps partiel en librairie.", model.TypePartTime},
		{"Poste temps plein, basé à Rennes.", model.TypeFullTime},
		{"Emploi étudiant en temps partiel, 12 heures par semaine.", model.TypePartTime},
		// traps: a candidate's past student job, and a longer word after the opening
		{"Une première expérience (stage, job étudiant) est un plus.", model.TypeUnknown},
		{"Jobétudiantxyz plateforme recrute des développeurs.", model.TypeUnknown},
		{"Temps de trajet court, parking.", model.TypeUnknown},
	}
	for _, c := range cases {
		if got := ParseType("", "Vendeur", c.text); got != c.want {
			t.Errorf("ParseType(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
