package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestWorldPhrasesMore(t *testing.T) {
	cases := []struct {
		name, loc, text, want string
	}{
		{"location open to all places", "Remote - Open to all locations", "", "worldwide"},
		{"location not tied to a place", "Remote (not location-specific)", "", "worldwide"},
		{"job not bound to a location", "Remote", "Good news: this job is not location-bound.", "worldwide"},
		{"we do not care where you work", "Remote", "Honestly, we do not care where you work from.", "worldwide"},
		{"location does not matter", "Remote", "Your location does not matter.", "worldwide"},
		{"you pick where you live", "Remote", "You get to choose where you live.", "worldwide"},
		{"location line wherever", "Remote", "Team: Design\nLocation: wherever you are\nLevel: Mid", "worldwide"},
		{"trap: location does not matter inside a country", "Remote", "Location doesn't matter within Austria.", ""},
		{"trap: choose where you work inside a country", "Remote", "You choose where you work within Finland.", ""},
		{"trap: a place already read stays", "Remote - Norway", "Location doesn't matter to us.", "NO"},
		{"trap: open to all levels is no place", "Remote - Open to all levels", "", ""},
		{"clause open to every location", "Remote", "Async-first startup, open to all locations.", "worldwide"},
		{"clause open to any location at the end", "Remote", "Engineering is fully remote and open to any locations", "worldwide"},
		{"trap: open to all locations inside a country", "Remote", "Async-first startup, open to all locations in Canada.", "CA"},
		{"trap: open to all locations of one state", "Remote", "Hiring is open to all locations within Texas.", "US"},
		{"trap: a named place is kept", "Remote - Chile", "Open to all locations.", "CL"},
		{"trap: open to all levels in a sentence", "Remote", "This role is open to all levels.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := Normalize(&model.Posting{Title: "Designer", Locations: []string{c.loc}, RemoteHint: "Remote", DescriptionText: c.text}, Options{})
			got := strings.Join(sortedRegions(l.RemoteRegions), ",")
			if got != c.want {
				t.Errorf("regions = %q, want %q (%s)", got, c.want, l.RemoteEvidence)
			}
		})
	}
}
