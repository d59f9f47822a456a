package normalize

import (
	"strings"
	"testing"
)

// A bracketed note of working hours beside a place names the hours, not a
// second place.
func TestRegionHoursNote(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Remote - Peru (UK business hours)", "PE"},
		{"Remote, Kenya (EU working hours)", "KE"},
		{"Philippines (US hours)", "PH"},
		{"Remote - Colombia (US business hours)", "CO"},
		// traps: the note's place is named outside the note too, or alone
		{"Remote - UK (UK hours)", "GB"},
		{"Remote - US, Peru (US hours)", "US,PE"},
		{"Remote (US hours)", "US"},
		{"Peru, Chile", "PE,CL"},
	}
	for _, c := range cases {
		got := strings.Join(Regions(c.in), ",")
		if got != c.want {
			t.Errorf("Regions(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
