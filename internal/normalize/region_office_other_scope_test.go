package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A board's remote field beside an office town: the description's own
// scope is where the remote work may be done from. Traps: no remote field,
// a location with a scope word, a description with no scope, and a perk.
func TestOfficeOtherScope(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "country line beside a US town", p: model.Posting{Title: "Support Intern", Locations: []string{"Seattle, WA"}, RemoteHint: "remote", DescriptionText: "Remote - Philippines\nAnswer tickets from our users."}, regions: "PH"},
		{name: "within one country only", p: model.Posting{Title: "Researcher", Locations: []string{"Boston, MA"}, RemoteHint: "remote", DescriptionText: "This position is remote within Mexico only."}, regions: "MX"},
		{name: "anywhere in a country", p: model.Posting{Title: "Tutor", Locations: []string{"Austin, TX"}, RemoteHint: "remote", DescriptionText: "You can work remotely from anywhere in Kenya."}, regions: "KE"},
		{name: "remote anywhere in brackets", p: model.Posting{Title: "Writer", Locations: []string{"Dublin, Ireland"}, RemoteHint: "remote", DescriptionText: "Remote (anywhere in the world)\nWrite help articles."}, regions: "worldwide"},
		{name: "can be done from anywhere", p: model.Posting{Title: "Writer", Locations: []string{"Toronto, ON"}, RemoteHint: "remote", DescriptionText: "The work can be done from anywhere in the world."}, regions: "worldwide"},

		{name: "trap: no remote field keeps the town", p: model.Posting{Title: "Engineer", Locations: []string{"Denver, CO"}, DescriptionText: "Fully remote within Mexico."}, regions: "US"},
		{name: "trap: a scope word in the location", p: model.Posting{Title: "Engineer", Locations: []string{"Remote - Germany"}, RemoteHint: "remote", DescriptionText: "Remote within Europe."}, regions: "DE"},
		{name: "trap: no scope in the text", p: model.Posting{Title: "Engineer", Locations: []string{"Denver, CO"}, RemoteHint: "remote", DescriptionText: "This is a fully remote role."}, regions: "US"},
		{name: "trap: a policy to work from wherever you are", p: model.Posting{Title: "Architect", Locations: []string{"Washington, D.C."}, RemoteHint: "remote", DescriptionText: "Benefits: a flexible policy that lets you work from wherever you are, given an internet connection."}, regions: "US"},
		{name: "trap: a perk of work from anywhere", p: model.Posting{Title: "Engineer", Locations: []string{"Denver, CO"}, RemoteHint: "remote", DescriptionText: "Perks: you may work from anywhere for four weeks a year."}, regions: "US"},
	})
}
