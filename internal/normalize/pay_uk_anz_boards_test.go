package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// UK, Irish, Australian and NZ boards' pay (pay_uk_anz_boards.go),
// in this project's own words, with traps.
var ukAnzBoardCases = []truthCase{
	// a lone period noun ends the pay field
	{name: "aud range then lone day", p: model.Posting{Title: "Site Supervisor", PayText: "AUD 700 - 850 day"}, pay: "700 850 AUD day"},
	{name: "pound amount then lone hour", p: model.Posting{Title: "Kitchen Porter", PayText: "£14 hour"}, pay: "14 14 GBP hour"},
	{name: "nzd range then lone week", p: model.Posting{Title: "Orchard Hand", PayText: "NZD 1,100 - 1,300 week"}, pay: "1100 1300 NZD week"},
	{name: "euro amount then lone month", p: model.Posting{Title: "Office Assistant", PayText: "€2,600 month"}, pay: "2600 2600 EUR month"},
	{name: "trap: per day still read", p: model.Posting{Title: "Contract Analyst", PayText: "£450 per day"}, pay: "450 450 GBP day"},

	// an amount with a period adverb and a perk noun is no wage
	{name: "monthly credit is a perk", p: model.Posting{Title: "Retail Associate", DescriptionText: "Staff receive a $60 monthly credit toward mobile plans."}, pay: "-"},
	{name: "weekly voucher is a perk", p: model.Posting{Title: "Barista", DescriptionText: "Enjoy a £25 weekly voucher for the canteen."}, pay: "-"},
	{name: "perk beside a real hourly rate", p: model.Posting{Title: "Barista", DescriptionText: "Enjoy a £25 weekly voucher for the canteen. Pay: £12.50 per hour."}, pay: "12.5 12.5 GBP hour"},
	{name: "trap: monthly stipend stays pay", p: model.Posting{Title: "Research Intern", DescriptionText: "We pay a $2,000 monthly stipend."}, pay: "2000 2000 USD month"},
	{name: "trap: monthly salary stays pay", p: model.Posting{Title: "Clerk", DescriptionText: "Salary: €2,300 monthly gross."}, pay: "2300 2300 EUR month"},

	// a year's pay too small to be one
	{name: "tiny range per year", p: model.Posting{Title: "Care Worker", PayText: "$55-$62 per year"}, pay: "-"},
	{name: "tiny amount a year in pounds", p: model.Posting{Title: "Cleaner", PayText: "£300 a year"}, pay: "-"},
	{name: "trap: a real year's pay", p: model.Posting{Title: "Planner", PayText: "$58,000 per year"}, pay: "58000 58000 USD year"},
	{name: "trap: a k year stays", p: model.Posting{Title: "Planner", PayText: "£42k per annum"}, pay: "42000 42000 GBP year"},
}

func TestUKANZBoardCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range ukAnzBoardCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
