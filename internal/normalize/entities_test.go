package normalize

import "testing"

// TestNormspeed5NoEntities: an "&" that starts no entity keeps a text on
// TextSimHash's fast path, one that does not; the hash is keyWords's
// either way.
func TestNormspeed5NoEntities(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"plain words", true},
		{"R&D and Q&A, Sales & Marketing", true},
		{"AT&T; a&b", true},
		{"R&amp;D", false},
		{"caf&eacute;", false},
		{"&#169; 2026", false},
		{"&lt;p&gt;", false},
		{"x &copy y", false}, // a legacy entity without its semicolon
		{"trailing &", true},
	} {
		if got := noEntities(c.text); got != c.want {
			t.Errorf("noEntities(%q) = %v, want %v", c.text, got, c.want)
		}
		if got, want := TextSimHash(c.text), simHashPlain(c.text); got != want {
			t.Errorf("TextSimHash(%q) = %x, keyWords's %x", c.text, got, want)
		}
	}
}

// FuzzNormspeed5SimHash: TextSimHash equals the hash over keyWords for
// texts with ampersands, entities or not.
func FuzzNormspeed5SimHash(f *testing.F) {
	for _, s := range []string{"R&D & Q&A", "R&amp;D", "&#x41;&#65;&AMP;", "a &copy b &notit; c", "Ü&ü & ß", "x&\u200by"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := TextSimHash(s), simHashPlain(s); got != want {
			t.Errorf("TextSimHash(%q) = %x, want %x", s, got, want)
		}
	})
}
