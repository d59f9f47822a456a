package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// requirementListCases pin region_requirement_lists.go: a work
// authorization naming a list of countries narrows a global location
// label to all of them. Traps: a place in the next sentence, a team that
// works from anywhere, a list outside the place named.
var requirementListCases = []truthCase{
	{name: "following countries over a global label", p: model.Posting{Title: "Developer", Locations: []string{"Remote - Global"},
		DescriptionText: "You need to be authorised to work in one of the following countries: Spain, Italy, Portugal, or Greece."}, remote: "remote", regions: "ES,IT,PT,GR"},
	{name: "two countries joined by or", p: model.Posting{Title: "Developer", Locations: []string{"Remote - Global"},
		DescriptionText: "Applicants must be authorized to work in the United States or Canada."}, remote: "remote", regions: "US,CA"},
	{name: "eligible to work in any of the following", p: model.Posting{Title: "Developer", Locations: []string{"Worldwide"},
		DescriptionText: "You must be eligible to work in any of the following locations: Ireland, Netherlands and Belgium."}, remote: "remote", regions: "IE,NL,BE"},
	{name: "the list with a plain remote label", p: model.Posting{Title: "Developer", Locations: []string{"Remote"},
		DescriptionText: "Applicants must be authorized to work in one of the following countries: Mexico, Colombia, or Chile."}, remote: "remote", regions: "MX,CO,CL"},

	{name: "trap: a place in the next sentence", p: model.Posting{Title: "Developer", Locations: []string{"Remote - Global"},
		DescriptionText: "You need to be authorised to work in one of the following countries: Spain, Italy. Our wider community includes engineers in Kenya."}, remote: "remote", regions: "!KE"},
	{name: "trap: a team working from anywhere", p: model.Posting{Title: "Developer", Locations: []string{"Remote"},
		DescriptionText: "We are a distributed crew and people can work from anywhere."}, remote: "remote", regions: "worldwide"},
	{name: "trap: a list outside the place named", p: model.Posting{Title: "Developer", Locations: []string{"Remote - US"},
		DescriptionText: "Applicants must be authorized to work in one of the following countries: France or Belgium."}, remote: "remote", regions: "US"},
}

func TestRequirementListCases(t *testing.T) {
	runFieldCases(t, requirementListCases)
}

// FuzzRequirementListRegions reads any text: no panic, no worldwide, no
// region twice.
func FuzzRequirementListRegions(f *testing.F) {
	for _, tc := range requirementListCases {
		f.Add(tc.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		seen := map[string]bool{}
		for _, r := range requirementListRegions(s) {
			if r == RegionWorldwide || seen[r] {
				t.Errorf("requirementListRegions(%q) = %v", s, requirementListRegions(s))
			}
			seen[r] = true
		}
	})
}
