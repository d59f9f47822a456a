package normalize

import (
	"testing"
	"time"
)

// TestTownStateCountry: a town before a state or province code and its
// country is in that country; other items are kept.
func TestTownStateCountry(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"London, ON, Canada", "ON, Canada"},
		{"Paris, ON, Canada, N3L 1A1", "ON, Canada, N3L 1A1"},
		{"Manchester, NH, United States", "NH, United States"},
		// kept: nothing to drop, a code of another country, no country, a longer list
		{"Toronto, ON, Canada", "Toronto, ON, Canada"},
		{"London, England, United Kingdom", "London, England, United Kingdom"},
		{"London, ON, USA", "London, ON, USA"},
		{"London, ON", "London, ON"},
		{"London, KY, Canada", "London, KY, Canada"},
		{"London, ON, Canada, Remote", "London, ON, Canada, Remote"},
		{"", ""},
	} {
		if got := townStateCountryLoc(tc.in); got != tc.want {
			t.Errorf("townStateCountryLoc(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range []truthCase{
		{name: "ontario's london", p: remotePost("London, ON, Canada"), regions: "CA"},
		{name: "texas's paris", p: remotePost("Paris, TX, USA"), regions: "US"},
		{name: "new hampshire's manchester", p: remotePost("Manchester, NH, United States"), regions: "US"},
		{name: "trap: england's london", p: remotePost("London, England, United Kingdom"), regions: "GB"},
		{name: "trap: two items", p: remotePost("London, UK; Toronto, ON, Canada"), regions: "CA,GB"},
	} {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
