package normalize

import (
	"slices"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestWelcomeResidents pins a welcome to the people of a named place beside
// a remote field that demands another (the place is added), and a location
// list whose other entry is distributed over the whole world. Traps: a
// denied welcome, a welcome with no place, and a worldwide field.
func TestWelcomeResidents(t *testing.T) {
	for _, c := range []struct {
		name string
		locs []string
		text string
		want string
	}{
		{"remote folks living in a second country", []string{"Remote - Germany"}, "Remote folks living in Austria are very welcome.", "AT,DE"},
		{"applicants based in a second country", []string{"Remote (US)"}, "Applicants located in Puerto Rico are welcome.", "PR,US"},
		{"a country entry beside a distributed world entry", []string{"Mexico", "Distributed, Worldwide"}, "", "worldwide"},
		{"trap: a denied welcome", []string{"Remote - Germany"}, "Applicants based in Austria are not welcome, sadly.", "DE"},
		{"trap: a welcome with no place", []string{"Remote - Germany"}, "All candidates are welcome.", "DE"},
		{"trap: worldwide stays", []string{"Remote - Worldwide"}, "Candidates based in Chile are welcome.", "worldwide"},
	} {
		l := Normalize(&model.Posting{Title: "Data Steward", Locations: c.locs, RemoteHint: "Remote", DescriptionText: c.text}, Options{})
		got := slices.Clone(l.RemoteRegions)
		slices.Sort(got)
		if strings.Join(got, ",") != c.want {
			t.Errorf("%s: got %q (%s), want %q", c.name, got, l.Remote, c.want)
		}
	}
}
