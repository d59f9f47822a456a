package normalize

import "testing"

// Spanish and Swedish type words in titles (type_title_european_terms.go).
func TestEuropeanTitleWords(t *testing.T) {
	for _, c := range []struct{ title, want string }{
		{"Socorrista (fijo discontinuo)", "contract"},
		{"Ayudante de cocina fijo-discontinuo", "contract"},
		{"Sommarvikarier till hemtjänsten", "contract"},
		{"Vikariat: lärare i svenska", "contract"},
		{"Timvikarie till förskola", "part_time"},
		// traps: the words inside others, or two kinds named
		{"Fijo y discontinuo: nada", "unknown"},
		{"Rektor med ansvar för vikariatsplanering", "unknown"},
		{"Sommarvikariat eller praktikplats", "unknown"},
	} {
		if got := ParseType("", c.title, ""); string(got) != c.want {
			t.Errorf("ParseType(title %q) = %s, want %s", c.title, got, c.want)
		}
	}
}
