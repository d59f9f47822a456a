package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A band labelled by cost-of-living tier of places is pay (a lower tier
// only when it is the only band); a cost of living allowance or adjustment
// stays no pay.
func TestPayCostOfLivingTier(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "lower tier areas", p: model.Posting{Title: "Data Engineer", DescriptionText: "Reduced cost of living areas: $118,400-$140,200"}, pay: "118400 140200 USD year"},
		{name: "higher tier regions", p: model.Posting{Title: "Designer", DescriptionText: "High cost of living regions: $152,000 - $181,500"}, pay: "152000 181500 USD year"},
		{name: "tier in the pay field", p: model.Posting{Title: "Analyst", PayText: "Standard cost of living locations: $97,300-$121,000"}, pay: "97300 121000 USD year"},
		{name: "markets wording", p: model.Posting{Title: "SRE", DescriptionText: "For candidates in low cost of living markets the range is $104,000 to $129,000 per year."}, pay: "104000 129000 USD year"},

		{name: "lower tier beside the standard one", p: model.Posting{Title: "Engineer", DescriptionText: "Lower cost of living areas: $120,000-$150,000. Standard areas: $134,000-$168,000."}, pay: "134000 168000 USD year"},

		{name: "trap: cost of living allowance", p: model.Posting{Title: "Teacher", DescriptionText: "A cost of living allowance of $450 per month is added."}, pay: "-"},
		{name: "trap: cost of living adjustment", p: model.Posting{Title: "Clerk", DescriptionText: "Cost of living adjustment: $1,800 a year."}, pay: "-"},
		{name: "trap: tier label then a bonus", p: model.Posting{Title: "Rep", DescriptionText: "Lower cost of living areas get a sign-on bonus of $5,000."}, pay: "-"},
	})
}
