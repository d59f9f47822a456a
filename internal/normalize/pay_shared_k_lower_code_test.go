package normalize

import (
	"strconv"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Table tests for the shared k of a bare range's first end (barepay.go)
// and lower-case codes in a pay field (pay_lower_code.go), in our
// own words.
func TestPaySharedKLowerCode(t *testing.T) {
	cases := []struct {
		name, pay, text, want string
	}{
		{"k on the first end only", "95k-120", "", "95000 120000 USD year"},
		{"k on the first end, words between", "70K to 85", "", "70000 85000 USD year"},
		{"k on the first end with a period", "60k - 75 per year", "", "60000 75000 USD year"},
		{"k on both ends keeps its reading", "80k-90k", "", "80000 90000 USD year"},
		{"k on the second end keeps its reading", "80-90k", "", "80000 90000 USD year"},
		{"trap: a small second end far below is not shared", "90k - 5", "", "-"},
		{"trap: a second end over four times is not shared", "20k - 900", "", "-"},
		{"lower-case code after a monthly range", "gross pay: 9,000 - 12,500 pln/month", "", "9000 12500 PLN month"},
		{"lower-case code and per month", "wage: 2,400 - 2,900 eur per month", "", "2400 2900 EUR month"},
		{"lower-case code glued to the amount", "55000chf per year", "", "55000 55000 CHF year"},
		{"trap: a lower-case word after a number is no code", "3 try outs a week", "", "-"},
		{"trap: a code inside a word is no code", "2 usdt a day", "", "-"},
		{"trap: in the description a lower-case code is not read", "", "we ship 400 eur pallets", "-"},
	}
	for _, c := range cases {
		p := model.Posting{Source: "t", ExternalID: c.name, Title: "Worker", PayText: c.pay, DescriptionText: c.text}
		l := Normalize(&p, Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
		got := "-"
		if l.Pay != nil {
			f := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
			got = f(l.Pay.Min) + " " + f(l.Pay.Max) + " " + l.Pay.Currency + " " + string(l.Pay.Unit)
		}
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
