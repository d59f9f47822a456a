package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// anywhereTeamCases pin the team that may close a work-from-anywhere phrase
// in worldwideOpen (regions_extra.go): "work from anywhere on our
// distributed team" is open worldwide as "work from anywhere." is. Traps:
// a team named by its place, a span of days after the team (a perk) and a
// remote entry naming a country stay as they were.
var anywhereTeamCases = []truthCase{
	{name: "anywhere on a distributed team, full stop", p: model.Posting{Title: "Support Agent", RemoteHint: "remote",
		DescriptionText: "Our support crew is remote: you work from anywhere on our distributed team."}, regions: "worldwide"},
	{name: "anywhere with a fully remote team at the end", p: model.Posting{Title: "Writer", Locations: []string{"Remote"},
		DescriptionText: "Writers here work remotely from anywhere with a fully remote team"}, regions: "worldwide"},
	{name: "anywhere as part of the team, no adjective", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Analysts work from anywhere as part of the team. Pay is monthly."}, regions: "worldwide"},
	{name: "trap: a team named by its city", p: model.Posting{Title: "Analyst", Locations: []string{"Remote"},
		DescriptionText: "Work from anywhere on our Lisbon team."}, regions: "none"},
	{name: "trap: a span of days after the team is a perk", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Perk: work from anywhere on our team for three weeks a year."}, regions: "none"},
	{name: "trap: the remote entry names the country", p: model.Posting{Title: "Analyst", Locations: []string{"Remote - Canada"},
		DescriptionText: "Work from anywhere on our distributed team."}, regions: "CA"},
}

func TestAnywhereTeamCases(t *testing.T) {
	runFieldCases(t, anywhereTeamCases)
}
