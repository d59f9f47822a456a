package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A list of places whose last item goes on with the clause's verb keeps
// that last place ("Mexico, Colombia or Chile will be considered"); a
// capitalized sentence after the list still ends it (regions_extra.go
// regionList, region_world_demand_more.go onlyApplicantsIn).
func TestRegionListLastVerb(t *testing.T) {
	runFieldCasesShortAndLong(t, []truthCase{
		{name: "three places then will", p: model.Posting{Title: "Sales Intern", Locations: []string{"Remote"},
			DescriptionText: "Only candidates in Mexico, Colombia or Chile will be considered."}, regions: "MX,CO,CL"},
		{name: "two places then will", p: model.Posting{Title: "Sales Intern", Locations: []string{"Remote"},
			DescriptionText: "Only candidates in Mexico or Peru will be considered."}, regions: "MX,PE"},
		{name: "two places then are", p: model.Posting{Title: "Sales Intern", Locations: []string{"Remote"},
			DescriptionText: "Applicants in Germany or Austria are welcome."}, regions: "DE,AT"},
		{name: "trap: a sentence after the list", p: model.Posting{Title: "Sales Intern", Locations: []string{"Remote"},
			DescriptionText: "Candidates in Canada or Australia. Our Brazil team will train you."}, regions: "CA,AU"},
	})
}
