package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// groupListWholeTextCases pin region_group_list_whole_text.go: a location field listing only areas
// wider than a country, and a remote listing whose whole description is one
// place. Traps: towns or countries in the list, a list with one area and an
// office, a one-word description on a listing that is not remote.
var groupListWholeTextCases = []truthCase{
	{name: "two areas parted by a semicolon", p: model.Posting{Title: "Support Lead", Locations: []string{"APAC; EMEA"}}, remote: "remote", regions: "APAC,EMEA"},
	{name: "areas parted by a bar", p: model.Posting{Title: "Solutions Consultant", Locations: []string{"LATAM | Americas"}}, remote: "remote", regions: "LATAM,Americas"},
	{name: "continent names with a comma", p: model.Posting{Title: "Designer", Locations: []string{"Europe, North America"}}, remote: "remote", regions: "EU,US,CA"},
	{name: "whole description one world word", p: model.Posting{Title: "Writer", Locations: []string{"Flexible / Remote"}, DescriptionText: "Worldwide"}, remote: "remote", regions: "worldwide"},
	{name: "whole description an area with markup", p: model.Posting{Title: "Recruiter", RemoteHint: "remote", DescriptionText: "<div>EMEA.</div>"}, remote: "remote", regions: "EMEA"},

	{name: "trap: two towns", p: model.Posting{Title: "Barista", Locations: []string{"Leeds; York"}}, regions: "none"},
	{name: "trap: area beside an office town", p: model.Posting{Title: "Account Manager", Locations: []string{"EMEA; Dublin"}}, regions: "!EMEA"},
	{name: "trap: one-word description on a site job", p: model.Posting{Title: "Cook", Locations: []string{"Lyon, France"}, RemoteHint: "onsite", DescriptionText: "Anywhere."}, regions: "none"},
}

func TestGroupListWholeTextCases(t *testing.T) {
	for _, tc := range groupListWholeTextCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}

func TestGroupListEntry(t *testing.T) {
	for loc, want := range map[string]int{
		"EMEA; APAC":        2,
		"Americas / Europe": 2,
		"EMEA":              0, // one area: read elsewhere
		"Spain, Portugal":   0, // countries, not areas
		"Worldwide; EMEA":   0,
		"Paris; EMEA":       0,
		"DACH, Nordics":     8,
	} {
		if got := len(groupListEntry(loc)); got != want {
			t.Errorf("groupListEntry(%q) gave %d regions, want %d", loc, got, want)
		}
	}
}
