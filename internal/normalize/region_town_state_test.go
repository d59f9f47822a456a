package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// townStateCases: US towns named after a country, before their state
// code, in our own words, with lists and notes that keep two places.
var townStateCases = []truthCase{
	{name: "a florida town", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"Mexico Beach, FL"}}, regions: "US"},
	{name: "a maine town", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"New Canada, ME"}}, regions: "US"},
	{name: "a three-word town", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"East Peru Hollow, IA"}}, regions: "US"},
	{name: "a country alone keeps fixCodeLoc's reading", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"Denmark, SC"}}, regions: "US"},
	{name: "trap: a list of two places", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"Remote - Canada or Mexico"}}, regions: "CA,MX"},
	{name: "trap: a work-mode note", p: model.Posting{Title: "Engineer", Locations: []string{"Remote Brazil, GA"}}, remote: "remote", regions: "US,BR"},
}

func TestTownStates(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range townStateCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
	for _, c := range []struct {
		town, state string
		want        bool
	}{
		{"China Hill", "NC", true}, {"Poland Spring", "ME", true},
		{"Ramat Gan Israel", "IL", false}, // the code is the country's
		{"Windsor Ontario", "CA", false},  // CA is Canada's code too
		{"Canada or Mexico", "TX", false}, {"US/China", "NC", false}, {"Remote India", "NJ", false},
		{"China", "NC", false}, // one word: fixCodeLoc's own rule
		{"Green Valley", "AZ", false}, {"Mexico Beach", "QC", false},
	} {
		if got := townNamedForCountry(c.town, c.state); got != c.want {
			t.Errorf("townNamedForCountry(%q, %q) = %v, want %v", c.town, c.state, got, c.want)
		}
	}
}

func FuzzTownNamedForCountry(f *testing.F) {
	f.Add("Mexico Beach", "FL")
	f.Add("Remote Brazil", "GA")
	f.Add("Lake Chile", "TX")
	f.Fuzz(func(t *testing.T, town, state string) {
		if !townNamedForCountry(town, state) {
			return
		}
		if !usStates[state] || len(state) != 2 {
			t.Errorf("townNamedForCountry(%q, %q) with no state code", town, state)
		}
		for _, c := range Regions(town) {
			if c == "US" || c == state {
				t.Errorf("townNamedForCountry(%q, %q) over a town naming %s", town, state, c)
			}
		}
	})
}
