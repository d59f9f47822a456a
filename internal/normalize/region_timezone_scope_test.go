package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// euZoneCases pin region_timezone_scope.go. Traps: UTC+10 and UTC+3,
// US and UK zones, a meeting time in CET, a region already named.
var euZoneCases = []truthCase{
	{name: "core hours in cest", p: model.Posting{Title: "Dev", Locations: []string{"Remote"}, DescriptionText: "Our core hours are in CEST."}, regions: "EU"},
	{name: "utc plus two or three", p: model.Posting{Title: "Dev", Locations: []string{"Remote"}, DescriptionText: "Candidates in UTC+2 or UTC+3 welcome."}, regions: "EU"},
	{name: "europe-wide job", p: model.Posting{Title: "Dev", Locations: []string{"Remote"}, DescriptionText: "The job is Europe-wide."}, regions: "EU"},
	{name: "cet business hours", p: model.Posting{Title: "Support", Locations: []string{"Remote"}, DescriptionText: "You will cover CET business hours for our clients."}, regions: "EU"},
	{name: "gmt plus one with minutes", p: model.Posting{Title: "Support", Locations: []string{"Remote"}, DescriptionText: "We work within GMT+1:00, give or take an hour."}, regions: "EU"},
	{name: "pan-european team", p: model.Posting{Title: "Ops", Locations: []string{"Remote"}, DescriptionText: "Join a pan-European team of planners."}, regions: "EU"},

	{name: "trap: utc plus ten", p: model.Posting{Title: "Dev", Locations: []string{"Remote"}, DescriptionText: "Core hours overlap UTC+10 (Brisbane)."}, regions: "none"},
	{name: "trap: utc plus three alone", p: model.Posting{Title: "Dev", Locations: []string{"Remote"}, DescriptionText: "We sit in UTC+3."}, regions: "none"},
	{name: "trap: utc minus five", p: model.Posting{Title: "Dev", Locations: []string{"Remote"}, DescriptionText: "We are in UTC-5."}, regions: "none"},
	{name: "trap: a meeting time", p: model.Posting{Title: "Dev", Locations: []string{"Remote"}, DescriptionText: "The kickoff call is at 10:00 CET."}, regions: "none"},
	{name: "trap: a place already named", p: model.Posting{Title: "Dev", Locations: []string{"Remote - Canada"}, DescriptionText: "Hours are in CET."}, regions: "CA"},
	{name: "trap: an on-site listing", p: model.Posting{Title: "Dev", Locations: []string{"Lyon"}, DescriptionText: "This role is on-site. Hours are in CET."}, regions: "none"},
}

func TestEUZoneCases(t *testing.T) { runFieldCases(t, euZoneCases) }

// FuzzEUZoneRegions reads any text: no panic, EU or nothing, and nothing
// for a text with no zone, no "europe" and no "european".
func FuzzEUZoneRegions(f *testing.F) {
	for _, tc := range euZoneCases {
		f.Add(tc.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		rs := euZoneRegions(s)
		if rs == nil {
			return
		}
		if len(rs) != 1 || rs[0] != "EU" {
			t.Errorf("euZoneRegions(%q) = %v", s, rs)
		}
		if !containsFold(s, "europe") && !containsFold(s, "et") && !containsFold(s, "est") && !containsFold(s, "utc") && !containsFold(s, "gmt") {
			t.Errorf("euZoneRegions(%q) = %v with no zone", s, rs)
		}
	})
}
