package normalize

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// "Work at Home" as a location (call-centre and Workday requisitions) is
// remote work; the country beside it is its region.
func TestWorkAtHomeLocation(t *testing.T) {
	cases := []struct {
		loc, mode, regions string
	}{
		{"Work At Home-USA", "remote", "US"},
		{"Work at Home - United States", "remote", "US"},
		{"Work-at-Home, Canada", "remote", "CA"},
		{"Work at home", "remote", ""},
		// traps
		{"Home Depot - Atlanta, GA", "unknown", ""},
		{"Homestead, FL", "unknown", ""},
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
