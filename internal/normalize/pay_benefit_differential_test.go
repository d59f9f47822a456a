package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// benefitDifferentialCases pin benefitOrDifferential
// (pay_benefit_differential.go): a shift differential named before an
// amount, and a health or wellness benefit named after one, are no pay.
// Traps: the base rate beside a differential stays pay, a salary followed
// by "plus wellness benefits" stays pay, and a differential named after the
// rate does not hide the rate.
var benefitDifferentialCases = []truthCase{
	{name: "differential alone", p: model.Posting{Title: "Care Assistant", DescriptionText: "Overnight shift differential: +$1.25/hr."}, pay: "-"},
	{name: "differential of", p: model.Posting{Title: "Care Assistant", DescriptionText: "Evening differential of $3 per hour for late rotations."}, pay: "-"},
	{name: "annual mental health benefit", p: model.Posting{Title: "Care Assistant", DescriptionText: "Perks: $800 annual mental health benefit and dental."}, pay: "-"},
	{name: "annual wellness benefits", p: model.Posting{Title: "Care Assistant", DescriptionText: "You also get $1,100 annual wellness benefits through our insurer."}, pay: "-"},

	{name: "trap: base rate before a differential", p: model.Posting{Title: "Care Assistant", DescriptionText: "Starting at $23.50 per hour + night shift differential ($1.25/hr)."}, pay: "23.5 23.5 USD hour"},
	{name: "trap: salary plus wellness benefits", p: model.Posting{Title: "Care Assistant", DescriptionText: "Salary of $61,000 a year plus wellness benefits."}, pay: "61000 61000 USD year"},
	{name: "trap: differential named after the rate", p: model.Posting{Title: "Care Assistant", DescriptionText: "Pay is $26/hr; a weekend differential is paid on top."}, pay: "26 26 USD hour"},
}

func TestBenefitDifferentialCases(t *testing.T) {
	for _, tc := range benefitDifferentialCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
