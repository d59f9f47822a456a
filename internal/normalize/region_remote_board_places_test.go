package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Remote-board regions (region_remote_board_places.go). Every string is our own, in the
// shapes remote boards and listing cards use.
func TestRemoteBoardPlaces(t *testing.T) {
	checkPlaceModeCases(t, "Analyst", []placeModeCase{
		{"place only field", "", []string{"Canada Only"}, "We build billing tools.", model.RemoteRemote, "CA"},
		{"group only field", "", []string{"EMEA only"}, "We build billing tools.", model.RemoteRemote, "EMEA"},
		{"two places only field", "", []string{"UK, Ireland Only"}, "Support desk.", model.RemoteRemote, "GB,IE"},
		{"no place before only", "", []string{"Weekdays only"}, "Support desk.", model.RemoteUnknown, ""},
		{"globe field", "", []string{"🌍"}, "Write docs for our API.", model.RemoteRemote, "worldwide"},
		{"globe with other words stays", "", []string{"🌍 Lisbon office"}, "Write docs for our API.", model.RemoteUnknown, ""},
		{"living only in", "remote", nil, "Applicants living only in Peru can be hired.", model.RemoteRemote, "PE"},
		{"exclusively within", "remote", nil, "People residing exclusively within Chile, please.", model.RemoteRemote, "CL"},
		{"only available within", "remote", nil, "This opening is only available within Poland.", model.RemoteRemote, "PL"},
		{"located colon", "remote", nil, "You must be located: Mexico", model.RemoteRemote, "MX"},
		{"only in a non place", "remote", nil, "Hires living only in spirit are rare.", model.RemoteRemote, ""},
		{"card remote line", "", nil, "Data Analyst\nLima, Peru (Remote) · Posted 3d ago", model.RemoteRemote, "PE"},
		{"card hybrid line", "", nil, "Data Analyst\nAustin, TX (Hybrid) · 40 applicants", model.RemoteHybrid, "US"},
		{"card line without mode", "", nil, "Data Analyst\nAustin, TX · 2 weeks ago", model.RemoteUnknown, ""},
	})
}

// placeModeCase is a posting's remote hint, locations and text, with the
// work mode and remote regions normalization must read from them.
type placeModeCase struct {
	name, hint string
	locs       []string
	text       string
	remote     model.Remote
	regions    string
}

// checkPlaceModeCases normalizes each case under one title and checks its
// work mode and remote regions.
func checkPlaceModeCases(t *testing.T, title string, cases []placeModeCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := Normalize(&model.Posting{Source: "t", ExternalID: c.name, Title: title, RemoteHint: c.hint, Locations: c.locs, DescriptionText: c.text}, Options{})
			if l.Remote != c.remote {
				t.Errorf("remote = %q, want %q (%s)", l.Remote, c.remote, l.RemoteEvidence)
			}
			if got := strings.Join(l.RemoteRegions, ","); got != c.regions {
				t.Errorf("regions = %q, want %q (%s)", got, c.regions, l.RemoteEvidence)
			}
		})
	}
}
