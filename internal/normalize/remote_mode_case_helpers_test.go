package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// modeCase is one listing for the work-mode tables: a
// title, an optional workplace field and location, and a description.
type modeCase struct {
	title, hint, loc, text string
	want                   model.Remote
}

// checkModes normalizes each case and compares its work mode.
func checkModes(t *testing.T, cases []modeCase) {
	t.Helper()
	for _, c := range cases {
		p := model.Posting{Source: "t", ExternalID: "m", Title: c.title, RemoteHint: c.hint, DescriptionText: c.text}
		if c.loc != "" {
			p.Locations = []string{c.loc}
		}
		l := Normalize(&p, Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
		if l.Remote != c.want {
			t.Errorf("title %q hint %q loc %q text %q: got %s (%s), want %s", c.title, c.hint, c.loc, c.text, l.Remote, l.RemoteEvidence, c.want)
		}
	}
}
