package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// stateLeadTownCases: a US state code before a town named for a foreign
// place, in our own words, and locations whose code names the town's
// own country, which keep their readings.
var stateLeadTownCases = []truthCase{
	{name: "state code then town", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"OH - Dublin"}}, regions: "US"},
	{name: "country, state and town joined by hyphens", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"US-GA-Athens"}}, regions: "US"},
	{name: "an en dash", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"TX – Paris"}}, regions: "US"},
	{name: "trap: the code is the town's country", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"DE - Berlin"}}, regions: "DE"},
	{name: "trap: Canada's code before a Canadian city", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"CA - Toronto"}}, regions: "CA"},
}

func TestStateLeadTowns(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range stateLeadTownCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
	for _, c := range []struct{ in, want string }{
		{"OH - Dublin", "Dublin, OH"},
		{"US-GA-Athens", "Athens, GA"},
		{"DE - Berlin", "DE - Berlin"},     // Berlin is Germany's
		{"CA - Remote", "CA - Remote"},     // a work mode, not a town
		{"NY - Brooklyn", "NY - Brooklyn"}, // no foreign place to mistake
		{"GA - Store 12", "GA - Store 12"}, // digits: not a town's name
		{"OH - Dublin, Ireland", "OH - Dublin, Ireland"},
		{"Dublin, OH", "Dublin, OH"},
	} {
		if got := stateLeadTownLoc(c.in); got != c.want {
			t.Errorf("stateLeadTownLoc(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
