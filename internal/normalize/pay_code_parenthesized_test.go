package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// parenCodeCases pin pay_code_parenthesized.go: a pay field of an amount
// or range with its code in brackets; the unit by size. Traps: a count
// in brackets, a bracket that is no code, words after, running text.
var parenCodeCases = []truthCase{
	{name: "franc hourly range comma decimal", p: model.Posting{Title: "Kellner", PayText: "  15,5 - 18 (CHF)  "}, pay: "15.5 18 CHF hour"},
	{name: "euro monthly dotted", p: model.Posting{Title: "Entwickler", PayText: "3.200 (EUR)"}, pay: "3200 3200 EUR month"},
	{name: "euro yearly dotted range", p: model.Posting{Title: "Entwickler", PayText: "60.000 - 75.000 (EUR)"}, pay: "60000 75000 EUR year"},
	{name: "dollar code with a period after", p: model.Posting{Title: "Dev", PayText: "45,000 (USD) per year"}, pay: "45000 45000 USD year"},
	{name: "k range with code", p: model.Posting{Title: "Dev", PayText: "50-65k (GBP)"}, pay: "50000 65000 GBP year"},
	{name: "lower-case code", p: model.Posting{Title: "Dev", PayText: "2.800 (eur)"}, pay: "2800 2800 EUR month"},

	{name: "trap: days in brackets", p: model.Posting{Title: "Dev", PayText: "3 (days)"}, pay: "-"},
	{name: "trap: a zone in brackets", p: model.Posting{Title: "Dev", PayText: "Team of 12 (EUR zone)"}, pay: "-"},
	{name: "trap: words after the code", p: model.Posting{Title: "Dev", PayText: "4.000 (EUR) signing bonus"}, pay: "-"},
	{name: "trap: running text", p: model.Posting{Title: "Dev", DescriptionText: "We shipped 4.000 (EUR) invoices last year."}, pay: "-"},
	{name: "trap: a falling range", p: model.Posting{Title: "Dev", PayText: "80.000 - 50.000 (EUR)"}, pay: "-"},
}

func TestParenCodeCases(t *testing.T) { runFieldCases(t, parenCodeCases) }

// FuzzParenCodeFieldPay reads any pay field (and the currency names of
// pay_currency_names_after.go): no panic, a sane amount and span, a known
// currency, and nothing in running text.
func FuzzParenCodeFieldPay(f *testing.F) {
	for _, tc := range append(append([]truthCase(nil), parenCodeCases...), currencyNameCases...) {
		f.Add(tc.p.PayText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := parenCodeFieldPay(s, true)
		if c == nil {
			return
		}
		if c.min <= 0 || c.min > c.max || c.unit == "" || c.start < 0 || c.end > len(s) || c.start >= c.end {
			t.Errorf("parenCodeFieldPay(%q) = %+v", s, *c)
		}
		if c.currency == "" || len(c.currency) != 3 {
			t.Errorf("parenCodeFieldPay(%q) currency %q", s, c.currency)
		}
		if parenCodeFieldPay(s, false) != nil {
			t.Errorf("parenCodeFieldPay(%q) read running text", s)
		}
	})
}
