package normalize

import "testing"

// TestPayKrEachBound pins a Nordic pay field that writes "kr" after both
// bounds of its range ("610.000 kr - 690.000 kr"): the crown word after
// the lower bound no longer cuts the range short, and the country of the
// listing still names which crown it is.
func TestPayKrEachBound(t *testing.T) {
	for _, c := range []struct {
		pay  string
		loc  string
		want string
	}{
		{"610.000 kr - 690.000 kr", "Denmark", "610000 690000 DKK year"},
		{"520 000 kr – 575 000 kr", "Sweden", "520000 575000 SEK year"},
		{"700 000 kr - 820 000 kr", "Norway", "700000 820000 NOK year"},
		{"610.000 - 690.000 kr", "Denmark", "610000 690000 DKK year"},
	} {
		got, _ := agreementGot(agreementCase{Cat: "pay", Pay: c.pay, Locs: []string{c.loc}})
		if got != c.want {
			t.Errorf("%q in %s: got %q, want %q", c.pay, c.loc, got, c.want)
		}
	}
}
