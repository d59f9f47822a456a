package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestWholeLowerUS pins the bare lower-case code as a whole location
// (region_lower_us_whole.go) and the pronoun uses left alone.
func TestWholeLowerUS(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"us", true},
		{"  us\t", true},
		{"join us", false},
		{"about us", false},
		{"usa", false},
		{"u s", false},
		{"", false},
	} {
		if got := wholeLowerUS(tc.in); got != tc.want {
			t.Errorf("wholeLowerUS(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
	runFieldCases(t, []truthCase{
		{name: "padded lower-case code alone", p: model.Posting{Title: "Data Analyst", RemoteHint: "remote",
			Locations: []string{"  us  "}}, regions: "US"},
		{name: "trap: pronoun in a short field", p: model.Posting{Title: "Data Analyst", RemoteHint: "remote",
			Locations: []string{"work with us"}}, regions: "none"},
	})
}
