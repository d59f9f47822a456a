package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// atsJoinedCases pin region_ats_joined.go (round 29c: enterprise ATS
// location strings and town spellings), in our own words, with traps.
var atsJoinedCases = []truthCase{
	// Locations joined with a bar, each ending in a country code.
	{name: "bar joined nordic and german", p: model.Posting{Title: "SRE", RemoteHint: "remote", Locations: []string{"Tampere, FI | Hamburg, DE"}}, regions: "FI,DE"},
	{name: "bar joined indian towns", p: model.Posting{Title: "SRE", RemoteHint: "remote", Locations: []string{"Pune, MH, IN | Chennai, TN, IN"}}, regions: "IN"},
	{name: "bar joined us towns stay us", p: model.Posting{Title: "SRE", RemoteHint: "remote", Locations: []string{"Reno, NV, US | Boise, ID, US"}}, regions: "US"},
	// City, subdivision code, country code.
	{name: "dutch town with province and country code", p: model.Posting{Title: "SRE", RemoteHint: "remote", Locations: []string{"Utrecht, UT, NL"}}, regions: "NL"},
	{name: "dutch town with us-like middle code", p: model.Posting{Title: "SRE", RemoteHint: "remote", Locations: []string{"Haarlem, NH, NL"}}, regions: "NL"},
	{name: "canadian town with province and country", p: model.Posting{Title: "SRE", RemoteHint: "remote", Locations: []string{"Gander, NL, CA"}}, regions: "CA"},
	{name: "middle part that is no code keeps the old reading", p: model.Posting{Title: "SRE", RemoteHint: "remote", Locations: []string{"Leiden, Zuid-Holland, NL"}}, regions: "NL"},
	// A town under two spellings of one country, and without its accents.
	{name: "colombian capital with accent", p: model.Posting{Title: "SRE", RemoteHint: "remote", Locations: []string{"Bogotá"}}, regions: "CO"},
	{name: "colombian second city plain", p: model.Posting{Title: "SRE", RemoteHint: "remote", Locations: []string{"Medellin"}}, regions: "CO"},
	{name: "german town without umlaut", p: model.Posting{Title: "SRE", RemoteHint: "remote", Locations: []string{"Dusseldorf"}}, regions: "DE"},
	{name: "swiss town without umlaut", p: model.Posting{Title: "SRE", RemoteHint: "remote", Locations: []string{"Zurich"}}, regions: "CH"},
	{name: "town in two countries stays unread", p: model.Posting{Title: "SRE", RemoteHint: "remote", Locations: []string{"Valencia"}}, regions: "none"},
}

func TestATSJoinedRegions(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range atsJoinedCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
