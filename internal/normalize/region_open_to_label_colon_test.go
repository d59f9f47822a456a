package normalize

import (
	"strings"
	"testing"
)

// TestOpenToLabelColon pins "open to candidates from:" with a label colon
// after the preposition (region_requirements.go, openToPlace): the place
// after the colon is where a remote worker may be, as it is without the
// colon.
func TestOpenToLabelColon(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Fully remote. Open to applicants from: Mexico", "MX"},
		{"Remote role. Open to candidates in: Central America", "LATAM"},
		{"Remote. Open to candidates from Argentina", "AR"}, // no colon, as before
		{"Remote. Open to applicants from: Spain, Portugal", "ES,PT"},
	} {
		ri := ParseRemote("", nil, tc.text)
		if got := strings.Join(sortedRegions(ri.Regions), ","); got != tc.want {
			t.Errorf("ParseRemote(%q) regions = %q, want %q", tc.text, got, tc.want)
		}
	}
}
