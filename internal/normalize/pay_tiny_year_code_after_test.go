package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// tinyYearCodeAfterCases: an amount under a thousand with its currency code
// after it and a stated year ("7 EUR annually") is no year's pay, as with a
// sign before it; real yearly salaries written the same way stay read.
var tinyYearCodeAfterCases = []truthCase{
	{name: "trap: a full salary with the code after it", p: model.Posting{Title: "Data Engineer", PayText: "62,000 USD per year"}, pay: "62000 62000 USD year"},
	{name: "trap: a euro salary with the code after it", p: model.Posting{Title: "Data Engineer", PayText: "48.000 EUR per year"}, pay: "48000 48000 EUR year"},
	{name: "trap: a small monthly amount is no year", p: model.Posting{Title: "Data Engineer", PayText: "700 USD per month"}, pay: "700 700 USD month"},
}

// tinyYearCodeAfterTexts are pay fields that must yield no pay.
var tinyYearCodeAfterTexts = []string{"7 EUR annually", "12 USD per year", "450 GBP a year"}

func TestTinyYearCodeAfterCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range tinyYearCodeAfterCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
	for _, s := range tinyYearCodeAfterTexts {
		if p, _ := ParsePay("pay_text", s); p != nil {
			t.Errorf("ParsePay(%q) = %v %v %v %s, want none", s, p.Min, p.Max, p.Currency, p.Unit)
		}
	}
}
