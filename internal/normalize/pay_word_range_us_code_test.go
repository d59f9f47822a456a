package normalize

import "testing"

// Table tests for pay_word_range_us_code.go, in our own words: a
// word-joined range written high to low, and "us" after a pay field's
// amount.
func TestPayWordRangeUSCode(t *testing.T) {
	cases := []payTextCase{
		// a word-joined range, high end first
		{pay: "R$ 7.200 a R$ 5.100", want: "5100 7200 BRL month"},
		{pay: "R$ 12.000 a 8.000 por mês", want: "8000 12000 BRL month"},
		{pay: "€ 2.800 hasta € 2.100 brutos", want: "2100 2800 EUR month"},
		// ascending ranges still read as before
		{pay: "R$ 5.100 a R$ 7.200", want: "5100 7200 BRL month"},
		// a second number far below the first is no range end
		{pay: "R$ 9.500 a 3", want: "9500 9500 BRL month"},
		// "us" for the US dollar after the amount
		{pay: "35us per hour", want: "35 35 USD hour"},
		{pay: "35 US per hour", want: "35 35 USD hour"},
		{pay: "2,400 us / month", want: "2400 2400 USD month"},
		// "us" running into a word is no currency
		{pay: "35 usually", want: "-"},
	}
	runPayTextCases(t, cases)
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
