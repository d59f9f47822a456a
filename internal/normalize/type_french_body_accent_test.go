package normalize

import "testing"

// A short French profile line that names the contract after the required
// experience, with no other French function word, still reads the CDI or
// CDD. Traps: English and Portuguese text with the same letters.
func TestFrenchBodyExperienceLine(t *testing.T) {
	cases := []struct{ desc, want string }{
		{"Profil recherché : deux ans d'expérience en gestion. CDI.", "full_time"},
		{"Expérience : 1 an minimum (débutants bienvenus). CDD.", "contract"},
		// Traps: English CDI is clinical documentation integrity, and the
		// Brazilian CDI is an interest-rate index.
		{"Prior CDI experience in a hospital setting is required.", "unknown"},
		{"Rendimento atrelado a 100% do CDI, experiência em vendas.", "unknown"},
	}
	for _, c := range cases {
		if got := ParseType("", "Operations Lead", c.desc); string(got) != c.want {
			t.Errorf("ParseType(desc %q) = %s, want %s", c.desc, got, c.want)
		}
	}
}
