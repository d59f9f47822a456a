package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// worldEntryCases pin region_world_entry_absorbs.go: an entry that is the
// world alone beside entries naming places. Traps: one entry naming the
// world and a place, a hybrid office entry, two countries, the text's own
// scope, and a world word that is no place ("global team").
var worldEntryCases = []truthCase{
	{name: "office country beside a worldwide requirement", p: model.Posting{Title: "Support Lead", Locations: []string{"DE", "Worldwide"}, RemoteHint: "remote"}, regions: "worldwide"},
	{name: "office address beside anywhere", p: model.Posting{Title: "Support Lead", Locations: []string{"Lisbon, Portugal", "Anywhere"}, RemoteHint: "remote"}, regions: "worldwide"},
	{name: "remote country entry beside worldwide", p: model.Posting{Title: "Support Lead", Locations: []string{"Remote, PH", "Worldwide"}, RemoteHint: "remote"}, regions: "worldwide"},
	{name: "world entry first", p: model.Posting{Title: "Support Lead", Locations: []string{"Remote - Global", "Canada"}, RemoteHint: "remote"}, regions: "worldwide"},
	{name: "anywhere in the world beside a city", p: model.Posting{Title: "Support Lead", Locations: []string{"Anywhere in the World", "Austin"}}, remote: "remote", regions: "worldwide"},

	{name: "trap: one entry narrows the world", p: model.Posting{Title: "Support Lead", Locations: []string{"Worldwide, Latin America"}, RemoteHint: "remote"}, regions: "LATAM"},
	{name: "trap: a hybrid office entry is kept", p: model.Posting{Title: "Support Lead", Locations: []string{"Hybrid - Madrid, Spain", "Worldwide"}, RemoteHint: "remote"}, regions: "ES"},
	{name: "trap: two countries stay two", p: model.Posting{Title: "Support Lead", Locations: []string{"Poland", "Romania"}, RemoteHint: "remote"}, regions: "PL,RO"},
	{name: "trap: the text narrows a world entry", p: model.Posting{Title: "Support Lead", Locations: []string{"Germany", "Worldwide"}, RemoteHint: "remote", DescriptionText: "Candidates must be based in Germany."}, regions: "DE"},
	{name: "trap: a global team is no world entry", p: model.Posting{Title: "Support Lead", Locations: []string{"Global Support Team", "Ireland"}, RemoteHint: "remote"}, regions: "IE"},
}

func TestWorldEntryCases(t *testing.T) {
	for _, tc := range worldEntryCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
