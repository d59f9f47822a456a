package normalize

import (
	"strings"
	"testing"
)

// joinFields must give strings.Join(strings.Fields(s), " ") on every input;
// the cases marked same must come back as s itself.
func TestJoinFields(t *testing.T) {
	for _, c := range []struct {
		in   string
		same bool
	}{
		{"", true},
		{"Data Analyst", true},
		{"a", true},
		{"twenty five", true},
		{" Data Analyst", false},     // leading space
		{"Data Analyst ", false},     // trailing space
		{"Data  Analyst", false},     // two spaces
		{"Data\tAnalyst", false},     // tab
		{"Data\nAnalyst", false},     // newline
		{"Data\vAnalyst", false},     // vertical tab
		{"Data\u00a0Analyst", false}, // no-break space
		{"Café Owner", false},        // ASCII only on the fast path
		{" ", false},
		{"\u3000x", false},
	} {
		want := strings.Join(strings.Fields(c.in), " ")
		if got := joinFields(c.in); got != want {
			t.Errorf("joinFields(%q) = %q, want %q", c.in, got, want)
		}
		if got := singleSpaced(c.in); got != c.same {
			t.Errorf("singleSpaced(%q) = %v, want %v", c.in, got, c.same)
		}
	}
}

func FuzzJoinFields(f *testing.F) {
	for _, s := range []string{"", "a b", " a", "a  b", "a\tb", "a\u00a0b", "x\u2003", "\xff a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.Join(strings.Fields(s), " ")
		if got := joinFields(s); got != want {
			t.Fatalf("joinFields(%q) = %q, want %q", s, got, want)
		}
		if singleSpaced(s) && want != s {
			t.Fatalf("singleSpaced(%q) but Fields joins to %q", s, want)
		}
	})
}
