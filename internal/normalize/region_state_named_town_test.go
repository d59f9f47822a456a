package normalize

import (
	"strings"
	"testing"
)

// TestStateNamedTownAbroad pins towns abroad that share a US state's name,
// placed by a division of their country; traps keep the US where the text
// is a list of places or names no division.
func TestStateNamedTownAbroad(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Virginia, Scotland, United Kingdom", "GB"},
		{"Virginia, Scotland", "GB"},
		{"Nevada, Queensland, Australia", "AU"},
		{"Montana, Wales", "GB"},
		{"Delaware, Ontario, Canada", "CA"}, // already Canada before the rule
		{"Victoria, Texas", "US"},           // no foreign division after it
		// traps
		{"New York, London, UK", "US,GB"},     // a city, not a division: two places
		{"Virginia, United Kingdom", "US,GB"}, // no division named
		{"Virginia; Scotland", "US,GB"},       // a list
		{"Virginia (Scotland)", "US,GB"},      // not the comma shape
		{"Virginia, VA, Scotland", "US,GB"},   // a US part after the town
		{"Georgia, England", "GE,GB"},         // not a US state name here
	} {
		if got := strings.Join(Regions(tc.in), ","); got != tc.want {
			t.Errorf("Regions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
