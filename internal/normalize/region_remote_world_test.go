package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// remoteWorldCases pin region_remote_world.go. Traps: the word inside a
// name ("World Bank", "World Health Organization"), a world region, a
// world-class team.
var remoteWorldCases = []truthCase{
	{name: "capital remote with world in brackets", p: model.Posting{Title: "Illustrator", Locations: []string{"REMOTE (World)"}}, remote: "remote", regions: "worldwide"},
	{name: "remote dash world", p: model.Posting{Title: "Illustrator", Locations: []string{"Remote – world"}}, remote: "remote", regions: "worldwide"},
	{name: "whole world then remote", p: model.Posting{Title: "Illustrator", Locations: []string{"The whole world (fully remote)"}}, remote: "remote", regions: "worldwide"},

	{name: "trap: a bank's name", p: model.Posting{Title: "Illustrator", Locations: []string{"Remote - World Bank office"}}, regions: "!worldwide"},
	{name: "trap: a world region", p: model.Posting{Title: "Illustrator", Locations: []string{"Remote (Arab World)"}}, regions: "!worldwide"},
	{name: "trap: world class", p: model.Posting{Title: "Illustrator", Locations: []string{"Remote, world-class team"}}, regions: "!worldwide"},
}

func TestRemoteWorldCases(t *testing.T) {
	for _, tc := range remoteWorldCases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.regions != "" && tc.regions[0] == '!' {
				p := tc.p
				if got := worldLocRegions(p.Locations[0]); len(got) == 1 && got[0] == tc.regions[1:] {
					t.Errorf("worldLocRegions(%q) = %v", p.Locations[0], got)
				}
				return
			}
			checkFieldCaseNot(t, tc, fieldCaseOpts)
		})
	}
}

// FuzzRemoteWorldLoc reads any location: no panic, and worldwide only
// with "remote" and "world" in it.
func FuzzRemoteWorldLoc(f *testing.F) {
	for _, tc := range remoteWorldCases {
		f.Add(tc.p.Locations[0])
	}
	f.Fuzz(func(t *testing.T, s string) {
		if remoteWorldLoc(s) && (!containsFold(s, "remote") || !containsFold(s, "world")) {
			t.Errorf("remoteWorldLoc(%q) with no remote or world word", s)
		}
	})
}
