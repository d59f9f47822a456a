package normalize

import (
	"strings"
	"testing"
)

// TestFrenchFreelanceAndSeasonTitles pins the French freelance terms of
// type_body_european_terms.go and the season words of
// type_title_holiday_help_de.go. Traps: "indépendant" naming a company or a
// skill, "pendant" (during), a season named as a time of year in the text.
func TestFrenchFreelanceAndSeasonTitles(t *testing.T) {
	for _, c := range []struct{ title, text, want string }{
		{"Consultant SAP", "Mission de six mois en portage salarial, démarrage en mars.", "contract"},
		{"Développeur", "Mission indépendante en cybersécurité, 3 jours par semaine.", "contract"},
		{"Graphiste", "Vous travaillerez en tant qu'indépendant pour nos clients.", "contract"},
		{"Chef de Partie (Saison)", "", "contract"},
		{"Koch (Saison)", "", "contract"},
		{"trap: Analyste bilan de saison", "", "unknown"},
		{"trap: Comptable", "Nous sommes un cabinet indépendant. Travail en équipe pendant la période fiscale.", "unknown"},
		{"trap: Vendeur", "Travail intense pendant la saison des soldes.", "unknown"},
	} {
		if got := ParseType("", strings.TrimPrefix(c.title, "trap: "), c.text); string(got) != c.want {
			t.Errorf("%q / %q: got %q, want %q", c.title, c.text, got, c.want)
		}
	}
}
