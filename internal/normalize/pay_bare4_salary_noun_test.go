package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// bare4SalaryNounCases pin pay_bare4_salary_noun.go: a salary or wage noun
// right before a lone four-digit amount and its currency labels it pay, in
// a description or a pay field; traps: other nouns before such an amount
// (a budget, a price, a year), a noun further back, a five-digit amount
// that read before and still does.
var bare4SalaryNounCases = []truthCase{
	{name: "salary noun before a euro code", p: model.Posting{Title: "Support agent", Locations: []string{"Tallinn"}, DescriptionText: "Salary 3600 EUR gross, paid monthly in arrears."}, pay: "3600 3600 EUR month"},
	{name: "gross salary before a dollar code", p: model.Posting{Title: "Tester", Locations: []string{"Riga"}, DescriptionText: "We offer: gross salary 2700 USD and a laptop."}, pay: "2700 2700 USD project"},
	{name: "wage noun in a pay field", p: model.Posting{Title: "Cook", Locations: []string{"Vilnius"}, PayText: "Wage 1900 EUR"}, pay: "1900 1900 EUR project"},
	{name: "monthly wage names its period", p: model.Posting{Title: "Cook", Locations: []string{"Vilnius"}, DescriptionText: "Monthly wage 2100 EUR after probation."}, pay: "2100 2100 EUR month"},

	{name: "trap: a budget noun stays unread", p: model.Posting{Title: "Planner", Locations: []string{"Oslo"}, DescriptionText: "Travel budget 2025 EUR for the whole team."}, pay: "-"},
	{name: "trap: a price noun stays unread", p: model.Posting{Title: "Seller", Locations: []string{"Oslo"}, DescriptionText: "Price 1999 EUR for the starter bundle."}, pay: "-"},
	{name: "trap: a year before a salary word", p: model.Posting{Title: "Tutor", Locations: []string{"Oslo"}, DescriptionText: "In 2015 EUR salaries were frozen across the sector."}, pay: "-"},
	{name: "trap: salary noun far back", p: model.Posting{Title: "Analyst", Locations: []string{"Oslo"}, DescriptionText: "Salary reviews happen yearly; the office opened 2019 EUR region."}, pay: "-"},
}

func TestBare4SalaryNounCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range bare4SalaryNounCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}
