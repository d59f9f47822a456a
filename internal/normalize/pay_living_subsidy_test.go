package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A subsidy or allowance for a living cost (rice, clothing, laundry, fuel,
// phone, internet) is no pay, with or without a period after it; the pay
// beside it is still read. Traps: such a word not followed by a sum's noun.
func TestPayLivingSubsidy(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "rice subsidy monthly", p: model.Posting{Title: "Encoder", Locations: []string{"Quezon City"}, DescriptionText: "Perks: rice subsidy ₱2,000 a month, HMO from day one."}, pay: "-"},
		{name: "clothing subsidy", p: model.Posting{Title: "Teller", Locations: []string{"Cebu City"}, DescriptionText: "We give a clothing subsidy of ₱6,000 per year."}, pay: "-"},
		{name: "phone subsidy", p: model.Posting{Title: "Field Rep", DescriptionText: "Phone subsidy $40 monthly for field staff."}, pay: "-"},
		{name: "salary beside a rice subsidy", p: model.Posting{Title: "Clerk", Locations: []string{"Davao City"}, DescriptionText: "Salary: ₱18,000 per month. Rice subsidy ₱1,200 per month."}, pay: "18000 18000 PHP month"},

		{name: "trap: gas station job", p: model.Posting{Title: "Cashier", DescriptionText: "Gas station cashier, $16 per hour."}, pay: "16 16 USD hour"},
		{name: "trap: phone support pay", p: model.Posting{Title: "Agent", DescriptionText: "Phone support agents earn $19/hr."}, pay: "19 19 USD hour"},
	})
}
