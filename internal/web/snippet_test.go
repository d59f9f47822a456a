package web

import "testing"

func TestWordBounded(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"…ta gamma the <mark>python</mark> keyword here zeta kap…", "…gamma the <mark>python</mark> keyword here zeta…"},
		{"Whole text with <mark>python</mark>.", "Whole text with <mark>python</mark>."},
		{"…<mark>python</mark> at the start", "…<mark>python</mark> at the start"},
		{"…ing<mark>python</mark> glued", "…ing<mark>python</mark> glued"}, // a mark in the partial word: kept
		{"ends in a <mark>python</mark>…", "ends in a <mark>python</mark>…"},
		{"ends on a cut ent&amp…", "ends on a cut…"},
		{"…", "…"},
		{"", ""},
	} {
		if got := wordBounded(tt.in); got != tt.want {
			t.Errorf("wordBounded(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzWordBounded(f *testing.F) {
	f.Add("…ab <mark>c</mark> d…")
	f.Fuzz(func(t *testing.T, s string) {
		got := wordBounded(s)
		if len(got) > len(s)+len("…") {
			t.Errorf("wordBounded grew %q to %q", s, got)
		}
	})
}
