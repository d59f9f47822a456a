package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// minusSignStartCases pin pay_minus_sign_start.go: a bare start, a minus
// sign, then an amount with its currency make one range. Traps: a falling
// pair, a start far below the amount (a count, not pay), a start with its
// own sign of another money, and a hyphen range that already read.
var minusSignStartCases = []truthCase{
	{name: "rouble range joined by a minus sign", p: model.Posting{Title: "Backend Developer", PayText: "85 000 − 110 000 ₽ в месяц"}, pay: "85000 110000 RUB month"},
	{name: "euro range with comma groups", p: model.Posting{Title: "Analyst", PayText: "3,200 − 4,100 € per month"}, pay: "3200 4100 EUR month"},
	{name: "franc hourly range in a description", p: model.Posting{Title: "Translator", DescriptionText: "We pay 40 − 55 CHF per hour for reviewed pages."}, pay: "40 55 CHF hour"},

	{name: "trap: a falling pair", p: model.Posting{Title: "Backend Developer", PayText: "120 000 − 90 000 ₽"}, pay: "!90000 120000 RUB *"},
	{name: "trap: a small count before the amount", p: model.Posting{Title: "Courier", PayText: "shift 2 − 48 000 ₽ в месяц"}, pay: "48000 48000 RUB month"},
	{name: "trap: a start in another money", p: model.Posting{Title: "Engineer", DescriptionText: "Salary: $70,000 − 90 000 ₽ by country."}, pay: "!70000 90000 RUB *"},
	{name: "trap: a hyphen range still reads", p: model.Posting{Title: "Backend Developer", PayText: "85 000 - 110 000 ₽"}, pay: "85000 110000 RUB month"},
}

func TestMinusSignStartCases(t *testing.T) { runFieldCases(t, minusSignStartCases) }
