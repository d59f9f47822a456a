package normalize

import "testing"

// French titles opening with contract and weekly hours as one tag (my own
// examples), with traps that keep their earlier readings.
func TestTypeTitleFrenchTenureHoursTag(t *testing.T) {
	cases := []struct{ name, title, want string }{
		{"open-ended short week", "CDI 20H - Employé polyvalent", "part_time"},
		{"open-ended short week bar", "CDI 28h | Hôte de caisse", "part_time"},
		{"open-ended full week", "CDI 35H - Préparateur de commandes", "full_time"},
		{"open-ended long week colon", "CDI 39h: Magasinier", "full_time"},
		{"fixed-term full week", "CDD 35H - Agent d'accueil", "contract"},
		{"trap: tag with no hours", "CDI - Vendeur", "full_time"},
		{"trap: hours at the end keep the edge reading", "Vendeur 30H CDI", "full_time"},
		{"trap: english acronym title", "CDI Specialist - Remote", "unknown"},
		{"trap: no name after the tag", "CDI 24H -", "unknown"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := string(ParseType("", c.title, "")); got != c.want {
				t.Errorf("ParseType(%q) = %s, want %s", c.title, got, c.want)
			}
		})
	}
}
