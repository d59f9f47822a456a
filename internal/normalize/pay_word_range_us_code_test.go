package normalize

import (
	"strconv"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Table tests for round 68 part g's pay shapes (pay_word_range_us_code.go), in our own
// words: a word-joined range written high to low, and "us" after a pay
// field's amount.
func TestPayWordRangeUSCode(t *testing.T) {
	cases := []struct{ pay, want string }{
		// a word-joined range, high end first
		{"R$ 7.200 a R$ 5.100", "5100 7200 BRL month"},
		{"R$ 12.000 a 8.000 por mês", "8000 12000 BRL month"},
		{"€ 2.800 hasta € 2.100 brutos", "2100 2800 EUR month"},
		// ascending ranges still read as before
		{"R$ 5.100 a R$ 7.200", "5100 7200 BRL month"},
		// a second number far below the first is no range end
		{"R$ 9.500 a 3", "9500 9500 BRL month"},
		// "us" for the US dollar after the amount
		{"35us per hour", "35 35 USD hour"},
		{"35 US per hour", "35 35 USD hour"},
		{"2,400 us / month", "2400 2400 USD month"},
		// "us" running into a word is no currency
		{"35 usually", "-"},
	}
	for _, c := range cases {
		p := model.Posting{Source: "t", ExternalID: "x", PayText: c.pay}
		l := Normalize(&p, Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
		got := "-"
		if l.Pay != nil {
			f := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
			got = f(l.Pay.Min) + " " + f(l.Pay.Max) + " " + l.Pay.Currency + " " + string(l.Pay.Unit)
		}
		if got != c.want {
			t.Errorf("pay %q: got %q, want %q", c.pay, got, c.want)
		}
	}
}

func TestDescendingRangeEnd(t *testing.T) {
	for _, c := range []struct {
		first, second float64
		want          bool
	}{{9000, 6000, true}, {9000, 450, true}, {9000, 449, false}, {9000, 9000, false}, {9000, 0, false}, {6000, 9000, false}} {
		if got := descendingRangeEnd(c.first, c.second); got != c.want {
			t.Errorf("descendingRangeEnd(%v, %v) = %v", c.first, c.second, got)
		}
	}
}
