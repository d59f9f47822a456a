package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// round132PayCases pin the fixes guided by round 132's sample of other
// projects' own salary tests (kept outside the repository and scored with
// TestAgreementOutside), written in other words than those tests, each with
// traps the fix must leave alone: Canada's older "CDN$" abbreviation, leva
// with comma-grouped thousands, a learning-and-development budget, and an
// allowance for getting to work called "compensation".
var round132PayCases = []truthCase{
	// "CDN$" names the Canadian dollar.
	{name: "cdn dollar glued is canadian", p: model.Posting{Title: "Analyst", PayText: "CDN$84,500 a year"}, pay: "84500 84500 CAD year"},
	{name: "cdn dollar after a space is canadian", p: model.Posting{Title: "Analyst", DescriptionText: "Pay: CDN $31 per hour, paid every two weeks."}, pay: "31 31 CAD hour"},
	{name: "trap: a plain dollar stays american", p: model.Posting{Title: "Analyst", PayText: "$84,500 a year"}, pay: "84500 84500 USD year"},
	{name: "trap: cdn inside a word is no currency", p: model.Posting{Title: "Analyst", DescriptionText: "Our XCDN$ team pays $40 per hour."}, pay: "40 40 USD hour"},

	// Leva with the thousands grouped by a comma.
	{name: "leva with comma thousands after a label", p: model.Posting{Title: "Support Engineer", DescriptionText: "Salary: 2,400 лв gross, paid monthly."}, pay: "2400 2400 BGN month"},
	{name: "leva range with comma thousands in a pay field", p: model.Posting{Title: "Support Engineer", PayText: "1,800 - 2,600 лв"}, pay: "1800 2600 BGN month"},
	{name: "leva with a decimal comma keep their stotinki", p: model.Posting{Title: "Courier", PayText: "9,50 лв/час"}, pay: "9.5 9.5 BGN hour"},

	// A learning-and-development budget is no pay.
	{name: "l&d budget is no pay", p: model.Posting{Title: "Developer", DescriptionText: "Perks: a yearly L&D budget of 1500 EUR per year and a new laptop."}, pay: "-"},
	{name: "trap: the salary next to an l&d line stays", p: model.Posting{Title: "Developer", DescriptionText: "Salary: 52,000 EUR per year. Perks: an L&D budget for courses."}, pay: "52000 52000 EUR year"},

	// An allowance for getting to work named "compensation" is no pay.
	{name: "commuting compensation is no pay", p: model.Posting{Title: "Warehouse Worker", DescriptionText: "Commuting compensation: 60 euros per month for your bus ticket."}, pay: "-"},
	{name: "trap: compensation alone stays pay", p: model.Posting{Title: "Warehouse Worker", DescriptionText: "Compensation: 2,300 euros per month gross."}, pay: "2300 2300 EUR month"},
}

func TestRound132PayCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range round132PayCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}

// TestRound132PayCasesLong runs the cases again past minGuardedText, where a
// long description is read through the shared key scan's windows.
func TestRound132PayCasesLong(t *testing.T) {
	filler := strings.Repeat("Our product helps small shops plan their stock. ", 14) + "\n"
	checkLongCases(t, filler, checkFieldCaseNot, round132PayCases)
}
