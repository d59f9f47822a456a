package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// worldHeadCases pin region_world_head_clause.go: the world opening a
// location entry, then the company's base or a meeting time. Traps: a
// place after the world alone, a residence after the world, the base
// before the world.
var worldHeadCases = []truthCase{
	{name: "worldwide, company based in a city", p: model.Posting{Title: "Growth Marketer", Locations: []string{"Worldwide (company based in Toronto, Canada)"}, RemoteHint: "remote"}, regions: "worldwide"},
	{name: "anywhere - HQ in a city", p: model.Posting{Title: "Growth Marketer", Locations: []string{"Anywhere - HQ in Austin, TX"}, RemoteHint: "remote"}, regions: "worldwide"},
	{name: "global, but a meeting time", p: model.Posting{Title: "Growth Marketer", Locations: []string{"Global, but you should join our weekly CET meetings"}, RemoteHint: "remote"}, regions: "worldwide"},
	{name: "remote - worldwide; we are headquartered", p: model.Posting{Title: "Growth Marketer", Locations: []string{"Remote - Worldwide; we're headquartered in Dublin"}}, remote: "remote", regions: "worldwide"},

	{name: "trap: a place after the world alone", p: model.Posting{Title: "Growth Marketer", Locations: []string{"Worldwide, Latin America"}, RemoteHint: "remote"}, regions: "LATAM"},
	{name: "trap: a residence after the world", p: model.Posting{Title: "Growth Marketer", Locations: []string{"Anywhere - must live in Canada"}, RemoteHint: "remote"}, regions: "CA"},
	{name: "trap: a base before the world", p: model.Posting{Title: "Growth Marketer", Locations: []string{"Based in Spain, worldwide clients"}, RemoteHint: "remote"}, regions: "ES"},
}

func TestWorldHeadCases(t *testing.T) {
	for _, tc := range worldHeadCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
