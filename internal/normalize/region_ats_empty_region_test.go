package normalize

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// A town, an empty region and a two-letter code (SmartRecruiters) end in
// the country, also when the code is a province or state elsewhere (ES,
// NL); a German "Homeoffice" after a comma or dash names the work mode.
func TestATSEmptyRegionAndHomeofficeTail(t *testing.T) {
	cases := []struct {
		loc, hint, mode, regions string
	}{
		{"Remote, , ES", "", "remote", "ES"},
		{"Remote, , NL", "", "remote", "NL"},
		{"Remote, , PE", "", "remote", "PE"},
		{"Amsterdam, , NL", "Remote", "remote", "NL"},
		{"Madrid, , ES", "Remote", "remote", "ES"},
		{"Hamburg, Homeoffice", "", "remote", "DE"},
		{"Köln - Homeoffice", "", "remote", "DE"},
		{"Wien / Homeoffice", "", "remote", "AT"},
		// traps
		{"Remote, , DE", "", "remote", "DE"},
		{"Remote, , CA", "", "remote", "CA"},
		{"Toronto, , ON", "Remote", "remote", "CA"},
		{"Halifax, , NS", "Remote", "remote", "CA"},
		{"Vitória, ES, BR", "Remote", "remote", "BR"},
		{"Dallas, TX - Home Office", "", "unknown", ""},
		{"Hamburg, teilweise Homeoffice", "", "hybrid", "DE"},
	}
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
