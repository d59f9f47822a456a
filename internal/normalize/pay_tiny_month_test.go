package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// tinyMonthCases pin pay_tiny_month.go: a sum by the month under 30 in a
// strong currency is a price, not pay. Traps: a month's stipend of a few
// hundred, a small hourly rate, and a weak currency's small monthly sum.
var tinyMonthCases = []truthCase{
	{name: "a monthly price for a bundle", p: model.Posting{Title: "Barista", DescriptionText: "Staff get a music app for $6/month with two family seats."}, pay: "-"},
	{name: "a euro price by the month", p: model.Posting{Title: "Designer", DescriptionText: "The font pack is €12 per month for the whole team."}, pay: "-"},

	{name: "trap: a month's stipend stays pay", p: model.Posting{Title: "Research Intern", DescriptionText: "Stipend: $650/month for the ten weeks."}, pay: "650 650 USD month"},
	{name: "trap: a small hourly rate stays pay", p: model.Posting{Title: "Tutor", DescriptionText: "Pay: $18/hour for evening sessions."}, pay: "18 18 USD hour"},
}

func TestTinyMonthCases(t *testing.T) { runFieldCases(t, tinyMonthCases) }

// smallMonthlyStipendCases pin smallMonthlyStipend (pay_tiny_month.go).
// Traps: an intern's monthly stipend, and a small monthly sum with no
// stipend after it.
var smallMonthlyStipendCases = []truthCase{
	{name: "a small monthly stipend is a perk", p: model.Posting{Title: "Support Agent", DescriptionText: "You also get a $60 monthly stipend toward your internet bill."}, pay: "-"},
	{name: "a small stipend per month", p: model.Posting{Title: "Support Agent", DescriptionText: "Remote staff receive €45 per month stipend for coffee."}, pay: "-"},

	{name: "trap: an intern's monthly stipend stays pay", p: model.Posting{Title: "Research Intern", DescriptionText: "Interns receive a $2,400 monthly stipend."}, pay: "2400 2400 USD month"},
	{name: "trap: no stipend after a small monthly sum", p: model.Posting{Title: "Tutor", DescriptionText: "Tutors earn £90 per month for one weekly session."}, pay: "90 90 GBP month"},
}

func TestSmallMonthlyStipendCases(t *testing.T) { runFieldCases(t, smallMonthlyStipendCases) }

// A perk budget for food or drink is no pay; a project budget still is.
var foodBudgetCases = []truthCase{
	{name: "coffee budget a week is a perk", p: model.Posting{Title: "Product Designer", DescriptionText: "Perks: a coffee budget of $8 - $12 per week and a new laptop."}, pay: "-"},
	{name: "lunch budget a day is a perk", p: model.Posting{Title: "Product Designer", DescriptionText: "Lunch budget: $15 per day when you visit the office."}, pay: "-"},
	{name: "trap: project budget is pay", p: model.Posting{Title: "Logo design project", DescriptionText: "Project budget: $300 for the whole logo set."}, pay: "300 300 USD project"},
}

func TestFoodBudgetListing(t *testing.T) {
	for _, tc := range foodBudgetCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
