package normalize

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// markerTexts are the differential tests' texts and amounts in every
// shape currencyMarkers reads: symbols, codes glued to digits, currency
// words up to five bytes after a number (spaces, "k"), words far from any
// digit, upper case, bytes past ASCII.
func markerTexts(t *testing.T) []string {
	out := normspeed7GuardTexts(t)
	rng := rand.New(rand.NewPCG(8, 15))
	parts := []string{"5", "12", "1,500", "$", "US$", "€", "£", "元", "руб", " ", "  ", "k", "K", "dollars", "Dollar", "pounds",
		"euro", "EUROS", "rupees", "USD", "eur", "GBP", "Rs", "CHF", "per hour", "deadline", "reports", "pd", "ep", "x",
		"\u00e9", "-", "/", "(", ".", "\n"}
	for _, n := range []string{"5", "40", "1,500", "x5", "5.5"} {
		for _, sp := range []string{"", " ", "  ", "   "} {
			for _, k := range []string{"", "k", "K", "kk", "kkk", "k "} {
				for _, w := range []string{"dollars", "Pounds", "euro", "rupees", "EUR", "dollarx", "per hour", "pd"} {
					out = append(out, n+sp+k+w, "Pay: "+n+sp+k+w+" a month.", n+sp+k+w+k+w)
				}
			}
		}
	}
	for range 4000 {
		var b strings.Builder
		for range 1 + rng.IntN(12) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		out = append(out, b.String())
	}
	return out
}

// currencyMarkersBoth returns currencyMarkers with markerSkip on and off.
func currencyMarkersBoth(s string) (fast, ref [][2]int) {
	fast = currencyMarkers(s)
	flagspeed8Off = true
	defer func() { flagspeed8Off = false }()
	return fast, currencyMarkers(s)
}

// TestMarkerSkipSame: currencyMarkers finds the same markers with and
// without markerSkip on every text of markerTexts (among them thousands of
// markers, currency words after numbers included); with '$' or 'e' left
// out of what it reads, the comparison fails.
func TestMarkerSkipSame(t *testing.T) {
	texts := markerTexts(t)
	found, words := 0, 0
	differs := func() string {
		for _, s := range texts {
			if fast, ref := currencyMarkersBoth(s); !reflect.DeepEqual(fast, ref) {
				return s
			}
		}
		return ""
	}
	if s := differs(); s != "" {
		fast, ref := currencyMarkersBoth(s)
		t.Fatalf("currencyMarkers(%q) = %v with markerSkip, %v without", s, fast, ref)
	}
	for _, s := range texts {
		for _, m := range currencyMarkers(s) {
			found++
			if c := s[m[0]]; 'a' <= c && c <= 'z' {
				words++
			}
		}
	}
	if found < 2000 || words < 200 {
		t.Fatalf("%d markers, %d lower-case words: the texts do not exercise the scan", found, words)
	}
	saved := markerLead
	defer func() { markerLead = saved }()
	markerLead['$'] = false
	if differs() == "" {
		t.Fatal("with '$' skipped, no text differs: the comparison cannot fail")
	}
	markerLead = saved
	markerLead['9'], markerLead['5'], markerLead['2'] = false, false, false
	if differs() == "" {
		t.Fatal("with digits skipped (no window for currency words), no text differs")
	}
}

// FuzzMarkerSkip: on any text, currencyMarkers finds the same markers with
// and without markerSkip.
func FuzzMarkerSkip(f *testing.F) {
	for _, s := range []string{"$5", "5 k dollars", "12k  euros", "100EUR", "US$ 40", "£30", "5\u00a0dollars", "Rs. 500", "9 rupees"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if fast, ref := currencyMarkersBoth(s); !reflect.DeepEqual(fast, ref) {
			t.Fatalf("currencyMarkers(%q) = %v with markerSkip, %v without", s, fast, ref)
		}
	})
}
