package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// groupMembersNamedCases pin region_group_members_named.go. Traps: an
// office town inside the group, a single member named, a country outside
// the group beside members, every member named, a group-free listing.
var groupMembersNamedCases = []truthCase{
	{name: "nordic location and two members in the text", p: model.Posting{Title: "Analyst", Locations: []string{"Remote - Nordics"},
		DescriptionText: "We can employ analysts living in Norway or Denmark."}, remote: "remote", regions: "NO,DK"},
	{name: "benelux location and two members", p: model.Posting{Title: "Analyst", Locations: []string{"Remote (Benelux)"},
		DescriptionText: "Applicants should reside in Belgium or the Netherlands."}, remote: "remote", regions: "BE,NL"},
	{name: "balkans with a colon list in the text", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "We are hiring remotely across the Balkans: Slovenia, Greece and Romania."}, regions: "SI,GR,RO"},

	{name: "trap: an office town inside the group", p: model.Posting{Title: "Analyst", Locations: []string{"Remote - Nordics"},
		DescriptionText: "Our offices are in Copenhagen and Helsinki."}, remote: "remote", regions: "SE,NO,DK,FI,IS"},
	{name: "trap: one member named", p: model.Posting{Title: "Analyst", Locations: []string{"Remote - Nordics"},
		DescriptionText: "Most of the team lives in Norway."}, remote: "remote", regions: "SE,NO,DK,FI,IS"},
	{name: "trap: a country outside the group beside members", p: model.Posting{Title: "Analyst", Locations: []string{"Remote - Nordics"},
		DescriptionText: "We pay like employers in Sweden, Finland and Germany."}, remote: "remote", regions: "SE,NO,DK,FI,IS"},
	{name: "trap: every member named", p: model.Posting{Title: "Analyst", Locations: []string{"Remote (Benelux)"},
		DescriptionText: "Open to Belgium, the Netherlands and Luxembourg."}, remote: "remote", regions: "BE,NL,LU"},
	{name: "trap: where customers are", p: model.Posting{Title: "Analyst", Locations: []string{"Remote - DACH"},
		DescriptionText: "We sell to shops in Germany and Austria."}, remote: "remote", regions: "DE,AT,CH"},
}

func TestGroupMembersNamedCases(t *testing.T) {
	for _, tc := range groupMembersNamedCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
