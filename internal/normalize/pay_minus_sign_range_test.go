package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// minusSignRangeCases pin pay_minus_sign_range.go: two amounts joined by
// the minus sign are a range. Traps: a falling pair, a minus sign before a
// bare number, and two moneys.
var minusSignRangeCases = []truthCase{
	{name: "minus sign between salary ends", p: model.Posting{Title: "Engineer", DescriptionText: "Base pay range $118,000 − $142,000 USD, plus equity."}, pay: "118000 142000 USD year"},
	{name: "minus sign between hourly ends", p: model.Posting{Title: "Tutor", PayText: "$32 − $41 per hour"}, pay: "32 41 USD hour"},

	{name: "trap: a falling pair", p: model.Posting{Title: "Engineer", DescriptionText: "Salary: $95,000 − $70,000 after tax."}, pay: "!70000 95000 USD year"},
	{name: "trap: a temperature", p: model.Posting{Title: "Driver", DescriptionText: "Cold store work at −18 to −22 degrees."}, pay: "-"},
	{name: "trap: two moneys", p: model.Posting{Title: "Engineer", DescriptionText: "Salary: $90,000 − £80,000 depending on country."}, pay: "90000 90000 USD year"},
}

func TestMinusSignRangeCases(t *testing.T) { runFieldCases(t, minusSignRangeCases) }
