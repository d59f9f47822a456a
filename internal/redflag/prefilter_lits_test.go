package redflag

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestPrefilterLiterals: for phrases of every kind each prefiltered
// pattern matches, the prefilter lets the pattern run (possible) and
// findAllIn finds what the plain pattern finds, inside a description long
// enough to take the windowed path.
func TestPrefilterLiterals(t *testing.T) {
	filler := strings.Repeat("You will help our team with weekly reports during the internship. ", 8)
	cases := []struct {
		re      *regexp.Regexp
		phrases []string
	}{
		{reCheck, []string{
			"depositing the check", "cash a cheque", "checks will be mailed to you", "we send you a check",
			"buy supplies from the funds you receive", "purchase equipment using the check",
			"reshipping", "re-shipment", "package forwarding", "parcel reshipping",
			"receive and forward goods", "accept, inspect and repackage items", "receive, inspect, and re-ship merchandise",
			"receive parcels at your home", "forwarding the packages", "buy gift cards", "gift card codes",
			"pay them in gift cards", "send the remaining balance back to the employer", "wire the rest to us",
			"via western union", "bitcoin atm", "money mule", "money transfer agent", "payment processing agent",
			"receive payments into your own bank account",
		}},
		{reUnpaidPhrase, []string{
			"volunteer position", "on a volunteer basis", "for academic credit only", "course credit instead of pay",
			"in exchange for college credit", "paid in exposure", "paid in experience", "payment is experience",
			"payment will be in exposure", "compensation is exposure", "equity-only", "paid only in equity",
			"without any pay", "no stipend", "not a salary", "is not paid", "will be not compensated",
		}},
	}
	for _, c := range cases {
		for _, p := range c.phrases {
			if !c.re.MatchString(p) {
				t.Errorf("%q does not match the pattern (fix the case)", p)
				continue
			}
			text := filler + "Then " + p + ". " + filler
			v := newView(FieldText, text)
			if !possible(c.re, v.s) {
				t.Errorf("prefilter rules out %q", p)
			}
			if got, want := v.findAllIn(c.re), v.findAll(c.re); !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("findAllIn on %q = %v, want %v", p, got, want)
			}
		}
	}
}
