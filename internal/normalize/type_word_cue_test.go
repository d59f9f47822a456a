package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A gig word in a title is a project only as a word of its own: "zügig"
// and "geringfügig" hold the letters g-i-g after a non-ASCII letter.
func TestTitleGigWholeWord(t *testing.T) {
	for _, c := range []struct {
		title string
		want  model.JobType
	}{
		{"Lagerhelfer zügig gesucht", model.TypeUnknown},
		{"Kommissionierer (m/w/d) – Start zügig möglich", model.TypeUnknown},
		{"Gig: logo design for a bakery", model.TypeProject},
		{"Weekend gig - flyer distribution", model.TypeProject},
		{"Short-term project: survey cleanup", model.TypeProject},
		{"Paid project (résumé review)", model.TypeProject},
	} {
		if got := ParseType("", c.title, ""); got != c.want {
			t.Errorf("ParseType(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}
