package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// currencyNameCases pin pay_currency_names_after.go: a pay field of an
// amount or range and a currency name after it. Traps: a name several
// countries share without its country, words after, running text, a
// name inside a longer word.
var currencyNameCases = []truthCase{
	{name: "naira range", p: model.Posting{Title: "Dev", PayText: "150000 - 250000 naira"}, pay: "150000 250000 NGN month"},
	{name: "cedis of ghana a month", p: model.Posting{Title: "Dev", PayText: "4,500 Ghana cedis per month"}, pay: "4500 4500 GHS month"},
	{name: "rand monthly", p: model.Posting{Title: "Dev", PayText: "35 000 rand monthly"}, pay: "35000 35000 ZAR month"},
	{name: "kenyan shillings", p: model.Posting{Title: "Dev", PayText: "120,000 Kenyan shillings"}, pay: "120000 120000 KES month"},
	{name: "mexican pesos a month", p: model.Posting{Title: "Dev", PayText: "28,000 Mexican pesos per month"}, pay: "28000 28000 MXN month"},
	{name: "baht range", p: model.Posting{Title: "Dev", PayText: "40,000 - 55,000 Baht"}, pay: "40000 55000 THB month"},

	{name: "trap: pesos of no country", p: model.Posting{Title: "Dev", PayText: "15,000 pesos monthly"}, pay: "-"},
	{name: "trap: shillings of no country", p: model.Posting{Title: "Dev", PayText: "90,000 shillings"}, pay: "-"},
	{name: "trap: words after the name", p: model.Posting{Title: "Dev", PayText: "300 000 naira raised in funding"}, pay: "-"},
	{name: "trap: running text", p: model.Posting{Title: "Dev", DescriptionText: "We won 3 awards and 200 rand prizes."}, pay: "-"},
	{name: "trap: name inside a word", p: model.Posting{Title: "Dev", PayText: "2000 randomly"}, pay: "-"},
}

func TestCurrencyNameCases(t *testing.T) { runFieldCases(t, currencyNameCases) }
