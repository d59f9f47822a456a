package normalize

import (
	"strings"
	"testing"
)

// TestFrenchLeadTenureAndSummerYearTitles pins a CDI or CDD opening a
// French title (type_title_french_lead_tenure.go) and a summer analyst or
// associate program with its year between the words (jobtype.go's
// titleIntern). Traps: CDI and CDD as English abbreviations, a summer
// camp, an analyst title with a year alone.
func TestFrenchLeadTenureAndSummerYearTitles(t *testing.T) {
	for _, c := range []struct{ title, want string }{
		{"CDI Responsable de boutique", "full_time"},
		{"CDI Gestionnaire paie et administration", "full_time"},
		{"CDD Chargée d'accueil", "contract"},
		{"CDD 8 mois Assistant commercial", "contract"},
		{"CDI Développeur backend", "full_time"},
		{"Summer 2027 Analyst - Corporate Finance", "internship"},
		{"Summer '27 Associate, Litigation", "internship"},
		{"trap: CDI Specialist", "unknown"},
		{"trap: CDD Analyst, financial crimes", "unknown"},
		{"trap: Summer Camp Director 2027", "unknown"},
		{"trap: Data Analyst 2027", "unknown"},
	} {
		got := ParseType("", strings.TrimPrefix(c.title, "trap: "), "")
		if string(got) != c.want {
			t.Errorf("%q: got %q, want %q", c.title, got, c.want)
		}
	}
}
