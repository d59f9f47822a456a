package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// TestAreaCrumbNarrowed: an area then one of its countries in a breadcrumb
// location is that country; lists, foreign countries and other separators
// keep what they read before.
func TestAreaCrumbNarrowed(t *testing.T) {
	cases := []struct{ loc, want string }{
		{"North America · Canada", "CA"},
		{"Europe › Portugal", "PT"},
		{"Asia Pacific · Singapore · Remote", "SG"},
		{"Latin America > Chile", "CL"},
		{"EMEA » Ireland", "IE"},
		// traps: these must not narrow
		{"North America · Japan", "US,CA,JP"},    // the country is not in the area
		{"Europe, Portugal", "EU,PT"},            // a comma list may name both
		{"Canada · Mexico", "CA,MX"},             // two countries, no area
		{"Remote · Brazil", "BR"},                // one region only
		{"Europe · Portugal, Spain", "EU,PT,ES"}, // more than one country after it
		{"North America", "US,CA"},               // the area alone
	}
	for _, c := range cases {
		p := model.Posting{Source: "t", ExternalID: c.loc, Title: "Data Engineer", Locations: []string{c.loc}, RemoteHint: "Remote"}
		l := Normalize(&p, Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
		if got := strings.Join(l.RemoteRegions, ","); regionSet(got) != regionSet(c.want) {
			t.Errorf("%q: got %q, want %q", c.loc, got, c.want)
		}
	}
}
