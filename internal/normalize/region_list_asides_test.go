package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// listAsideCases pin region_list_asides.go: a short bracketed aside inside
// a list of places does not end the list. Traps: an aside at the list's
// end, an aside followed by a new sentence, a long bracket, a bracket that
// never closes.
var listAsideCases = []truthCase{
	{name: "aside after a country, list goes on", p: model.Posting{Title: "Payments Engineer", Locations: []string{"Remote"}, DescriptionText: "We can hire people located in Spain, Portugal (mainland only), Italy and Greece."}, regions: "ES,PT,IT,GR"},
	{name: "aside then and", p: model.Posting{Title: "Payments Engineer", Locations: []string{"Remote"}, DescriptionText: "Open to candidates based in Mexico (any city) and Colombia."}, regions: "MX,CO"},
	{name: "aside then ampersand", p: model.Posting{Title: "Payments Engineer", Locations: []string{"Remote"}, DescriptionText: "You must reside in Australia (any state) & New Zealand."}, regions: "AU,NZ"},

	{name: "trap: aside at the end of the list", p: model.Posting{Title: "Payments Engineer", Locations: []string{"Remote"}, DescriptionText: "You must be based in Norway (Oslo area). We meet twice a year in Berlin."}, regions: "NO"},
	{name: "trap: aside followed by a new clause", p: model.Posting{Title: "Payments Engineer", Locations: []string{"Remote"}, DescriptionText: "You must be based in Ireland (we hire through an EOR) with good English."}, regions: "IE"},
	{name: "trap: a long bracket ends the list", p: model.Posting{Title: "Payments Engineer", Locations: []string{"Remote"}, DescriptionText: "Candidates located in Chile (our legal entity there handles payroll, benefits, equipment and taxes for everyone), Peru and Bolivia."}, regions: "CL"},
	{name: "trap: an unclosed bracket", p: model.Posting{Title: "Payments Engineer", Locations: []string{"Remote"}, DescriptionText: "Candidates located in Chile (or nearby, Peru and Bolivia"}, regions: "CL"},
}

func TestListAsideCases(t *testing.T) {
	for _, tc := range listAsideCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
