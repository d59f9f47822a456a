package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// millionAmountCases pin pay_million_amounts.go: an M amount is pay in a
// currency whose pay runs to millions, never in a strong or
// quarter-dollar one; a million written in digits in those is no pay.
// Traps: shillings of Kenya in millions a month, dollars in millions,
// funding in naira, billions, a rupee salary of a million a year kept.
var millionAmountCases = []truthCase{
	{name: "naira millions a month", p: model.Posting{Title: "Backend Engineer", PayText: "₦2.4M / month"}, pay: "2.4e+06 2.4e+06 NGN month"},
	{name: "rupiah millions a month", p: model.Posting{Title: "Designer", PayText: "IDR 12M per month"}, pay: "1.2e+07 1.2e+07 IDR month"},
	{name: "won millions with a pay word", p: model.Posting{Title: "Dev", DescriptionText: "Salary ₩3.5M monthly, paid on the 25th."}, pay: "3.5e+06 3.5e+06 KRW month"},
	{name: "naira millions alone in a pay field", p: model.Posting{Title: "Dev", PayText: "NGN 1.8M"}, pay: "1.8e+06 1.8e+06 NGN month"},
	{name: "rupee million a year kept", p: model.Posting{Title: "Dev", PayText: "INR 1,500,000 per annum"}, pay: "1.5e+06 1.5e+06 INR year"},
	{name: "dirham amount under a million kept", p: model.Posting{Title: "Dev", PayText: "AED 22,000"}, pay: "22000 22000 AED month"},

	{name: "trap: riyal millions in digits", p: model.Posting{Title: "Dev", PayText: "SAR 7,500,000"}, pay: "-"},
	{name: "trap: zloty millions in digits", p: model.Posting{Title: "Dev", PayText: "1 200 000 PLN"}, pay: "-"},
	{name: "trap: shillings of kenya in millions", p: model.Posting{Title: "Dev", PayText: "KES 3M per month"}, pay: "-"},
	{name: "trap: dollars in millions", p: model.Posting{Title: "Dev", PayText: "$1.5M / month"}, pay: "-"},
	{name: "trap: naira funding", p: model.Posting{Title: "Dev", DescriptionText: "The fintech raised ₦500M last year. Salary is competitive."}, pay: "-"},
	{name: "trap: naira M in text with no pay word", p: model.Posting{Title: "Dev", DescriptionText: "Our platform moved ₦40M in its first week."}, pay: "-"},
	{name: "trap: naira billions", p: model.Posting{Title: "Dev", PayText: "₦2B per month"}, pay: "-"},
}

func TestMillionAmountCases(t *testing.T) { runFieldCases(t, millionAmountCases) }

// FuzzMillionPayField parses any pay field: no panic, sane pay, and no
// million or more in a capped currency.
func FuzzMillionPayField(f *testing.F) {
	for _, tc := range millionAmountCases {
		f.Add(tc.p.PayText + tc.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, _ := ParsePay("pay_text", s)
		if p == nil {
			return
		}
		checkFuzzedPay(t, p, s)
		if (millionCapped[p.Currency] || strongCurrencies[p.Currency]) && p.Max >= 1e6 {
			t.Errorf("ParsePay(%q) = %v %s: a million in a capped currency", s, p.Max, p.Currency)
		}
	})
}
