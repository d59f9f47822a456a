package normalize

import (
	"strings"
	"testing"
)

// TestOpenToLabelColon pins "open to candidates from:" with a label colon
// after the preposition (region_requirements.go, openToPlace): the place
// after the colon is where a remote worker may be, as it is without the
// colon; "available to students in" reads the same.
func TestOpenToLabelColon(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Fully remote. Open to applicants from: Mexico", "MX"},
		{"Remote role. Open to candidates in: Central America", "LATAM"},
		{"Remote. Open to candidates from Argentina", "AR"}, // no colon, as before
		{"Remote. Open to applicants from: Spain, Portugal", "ES,PT"},
		{"Remote internship. Available to students in Kenya and Uganda.", "KE,UG"},
		{"Remote project. Available to undergraduates in Australia and New Zealand.", "AU,NZ"},
		{"Remote support. Free setup available to customers in Canada.", ""}, // available to people only
	} {
		ri := ParseRemote("", nil, tc.text)
		if got := strings.Join(sortedRegions(ri.Regions), ","); got != tc.want {
			t.Errorf("ParseRemote(%q) regions = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestOpenToPlaceKey checks openToPlace's key regexp against its plain
// regexp.
func TestOpenToPlaceKey(t *testing.T) {
	for _, s := range append(keyTexts(t), "Open to applicants from: Mexico. Available to students in Kenya and Uganda.", "available only to residents across the EU", "Free setup available to customers in Canada.") {
		checkKey(t, "openToPlace", openToPlace, s)
	}
}
