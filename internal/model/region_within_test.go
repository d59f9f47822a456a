package model

import (
	"slices"
	"strings"
	"testing"
)

func TestRegionsOpenTo(t *testing.T) {
	for _, tt := range []struct{ code, want string }{
		{"DE", "DE EU EMEA worldwide"},
		{"NO", "NO EU EMEA worldwide"},
		{"EG", "EG MENA Africa EMEA worldwide"},
		{"JO", "JO MENA EMEA worldwide"},
		{"KE", "KE Africa EMEA worldwide"},
		{"BR", "BR LATAM Americas worldwide"},
		{"US", "US Americas worldwide"},
		{"IN", "IN APAC worldwide"},
		{"EU", "EU EMEA worldwide"},
		{"MENA", "MENA EMEA worldwide"},
		{"LATAM", "LATAM Americas worldwide"},
		{"EMEA", "EMEA worldwide"},
		{"APAC", "APAC worldwide"},
		{"worldwide", "worldwide"},
		{"Narnia", "Narnia"},
	} {
		got := RegionsOpenTo(tt.code)
		// The areas' order among themselves is not promised.
		want := strings.Fields(tt.want)
		if len(got) == 0 || got[0] != want[0] || got[len(got)-1] != want[len(want)-1] ||
			!sameSet(got, want) {
			t.Errorf("RegionsOpenTo(%q) = %v, want %v", tt.code, got, want)
		}
	}
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

// TestAreaCountriesNamed: every country of an area is a named code, and
// every named country but Antarctica and a few uninhabited islands lies
// in some area, so a student anywhere finds the listings open to their
// continent.
func TestAreaCountriesNamed(t *testing.T) {
	inArea := map[string]bool{}
	for area, codes := range areaCountries {
		for _, c := range strings.Fields(codes) {
			if _, ok := RegionNames[c]; !ok {
				t.Errorf("%s lists %s, which RegionNames does not name", area, c)
			}
			inArea[c] = true
		}
	}
	for c := range RegionNames {
		if RegionAreas[c] != "" || inArea[c] || slices.Contains(strings.Fields("US CA BM GL PM UM AQ BV HM TF GS"), c) {
			continue
		}
		t.Errorf("%s (%s) lies in no area", c, RegionNames[c])
	}
	if got := RegionsOpenTo("DE"); cap(got) != len(got) {
		t.Error("RegionsOpenTo hands out spare capacity of a shared slice")
	}
}
