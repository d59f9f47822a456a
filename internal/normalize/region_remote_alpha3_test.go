package normalize

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// A three-letter country code beside a remote word in a location field
// names that country; other three-letter words beside "Remote" stay as
// they are read elsewhere. "Homeworking" in a location is remote work.
func TestRemoteAlpha3Location(t *testing.T) {
	runLocModeCases(t, []locModeCase{
		{"Remote - ARG", "", "remote", "AR"},
		{"Remote - CHL", "", "remote", "CL"},
		{"Remote – KEN", "", "remote", "KE"},
		{"Remote-TUR", "", "remote", "TR"},
		{"Remote (SWE)", "", "remote", "SE"},
		{"Remote, KOR", "", "remote", "KR"},
		{"Remote - FIN", "", "remote", "FI"},
		{"Remote - PER", "", "remote", "PE"},
		{"CHE - Remote", "", "remote", "CH"},
		{"BEL - Remote", "", "remote", "BE"},
		{"Home Based - ROU", "", "remote", "RO"},
		{"Homeworking - UK", "", "remote", "GB"},
		{"Home working, Scotland", "", "remote", "GB"},
		// traps: codes read elsewhere, time zones and group shorthands
		{"Remote - USA", "", "remote", "US"},
		{"Remote - CAN", "", "remote", "CA"},
		{"Remote - DEU", "", "remote", "DE"},
		{"Remote - EST", "", "remote", "US"},
		{"Remote - NAM", "", "remote", ""},
		{"Remote - GER", "", "remote", ""},
		{"Remote - CEE", "", "remote", "EU"},
		{"Office - ARG", "", "unknown", ""},
		{"No home working", "", "onsite", ""},
	})
}

// locModeCase is one location written alone in a posting's location field,
// with its workplace field (hint, often empty), and the work mode and
// regions (sorted, comma-joined) they read as.
type locModeCase struct{ loc, hint, mode, regions string }

// runLocModeCases checks each case's location alone.
func runLocModeCases(t *testing.T, cases []locModeCase) {
	t.Helper()
	for _, c := range cases {
		p := model.Posting{Source: "t", ExternalID: "x", Locations: []string{c.loc}, RemoteHint: c.hint}
		l := Normalize(&p, Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
		if string(l.Remote) != c.mode {
			t.Errorf("%q: mode %q, want %q", c.loc, l.Remote, c.mode)
		}
		got := slices.Clone(l.RemoteRegions)
		slices.Sort(got)
		if strings.Join(got, ",") != c.regions {
			t.Errorf("%q: regions %v, want %q", c.loc, l.RemoteRegions, c.regions)
		}
	}
}
