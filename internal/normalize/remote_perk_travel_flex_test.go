package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// perkTravelFlexCases pin two qualifiers of a remote cue in remote.go: work
// from anywhere while travelling is a perk of an office job (perkAfter),
// and flexibility regarding remote work is a part of the week, not the
// role's place (partialBefore). Traps: the role's own remote statement
// beside such a perk, travel that is the job, remote work with no
// flexibility qualifier.
var perkTravelFlexCases = []truthCase{
	{name: "work from anywhere while travelling", p: model.Posting{Title: "Account Manager", Locations: []string{"Oslo"}, DescriptionText: "Perks: gym card, lunch, and you can work from anywhere while travelling."}, remote: "!remote"},
	{name: "work from anywhere when you are on vacation", p: model.Posting{Title: "Account Manager", Locations: []string{"Oslo"}, DescriptionText: "Work from anywhere when you are on vacation, up to a month."}, remote: "!remote"},
	{name: "flexibility around remote work", p: model.Posting{Title: "Account Manager", Locations: []string{"Oslo"}, DescriptionText: "We offer flexibility around remote work and a yearly bonus."}, remote: "!remote"},

	{name: "trap: the role is remote beside a travel perk", p: model.Posting{Title: "Account Manager", DescriptionText: "This is a fully remote role. Work from anywhere while travelling, too."}, remote: "remote"},
	{name: "trap: travel is the job", p: model.Posting{Title: "Field Auditor", DescriptionText: "This role is remote; you will travel to client sites each month."}, remote: "remote"},
	{name: "trap: remote work with no qualifier", p: model.Posting{Title: "Account Manager", DescriptionText: "This is a remote position open across Norway."}, remote: "remote"},
}

func TestPerkTravelFlexCases(t *testing.T) {
	for _, tc := range perkTravelFlexCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
