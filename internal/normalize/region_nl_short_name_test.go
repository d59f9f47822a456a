package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// nlShortNameCases pin the short everyday name of 's-Hertogenbosch in
// region_world_cities.go, alone and before its province code; trap: a
// German town whose name also starts with "Den".
var nlShortNameCases = []truthCase{
	{name: "short name alone", p: model.Posting{Title: "Backend Developer", Locations: []string{"Den Bosch"}, RemoteHint: "remote"}, regions: "NL"},
	{name: "short name with province code", p: model.Posting{Title: "Backend Developer", Locations: []string{"Den Bosch, NB"}, RemoteHint: "remote"}, regions: "NL"},
	{name: "short name with country", p: model.Posting{Title: "Backend Developer", Locations: []string{"Den Bosch, Netherlands"}, RemoteHint: "remote"}, regions: "NL"},

	{name: "trap: other Den town", p: model.Posting{Title: "Backend Developer", Locations: []string{"Denkendorf"}, RemoteHint: "remote"}, regions: "!NL"},
}

func TestNlShortNameCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range nlShortNameCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}
