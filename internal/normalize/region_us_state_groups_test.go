package normalize

import (
	"testing"
	"time"
)

// usStateGroupCases: groups of US states named by direction in a remote
// location item, beside traps whose "States" names another place.
var usStateGroupCases = []truthCase{
	{name: "western states in brackets", p: remotePost("Remote (Western States)"), regions: "US"},
	{name: "southeastern states after a dash", p: remotePost("Remote - Southeastern States"), regions: "US"},
	{name: "eastern states alone", p: remotePost("Eastern States"), regions: "US"},
	{name: "trap: gulf states keep their reading", p: remotePost("Remote - Gulf States"), regions: "MENA"},
	{name: "trap: baltic states keep their reading", p: remotePost("Remote (Baltic States)"), regions: "EE,LV,LT"},
	{name: "trap: united states keeps its reading", p: remotePost("Remote, United States"), regions: "US"},
	{name: "trap: a state group beside a country is that country", p: remotePost("Northern States, Australia"), regions: "AU"},
}

func TestUSStateGroups(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range usStateGroupCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
