package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// perkThingCases pin remote_perk_things.go: a remote word followed by goods
// or money for home work is a perk. Traps: the perk beside a stated remote
// role, a clause break before the goods, and an allowance already read.
var perkThingCases = []truthCase{
	{name: "home equipment in a benefits line", p: model.Posting{Title: "Site Engineer", DescriptionText: "Benefits: Work from Home Equipment and a car lease."}, remote: "unknown"},
	{name: "wfh furniture budget", p: model.Posting{Title: "Site Engineer", DescriptionText: "Perks include a WFH furniture budget and a gym pass."}, remote: "unknown"},
	{name: "remote work expenses", p: model.Posting{Title: "Site Engineer", DescriptionText: "We pay remote work expenses for team members."}, remote: "unknown"},

	{name: "trap: perk beside a remote role", p: model.Posting{Title: "Site Engineer", DescriptionText: "This is a fully remote role. Work from home equipment is provided."}, remote: "remote"},
	{name: "trap: clause break before equipment", p: model.Posting{Title: "Site Engineer", DescriptionText: "This role is work from home; equipment is provided."}, remote: "remote"},
	{name: "trap: remote location with a budget line", p: model.Posting{Title: "Site Engineer", Locations: []string{"Remote - UK"}, DescriptionText: "A home office budget is included."}, remote: "remote"},
}

func TestPerkThingCases(t *testing.T) { runFieldCases(t, perkThingCases) }
