package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// currencyNameBeforeCases pin pay_currency_names_before.go: a pay field
// that names its currency before the amount. Traps: a shared name with no
// country, a name before an amount that is no pay, and the name in
// running text.
var currencyNameBeforeCases = []truthCase{
	{name: "naira named first", p: model.Posting{Title: "Accountant", PayText: "Naira 350,000 per month"}, pay: "350000 350000 NGN month"},
	{name: "cedis named first, a range", p: model.Posting{Title: "Accountant", PayText: "Cedis 4,000 - 6,000"}, pay: "4000 6000 GHS month"},
	{name: "kenyan shillings named first", p: model.Posting{Title: "Accountant", PayText: "Kenyan shillings: 90,000 monthly"}, pay: "90000 90000 KES month"},

	{name: "trap: pesos with no country", p: model.Posting{Title: "Accountant", PayText: "Pesos 25,000"}, pay: "-"},
	{name: "trap: a name before a bonus", p: model.Posting{Title: "Accountant", PayText: "Naira 100,000 signing bonus"}, pay: "-"},
	{name: "trap: a name in running text", p: model.Posting{Title: "Accountant", DescriptionText: "Rand 5,000 was raised at the charity day."}, pay: "-"},
}

func TestCurrencyNameBeforeCases(t *testing.T) { runFieldCases(t, currencyNameBeforeCases) }

// FuzzCurrencyNameBefore reads any short field: no panic, and a reading is
// an ordered range inside the field.
func FuzzCurrencyNameBefore(f *testing.F) {
	for _, tc := range currencyNameBeforeCases {
		f.Add(tc.p.PayText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := currencyNameBeforePay(s)
		if c == nil {
			return
		}
		if c.min > c.max || c.start < 0 || c.end > len(s) || c.start > c.end || c.currency == "" {
			t.Errorf("%q: bad candidate %+v", s, c)
		}
	})
}
