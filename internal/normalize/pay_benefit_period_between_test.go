package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// benefitPeriodBetweenCases pin the benefit guard in pay.go with a period
// word between the amount and the benefit: "$750 monthly housing
// allowance" is a perk, not pay. Traps: the salary beside such a perk is
// still read, and an amount with a period and no benefit word is pay.
var benefitPeriodBetweenCases = []truthCase{
	{name: "monthly housing allowance alone", p: model.Posting{Title: "Site Engineer", Locations: []string{"Denver, CO"}, DescriptionText: "Reviews twice a year; $750 monthly housing allowance."}, pay: "-"},
	{name: "annual learning budget alone", p: model.Posting{Title: "Designer", DescriptionText: "Perks: $1,200 annual learning budget and a laptop."}, pay: "-"},
	{name: "trap: salary beside a monthly meal allowance", p: model.Posting{Title: "Chef", DescriptionText: "Salary: $5,200 monthly. There is also a $300 monthly meal allowance."}, pay: "5200 5200 USD month"},
	{name: "trap: a monthly amount with no benefit word", p: model.Posting{Title: "Clerk", DescriptionText: "We pay $3,900 monthly plus overtime."}, pay: "3900 3900 USD month"},
}

func TestBenefitPeriodBetweenCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range benefitPeriodBetweenCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}
