package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// mixedCurrencyCases: ranges whose ends carry two currencies, in our own
// words, with shared signs that keep one range.
var mixedCurrencyCases = []truthCase{
	{name: "codes on both ends", p: model.Posting{Title: "Engineer", PayText: "GBP 50,000 - KES 90,000 a year"}, pay: "-"},
	{name: "signs on both ends", p: model.Posting{Title: "Engineer", PayText: "£3,000 – €3,400 monthly"}, pay: "-"},
	{name: "codes after both ends", p: model.Posting{Title: "Engineer", PayText: "70,000 CAD - 90,000 EUR per year"}, pay: "-"},
	{name: "a range of one currency elsewhere", p: model.Posting{Title: "Engineer", DescriptionText: "Quoted as USD 3,000 - EUR 2,800. Pay: €2,600 - €2,900 per month."}, pay: "2600 2900 EUR month"},
	{name: "trap: one code both ends", p: model.Posting{Title: "Engineer", PayText: "EUR 40,000 - EUR 52,000 per year"}, pay: "40000 52000 EUR year"},
	{name: "trap: a dollar sign and a peso code", p: model.Posting{Title: "Engineer", PayText: "$18,000 - 24,000 MXN per month"}, pay: "18000 24000 MXN month"},
	{name: "trap: US dollars written two ways", p: model.Posting{Title: "Engineer", PayText: "US$ 2,000 - $2,500 per month"}, pay: "2000 2500 USD month"},
	{name: "trap: a code after a sign", p: model.Posting{Title: "Engineer", PayText: "$60,000 - $75,000 CAD per year"}, pay: "60000 75000 CAD year"},
}

func TestMixedCurrencyRanges(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range mixedCurrencyCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
	for _, c := range []struct {
		c1, d1, c2, d2 string
		mixed          bool
	}{
		{"USD", "", "NGN", "", true}, {"", "CAD", "", "EUR", true}, {"€", "", "$", "", true}, {"¥", "", "", "CNY", false},
		{"Rs", "", "", "PKR", false}, {"$", "MXN", "$", "", false}, {"", "", "EUR", "", false}, {"£", "", "", "GBP", false},
	} {
		if got := mixedRangeCurrencies(c.c1, c.d1, c.c2, c.d2); got != c.mixed {
			t.Errorf("mixedRangeCurrencies(%q, %q, %q, %q) = %v, want %v", c.c1, c.d1, c.c2, c.d2, got, c.mixed)
		}
	}
}

func FuzzMixedRangeCurrencies(f *testing.F) {
	f.Add("USD", "", "NGN", "", "USD 80 - NGN 90")
	f.Add("$", "MXN", "", "EUR", "£3,000 – €3,400 monthly")
	f.Fuzz(func(t *testing.T, c1, d1, c2, d2, text string) {
		if mixedRangeCurrencies(c1, d1, c2, d2) != mixedRangeCurrencies(c2, d2, c1, d1) {
			t.Errorf("mixedRangeCurrencies(%q, %q, %q, %q) is not symmetric", c1, d1, c2, d2)
		}
		for _, m := range scanMoney(text) {
			if m.currency == "" || m.start < 0 || m.end > len(text) || m.start > m.end {
				t.Errorf("scanMoney(%q) gave %+v", text, m)
			}
		}
		if p, _ := ParsePay("pay_text", text); p != nil {
			checkFuzzedPay(t, p, text)
		}
	})
}
