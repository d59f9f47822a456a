package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A period alone in brackets right after an amount is its period, in a
// pay field and in running text. Traps: a bracket that says more than the
// period, a period with no bracket, and an amount with none.
func TestPayParenPeriod(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "field month", p: model.Posting{Title: "Analyst", PayText: "EUR 2,800 (Monthly)"}, pay: "2800 2800 EUR month"},
		{name: "field per month", p: model.Posting{Title: "Analyst", PayText: "€2,600 (per month)"}, pay: "2600 2600 EUR month"},
		{name: "field range annual", p: model.Posting{Title: "Engineer", PayText: "$70,000 - $90,000 (Annual)"}, pay: "70000 90000 USD year"},
		{name: "field hourly", p: model.Posting{Title: "Tutor", PayText: "$22 (hourly)"}, pay: "22 22 USD hour"},
		{name: "field weekly", p: model.Posting{Title: "Camp Aide", PayText: "£450 ( weekly )"}, pay: "450 450 GBP week"},
		{name: "field p.a.", p: model.Posting{Title: "Planner", PayText: "£38,000 (p.a.)"}, pay: "38000 38000 GBP year"},
		{name: "text month", p: model.Posting{Title: "Designer", DescriptionText: "Salary: €3,100 (monthly), paid in arrears."}, pay: "3100 3100 EUR month"},

		{name: "trap: bracket says more", p: model.Posting{Title: "Clerk", PayText: "€3,000 (monthly average)"}, pay: "!3000 3000 EUR month"},
		{name: "trap: annual bonus in brackets", p: model.Posting{Title: "Seller", DescriptionText: "Base $52,000 ($6,000 annual bonus)."}, pay: "52000 52000 USD year"},
		{name: "trap: period word with no bracket", p: model.Posting{Title: "Analyst", PayText: "EUR 2,800 monthly"}, pay: "2800 2800 EUR month"},
	})
}

// "Rs" after a figure names rupees, in a pay field and in running text.
// Traps: the letters inside a word, and a figure that is not pay.
func TestPayRupeesAfter(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "text Rs per month", p: model.Posting{Title: "Intern", DescriptionText: "The stipend is 18,000 Rs per month."}, pay: "18000 18000 INR month"},
		{name: "text rs slash month no commas", p: model.Posting{Title: "Intern", DescriptionText: "Stipend: 12000 rs/month."}, pay: "12000 12000 INR month"},
		{name: "text Rs. per month", p: model.Posting{Title: "Trainee", DescriptionText: "Pay: 22,500 Rs. per month"}, pay: "22500 22500 INR month"},
		{name: "field Rs slash month", p: model.Posting{Title: "Intern", PayText: "15000 Rs/month"}, pay: "15000 15000 INR month"},
		{name: "field Rs in Lahore", p: model.Posting{Title: "Intern", Locations: []string{"Lahore, Pakistan"}, PayText: "40000 Rs/month"}, pay: "40000 40000 PKR month"},

		{name: "trap: hrs is hours", p: model.Posting{Title: "Tutor", DescriptionText: "Sessions run 2 hrs per week."}, pay: "-"},
		{name: "trap: Mrs after a figure", p: model.Posting{Title: "Aide", DescriptionText: "Room 12 Mrs Patel leads the team."}, pay: "-"},
	})
}
