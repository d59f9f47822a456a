package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// northIrishTownCases: towns of Northern Ireland written with "Ireland" as
// the country, in our own words, and Irish or two-town locations that
// keep their readings.
var northIrishTownCases = []truthCase{
	{name: "northern irish city with ireland", p: model.Posting{Title: "Analyst", RemoteHint: "Remote", Locations: []string{"Lisburn, Ireland"}}, regions: "GB"},
	{name: "northern irish county with ireland", p: model.Posting{Title: "Analyst", RemoteHint: "Remote", Locations: []string{"Omagh, County Tyrone, Ireland"}}, regions: "GB"},
	{name: "londonderry spelled out", p: model.Posting{Title: "Analyst", RemoteHint: "Remote", Locations: []string{"Londonderry, Ireland"}}, regions: "GB"},
	{name: "trap: a town of the republic", p: model.Posting{Title: "Analyst", RemoteHint: "Remote", Locations: []string{"Limerick, Ireland"}}, regions: "IE"},
	{name: "trap: the republic's capital", p: model.Posting{Title: "Analyst", RemoteHint: "Remote", Locations: []string{"Dublin, Ireland"}}, regions: "IE"},
}

func TestNorthIrishTowns(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range northIrishTownCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
	for _, c := range []struct{ in, want string }{
		{"Armagh, Ireland", "Armagh, Northern Ireland"},
		{"Co. Down, Ireland", "Co. Down, Northern Ireland"},
		{"Galway, Ireland", "Galway, Ireland"},                     // the Republic
		{"Lisburn / Galway, Ireland", "Lisburn / Galway, Ireland"}, // two towns: left alone
		{"Enniskillen, Northern Ireland", "Enniskillen, Northern Ireland"},
		{"Newry, Ireland, UK", "Newry, Ireland, UK"}, // country is not the last part
		{"Ireland", "Ireland"},
	} {
		if got := northIrishTownLoc(c.in); got != c.want {
			t.Errorf("northIrishTownLoc(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
