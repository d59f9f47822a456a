package normalize

import "testing"

// TestBoundWordField: a pay field holding only a one-sided bound word in
// another European language and a four-digit amount with its currency is
// pay (elsewhere a lone four-digit figure may be a year). The period is
// left to the size rules; only the amount is pinned here.
func TestBoundWordField(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want float64 // 0: no pay
	}{
		{"alates 2800 EUR", 2800},
		{"kuni 3400 EUR", 3400},
		{"bis 4100 EUR", 4100},
		{"desde 1900 EUR", 1900},
		{"vanaf 3200 EUR", 3200},
		{"à partir de 2600 EUR", 2600},
		// Traps: other words before the figure keep it a year.
		{"since 2019 EUR", 0},
		{"founded 2015 EUR", 0},
	} {
		p, _ := ParsePay("pay_text", tc.in)
		switch {
		case tc.want == 0 && p != nil:
			t.Errorf("ParsePay(%q) = %+v, want none", tc.in, *p)
		case tc.want != 0 && (p == nil || p.Min != tc.want || p.Max != tc.want || p.Currency != "EUR"):
			t.Errorf("ParsePay(%q) = %+v, want %v EUR", tc.in, p, tc.want)
		}
	}
}
