package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestBareDigitsOnly checks bareDigitsOnly against reBareAt: wherever it
// reports digits alone, reBareAt's match is the digits with no k, range
// or period, which textBareAt reads as no pay. The snippets are numbers
// followed by the words and marks a pay amount may have after it (and
// look-alikes: "years", "hours", "weeks", a Kelvin sign), as tables and
// as random joins of them.
func TestBareDigitsOnly(t *testing.T) {
	heads := []string{"7", "42", "385", "2026", "125000", strings.Repeat("9", 90)}
	tails := []string{"", " ", "  ", "\t", "\n", "\v", ",", ", ", ".", ". ", "'", "’", "\u202f", "\u2009", " 000", "k", "K", " k", "\u212a",
		"-", " - ", "–", "—", " to ", "To", "tons", " /hr", "/", "per", " per year", "p.a.", "pa", "ph", "pd", "a year", "an hour", "annually", "apps",
		"hourly", " Hourly", "hours", "hrs", "daily", "days", "weekly", "wee\u212aly", "weeks", "monthly", "months", "yearly", "years", "y",
		"+", "%", ")", "(", " people", " of", " and", " at", " an", " an,", " a", " a.", " pay", " pe", " pen", "p", " p", "a", "th", "x", "st", "nd", "rd", " ſ", "é", "_", "€", "$"}
	check := func(snip string, n int) {
		t.Helper()
		if len(snip) > 80 {
			snip = snip[:80]
		}
		if !bareDigitsOnly(snip, n) {
			return
		}
		m := reBareAt.FindStringSubmatchIndex(snip)
		if m == nil || m[2] != 0 || m[3] != min(n, len(snip)) {
			t.Errorf("bareDigitsOnly(%q, %d): reBareAt's match is %v", snip, n, m)
			return
		}
		for g := 2; 2*g < len(m); g++ {
			if m[2*g] >= 0 {
				t.Errorf("bareDigitsOnly(%q, %d): reBareAt's group %d matched (%v)", snip, n, g, m)
			}
		}
		if p := textBareAt("text", snip, m); p != nil {
			t.Errorf("textBareAt(%q) = %+v", snip, p)
		}
	}
	for _, h := range heads {
		for _, tl := range tails {
			for _, more := range []string{"", " 50", " per month", " weeks", "!"} {
				check(h+tl+more, len(h))
			}
		}
	}
	r := rand.New(rand.NewPCG(15, 1))
	for range 20000 {
		var b strings.Builder
		h := heads[r.IntN(len(heads)-1)]
		b.WriteString(h)
		for range 1 + r.IntN(4) {
			b.WriteString(tails[r.IntN(len(tails))])
		}
		check(b.String(), len(h))
	}
	for _, snip := range []string{"42 people", "5 years of", "40 hours", "2026 and", "8 at", "3 apps", "9 pens", "3 weeks", "12 months", "7)"} {
		if n := strings.IndexFunc(snip, func(r rune) bool { return r < '0' || r > '9' }); !bareDigitsOnly(snip, n) {
			t.Errorf("bareDigitsOnly(%q) = false, want true", snip)
		}
	}
	// The reference run never skips.
	reference = true
	defer func() { reference = false }()
	if bareDigitsOnly("42 people", 2) {
		t.Error("bareDigitsOnly skips in the reference run")
	}
}
