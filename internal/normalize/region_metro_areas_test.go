package normalize

import (
	"testing"
	"time"
)

// metroAreaCases: metro labels and the names of parts of the United
// States in remote location items, beside traps that must keep their
// reading.
var metroAreaCases = []truthCase{
	// Metro labels around a town the other readers know or the US town list holds.
	{name: "metropolitan area of a us town", p: remotePost("Tulsa Metropolitan Area"), regions: "US"},
	{name: "greater town", p: remotePost("Greater Akron"), regions: "US"},
	{name: "greater town area", p: remotePost("Greater Fresno Area"), regions: "US"},
	{name: "metroplex of a hyphenated pair", p: remotePost("Fort Wayne-Auburn Metroplex"), regions: "US"},
	{name: "area of a hyphenated pair", p: remotePost("Tampa-St. Petersburg Area"), regions: "US"},
	{name: "metro after a town", p: remotePost("Raleigh Metro (Remote)"), regions: "US"},
	{name: "region after greater town", p: remotePost("Greater Spokane Region"), regions: "US"},
	{name: "us county after its town", p: remotePost("Remote - Fresno County"), regions: "US"},
	{name: "metro label of a town elsewhere", p: remotePost("Greater Gdansk Area"), regions: "PL"},
	{name: "metro label with a country kept", p: remotePost("Greater Lyon Area, France"), regions: "FR"},
	// Parts of the United States by name.
	{name: "east coast after remote", p: remotePost("Remote - US East Coast"), regions: "US"},
	{name: "west coast before remote", p: remotePost("West Coast (Remote)"), regions: "US"},
	{name: "midwest", p: remotePost("Midwest - Remote"), regions: "US"},
	{name: "mid-atlantic", p: remotePost("Mid-Atlantic"), regions: "US"},
	{name: "tri-state area", p: remotePost("Remote, Tri-State Area"), regions: "US"},
	{name: "socal", p: remotePost("SoCal"), regions: "US"},
	{name: "twin cities", p: remotePost("Twin Cities (hybrid)"), regions: "US"},
	// Traps.
	{name: "trap: an area word without a town", p: remotePost("Remote - Any Area"), regions: "none"},
	{name: "trap: a direction before region", p: remotePost("Central Region"), regions: "none"},
	{name: "trap: a coast of another country", p: remotePost("East Coast, Australia"), regions: "AU"},
	{name: "trap: a lower-case phrase", p: remotePost("remote within the greater area"), regions: "none"},
	{name: "trap: an irish county is written before the name", p: remotePost("County Cork"), regions: "IE"},
	{name: "trap: a county of a foreign town is not read as the us", p: remotePost("Gdansk County"), regions: "PL"},
	{name: "trap: southeast asia stays asia", p: remotePost("Southeast Asia"), regions: "APAC"},
	{name: "trap: metro manila keeps its reading", p: remotePost("Metro Manila"), regions: "PH"},
}

func TestMetroAreas(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range metroAreaCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

// TestMetroPartCountry: the part reader alone.
func TestMetroPartCountry(t *testing.T) {
	for _, c := range []struct{ part, want string }{
		{"Greater Omaha Area", "US"}, {"Boise Metropolitan Area", "US"}, {"Greater Chicago", "US"}, {"East Coast", "US"},
		{"Remote - Silicon Valley", "US"}, {"Pacific Northwest", "US"}, {"Detroit Metro Area", "US"},
		{"Omaha", ""}, {"Metro Area", ""}, {"Greater", ""}, {"North Region", ""}, {"Sales Area", ""}, {"the area", ""},
		{"Greater Orange County", "US"},
	} {
		if got := metroPartCountry(c.part); got != c.want {
			t.Errorf("metroPartCountry(%q) = %q, want %q", c.part, got, c.want)
		}
	}
	if got := metroAreaLoc("Cleveland Metro, Ohio"); got != "Cleveland Metro, Ohio" {
		t.Errorf("a location Regions reads is left alone, got %q", got)
	}
}
