package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// caStatePTECases pin a US pay-transparency sentence that
// names its city as "City, CA" keeps US dollars (CA is California there),
// and a type field of "PTE" (a part-time employee). Traps: a Canadian
// city or province in the same sentence still reads Canadian dollars.
var caStatePTECases = []truthCase{
	{name: "california city with state code", p: model.Posting{Title: "Planner", DescriptionText: "Base pay for this job in Irvine, CA is $98,000 to $121,000 per year."}, pay: "98000 121000 USD year"},
	{name: "another california town", p: model.Posting{Title: "Planner", DescriptionText: "For candidates hired in Walnut Creek, CA the hourly range is $38 - $46 per hour."}, pay: "38 46 USD hour"},
	{name: "state code before a comma clause", p: model.Posting{Title: "Planner", DescriptionText: "If based in Pasadena, CA, the range is $88,000 - $104,000 per year."}, pay: "88000 104000 USD year"},

	{name: "trap: canadian province code", p: model.Posting{Title: "Planner", DescriptionText: "The range in Vancouver, BC is $71,000 - $84,000 per year."}, pay: "71000 84000 CAD year"},
	{name: "trap: canadian city with a country code", p: model.Posting{Title: "Planner", DescriptionText: "Salary for our Calgary, CA team is $66,000 - $79,000 per year."}, pay: "66000 79000 CAD year"},
	{name: "trap: canada written", p: model.Posting{Title: "Planner", DescriptionText: "The range in Kelowna, Canada is $61,000 - $70,000 per year."}, pay: "61000 70000 CAD year"},

	{name: "pte type field", p: model.Posting{Title: "Clerk", EmploymentType: "PTE"}, jobType: "part_time"},
	{name: "trap: fte type field", p: model.Posting{Title: "Clerk", EmploymentType: "FTE"}, jobType: "full_time"},
}

func TestCAStatePTECases(t *testing.T) {
	runFieldCases(t, caStatePTECases)
}

func TestCAStateOnly(t *testing.T) {
	for s, want := range map[string]bool{
		"the range in Irvine, CA is $98,000":      true,
		"the range in Calgary, CA is $66,000":     false,
		"the range in Vancouver, BC is $71,000":   false,
		"the range in Ottawa is $60,000":          false,
		"hired in Walnut Creek, CA: $38 per hour": true,
	} {
		if got := caStateOnly(s); got != want {
			t.Errorf("caStateOnly(%q) = %v, want %v", s, got, want)
		}
	}
}
