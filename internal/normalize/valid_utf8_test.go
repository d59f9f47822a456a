package normalize

import (
	"strings"
	"testing"
)

// TestValidUTF8: validUTF8 is strings.ToValidUTF8 with "\uFFFD", and
// returns a valid text itself.
func TestValidUTF8(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""}, {"plain text", "plain text"}, {"Straße ✓", "Straße ✓"}, {"a\xffb", "a\uFFFDb"},
		{"\xff\xfe", "\uFFFD"}, {"x\xe2\x82", "x\uFFFD"}, {"\xed\xa0\x80 surrogate", "\uFFFD surrogate"},
	} {
		if got := validUTF8(c.in); got != c.want {
			t.Errorf("validUTF8(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// FuzzValidUTF8: validUTF8 agrees with strings.ToValidUTF8.
func FuzzValidUTF8(f *testing.F) {
	for _, s := range []string{"", "abc", "a\xffb", "Straße", "\xf0\x9f\x98"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := validUTF8(s), strings.ToValidUTF8(s, "\uFFFD"); got != want {
			t.Fatalf("validUTF8(%q) = %q, ToValidUTF8 %q", s, got, want)
		}
	})
}
