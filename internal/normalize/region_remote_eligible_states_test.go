package normalize

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// A remote office limited to unnamed states is the United States; states
// of a named country keep that country.
func TestRemoteEligibleStatesLocation(t *testing.T) {
	cases := []struct {
		loc, mode, regions string
	}{
		{"Remote (Eligible States)", "remote", "US"},
		{"Remote - Approved States", "remote", "US"},
		{"Remote, Select US States", "remote", "US"},
		{"Remote (Hiring States)", "remote", "US"},
		// traps
		{"Remote - eligible Australian states", "remote", ""},
		{"Remote (Gulf States)", "remote", "MENA"},
		{"Remote", "remote", ""},
	}
	for _, c := range cases {
		p := model.Posting{Source: "t", ExternalID: "x", Locations: []string{c.loc}}
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
