package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// salaryOverStipendCases pin pay_salary_over_stipend.go: a one-off stipend
// named beside a salary never becomes the pay, whichever comes first.
// Traps: a stipend alone, a stipend that is the pay by the month, a
// salary word with no amount, a budget beside a stipend, a salary in
// another currency.
var salaryOverStipendCases = []truthCase{
	{name: "stipend range first, salary range after", p: model.Posting{Title: "Research Engineer", DescriptionText: "Relocation stipend of $4,000 - $6,000; salary $150,000 - $175,000 depending on level."}, pay: "150000 175000 USD year"},
	{name: "salary first, stipend after", p: model.Posting{Title: "Research Engineer", DescriptionText: "The salary is $118,000 to $131,000. We add a $2,500 stipend for conferences."}, pay: "118000 131000 USD year"},
	{name: "stipend word after the amount, base label after", p: model.Posting{Title: "Backend Developer", DescriptionText: "A $750 stipend toward your desk setup. Base: $88,000 - $97,000."}, pay: "88000 97000 USD year"},
	{name: "base pay label", p: model.Posting{Title: "Backend Developer", DescriptionText: "Onboarding stipend £1,200. Base pay: £64,000 - £70,000."}, pay: "64000 70000 GBP year"},
	{name: "hourly wage beside a stipend", p: model.Posting{Title: "Lab Assistant", DescriptionText: "We cover a $300 stipend for safety boots, and the wage is $23 per hour."}, pay: "23 23 USD hour"},
	{name: "trap: stipend alone stays a lump", p: model.Posting{Title: "Summer Fellow", DescriptionText: "Fellows receive a $6,500 stipend for the eight weeks."}, pay: "6500 6500 USD project"},
	{name: "monthly perk stipend first, salary range after", p: model.Posting{Title: "Platform Engineer", DescriptionText: "You get a $300 monthly stipend for your home office. The salary range is $132,000 - $158,000."}, pay: "132000 158000 USD year"},
	{name: "weekly meal stipend beside a base salary", p: model.Posting{Title: "Platform Engineer", DescriptionText: "A £40 weekly stipend for lunches. Base salary: £61,000."}, pay: "61000 61000 GBP year"},
	{name: "trap: monthly stipend worth a fair part of the salary", p: model.Posting{Title: "Research Fellow", DescriptionText: "A $2,500 monthly stipend while in training; salary $68,000 after the first year."}, pay: "2500 2500 USD month"},
	{name: "trap: monthly stipend is the pay, salary word without amount", p: model.Posting{Title: "Research Intern", DescriptionText: "Monthly stipend of $2,800. No salary history is asked for."}, pay: "2800 2800 USD month"},
	{name: "monthly perk stipend beside an unlabelled yearly range in a pay field", p: model.Posting{Title: "Platform Engineer", PayText: "$250 monthly wellness stipend; $141,000 - $163,000"}, pay: "141000 163000 USD year"},
	{name: "weekly perk stipend beside an unlabelled yearly range", p: model.Posting{Title: "Platform Engineer", DescriptionText: "A $60 weekly stipend for meals. $118,000 - $134,000 depending on experience."}, pay: "118000 134000 USD year"},
	{name: "trap: monthly stipend worth a fair part of an unlabelled range", p: model.Posting{Title: "Research Fellow", PayText: "$2,400 monthly stipend; $60,000 - $70,000"}, pay: "2400 2400 USD month"},
	{name: "trap: budget is not a salary", p: model.Posting{Title: "Summer Fellow", DescriptionText: "A $9,000 stipend for the fellowship; the team budget is $250,000."}, pay: "!250000 250000 USD year"},
	{name: "trap: salary in another currency", p: model.Posting{Title: "Research Engineer", DescriptionText: "Visiting stipend of $5,000; salary €70,000 once hired in Berlin."}, pay: "!70000 70000 EUR year"},
}

func TestSalaryOverStipendCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range salaryOverStipendCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}
