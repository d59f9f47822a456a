package normalize

import (
	"strings"
	"testing"
)

// Names written with vowel signs or combining accents are one word to the
// region reader (isRegionMark), in the hand reader and the reference
// regexp alike.
func TestRegionTokensMarks(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"भारत", "IN"},
		{"กรุงเทพฯ, ประเทศไทย", "TH"},
		{"Bogota\u0301, Colombia", "CO"}, // a decomposed "á"
		{"Remote - भारत", "IN"},
	} {
		if got := strings.Join(Regions(tc.in), ","); got != tc.want {
			t.Errorf("Regions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, s := range []string{"भारत में", "e\u0301te\u0301, Paris", "\u0301abc", "a.\u0301b", "กรุงเทพมหานคร"} {
		got, want := strings.Join(regionTokens(s), "|"), strings.Join(tokenRe.FindAllString(s, -1), "|")
		if got != want {
			t.Errorf("regionTokens(%q) = %q, tokenRe reads %q", s, got, want)
		}
	}
}

func TestMarkedCityNames(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"กรุงเทพมหานคร", "TH"},
		{"पुणे, महाराष्ट्र", "IN"},
		{"नई दिल्ली", "IN"},
	} {
		if got := strings.Join(Regions(tc.in), ","); got != tc.want {
			t.Errorf("Regions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
