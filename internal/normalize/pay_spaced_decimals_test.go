package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// spacedDecimalCases pin the money scanner's amounts grouped by spaces
// with a decimal-point fraction (money.go's number): the whole amount is
// read, not its last group. Traps: groups of three spaced apart stay one
// amount only when they are grouped ("12 300 150.5" with no currency is
// no pay), a plain spaced amount, a comma fraction still read.
var spacedDecimalCases = []truthCase{
	{name: "zloty range to the grosz", p: model.Posting{Title: "Analityk", PayText: "21 450.10 - 24 900.90 PLN"}, pay: "21450.1 24900.9 PLN month"},
	{name: "euro range with a period", p: model.Posting{Title: "Dev", PayText: "6 200.25 - 9 000.40 EUR / month"}, pay: "6200.25 9000.4 EUR month"},
	{name: "single koruna amount", p: model.Posting{Title: "Tester", PayText: "45 300.50 CZK"}, pay: "45300.5 45300.5 CZK month"},
	{name: "one-digit fraction in text", p: model.Posting{Title: "Dev", DescriptionText: "Salary: 8 750.5 EUR per month gross."}, pay: "8750.5 8750.5 EUR month"},
	{name: "comma fraction still read", p: model.Posting{Title: "Dev", PayText: "12 400,50 PLN / mies."}, pay: "12400.5 12400.5 PLN month"},

	{name: "trap: numbers with no currency", p: model.Posting{Title: "Dev", PayText: "Rooms 12 300 150.5"}, pay: "-"},
	{name: "trap: a sentence's full stop is no fraction", p: model.Posting{Title: "Dev", DescriptionText: "Budget for the trip is over 3 000 EUR. 25 people join."}, pay: "!3000.25 3000.25 EUR project"},
	{name: "trap: plain spaced amount", p: model.Posting{Title: "Dev", PayText: "5 000 EUR"}, pay: "5000 5000 EUR project"},
}

func TestSpacedDecimalCases(t *testing.T) { runFieldCases(t, spacedDecimalCases) }

// slashPeriodCases pin shortPeriod's slashed forms ("p/m", "p/w").
// Traps: a small amount before "p/m" (no month's pay), "p/mile".
var slashPeriodCases = []truthCase{
	{name: "euro a month slashed", p: model.Posting{Title: "Ontwikkelaar", PayText: "€4.200 p/m"}, pay: "4200 4200 EUR month"},
	{name: "pounds a week slashed", p: model.Posting{Title: "Chef", PayText: "£650 p/w"}, pay: "650 650 GBP week"},
	{name: "upper-case slashed month in text", p: model.Posting{Title: "Dev", DescriptionText: "We pay €3,100 P/M plus holiday money."}, pay: "3100 3100 EUR month"},

	{name: "trap: small amount before p/m", p: model.Posting{Title: "Dev", PayText: "€15 p/m"}, pay: "!15 15 EUR month"},
	{name: "trap: per mile", p: model.Posting{Title: "Driver", PayText: "£600 p/mile"}, pay: "!600 600 GBP month"},
}

func TestSlashPeriodCases(t *testing.T) { runFieldCases(t, slashPeriodCases) }
