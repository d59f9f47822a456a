package normalize

import "testing"

// A terse French ad may carry no French word but its pay line: "Salaire"
// or "Rémunération" marks it French, so a bare CDI or CDD in it is read.
func TestFrenchBodyPayWord(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"CDI. Hybrid setup, Go and Postgres. Salaire : 48k-55k€", "full_time"},
		{"CDD, on-site in Lille. Rémunération : 2 400 € brut", "contract"},
		{"Stack: Kotlin, AWS. CDI. salaire 42k", "full_time"},
		// traps: English and Spanish pay words leave bare CDI and CDD unread
		{"CDI reviews for the hospital records team; salary 70k", "unknown"},
		{"Clinical documentation CDI lead. Salary band B.", "unknown"},
		{"CDD checks for new accounts. Salario competitivo.", "unknown"},
	} {
		if got := ParseType("", "Poste", c.text); string(got) != c.want {
			t.Errorf("ParseType(%q) = %s, want %s", c.text, got, c.want)
		}
	}
}
