package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// leadTownCases pin region_lead_town.go: a leading town that is a
// namesake of a city abroad, initials that head an area's name, and the
// words for the contiguous US. Traps: a list of places, a middle part that
// names the town's own country, initials that are a country code.
var leadTownCases = []truthCase{
	{name: "namesake town, state, country", p: model.Posting{Title: "Nurse", Locations: []string{"Lucknow, Ohio, USA"}, RemoteHint: "remote"}, regions: "US"},
	{name: "namesake town, province, country", p: model.Posting{Title: "Nurse", Locations: []string{"Delhi, Ontario, Canada"}, RemoteHint: "remote"}, regions: "CA"},
	{name: "namesake town, country in brackets", p: model.Posting{Title: "Nurse", Locations: []string{"Delhi (Canada)"}, RemoteHint: "remote"}, regions: "CA"},
	{name: "area initials before nagar", p: model.Posting{Title: "Nurse", Locations: []string{"RT Nagar, Bengaluru"}, RemoteHint: "remote"}, regions: "IN"},
	{name: "area initials before puram", p: model.Posting{Title: "Nurse", Locations: []string{"KR Puram, Bangalore"}, RemoteHint: "remote"}, regions: "IN"},
	{name: "contiguous states acronym", p: model.Posting{Title: "Analyst", Locations: []string{"Remote - CONUS only"}}, regions: "US"},
	{name: "lower forty-eight", p: model.Posting{Title: "Analyst", Locations: []string{"Remote (Lower 48)"}}, regions: "US"},

	{name: "trap: a list of two places", p: model.Posting{Title: "Nurse", Locations: []string{"Chennai, India; Leeds, United Kingdom"}, RemoteHint: "remote"}, regions: "IN,GB"},
	{name: "trap: middle part names the town's country", p: model.Posting{Title: "Nurse", Locations: []string{"Pune, Maharashtra, India"}, RemoteHint: "remote"}, regions: "IN"},
	{name: "trap: code before a place name", p: model.Posting{Title: "Nurse", Locations: []string{"Remote - JP Tokyo"}}, regions: "JP"},
	{name: "trap: lower without the number", p: model.Posting{Title: "Analyst", Locations: []string{"Remote - Lower Saxony, Germany"}}, regions: "DE"},
}

func TestLeadTownCases(t *testing.T) {
	for _, tc := range leadTownCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}

// auJoinedCases pin the changes to region_au_state_alone.go: a
// Seek field joining two areas with "&" before the state code, and a mode
// word before the code.
var auJoinedCases = []truthCase{
	{name: "two areas joined before the code", p: model.Posting{Title: "Driver", Locations: []string{"Mackay & Coalfields QLD"}, RemoteHint: "remote"}, regions: "AU"},
	{name: "town, two areas joined, code", p: model.Posting{Title: "Driver", Locations: []string{"Ballarat, Ararat & Grampians VIC"}, RemoteHint: "remote"}, regions: "AU"},
	{name: "mode word dash code", p: model.Posting{Title: "Driver", Locations: []string{"Remote - QLD"}}, regions: "AU"},
	{name: "trap: a shared code after a mode word stays unread", p: model.Posting{Title: "Driver", Locations: []string{"Remote, WA"}}, regions: "US"},
}

func TestAUJoinedCases(t *testing.T) {
	for _, tc := range auJoinedCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
