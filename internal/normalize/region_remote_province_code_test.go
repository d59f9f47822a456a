package normalize

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// A remote location of the remote word and a Canadian province code only
// is in Canada, as one with a US state code is in the United States.
func TestRemoteProvinceCodeLocation(t *testing.T) {
	cases := []struct {
		loc, regions string
	}{
		{"Remote - ON", "CA"},
		{"Remote - BC", "CA"},
		{"Remote (QC)", "CA"},
		{"AB - Remote", "CA"},
		{"Remote – NS", "CA"},
		// traps: codes that are also countries, and US states
		{"Remote - SK", "SK"},
		{"Remote - PE", "PE"},
		{"Remote - NL", "NL"},
		{"Remote - TX", "US"},
		{"Remote - CA", "CA"},
	}
	for _, c := range cases {
		p := model.Posting{Source: "t", ExternalID: "x", Locations: []string{c.loc}}
		l := Normalize(&p, Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
		if l.Remote != model.RemoteRemote {
			t.Errorf("%q: mode %q, want remote", c.loc, l.Remote)
		}
		got := slices.Clone(l.RemoteRegions)
		slices.Sort(got)
		if strings.Join(got, ",") != c.regions {
			t.Errorf("%q: regions %v, want %q", c.loc, l.RemoteRegions, c.regions)
		}
	}
}
