package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// containsFoldLoop is containsFold as it was: a byte loop.
func containsFoldLoop(s, sub string) bool {
	if sub == "" {
		return true
	}
	c0, c1 := sub[0], sub[0]
	if c0 >= 'a' && c0 <= 'z' {
		c1 = c0 - 'a' + 'A'
	}
	for i := 0; i+len(sub) <= len(s); i++ {
		if (s[i] == c0 || s[i] == c1) && hasPrefixFold(s[i:], sub) {
			return true
		}
	}
	return false
}

var containsFoldSubs = []string{"", "a", "h", "hybrid", "remote", " day", "office", "per", "-time", "$", "10", "wfh", "über", "ab"}

// TestContainsFoldScanSame compares containsFoldScan with the byte loop
// on the fixtures and random texts over a small alphabet (so that partial
// matches, both cases and matches at the very end are common).
func TestContainsFoldScanSame(t *testing.T) {
	texts := append([]string{"", "A", "HYBRID", "hyBriD work", "Office", "oFFICE!", "x day", "aB", "über ÜBER", "10-time"}, fixtureTextsOrNone(t)...)
	rng := rand.New(rand.NewPCG(23, 23))
	alpha := "aAbBhHyYrRiIdD oOfFcCeE-$1 0wW"
	for range 2000 {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			b[i] = alpha[rng.IntN(len(alpha))]
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		for _, sub := range containsFoldSubs {
			if got, want := containsFoldScan(s, sub), containsFoldLoop(s, sub); got != want {
				t.Fatalf("containsFoldScan(%q, %q) = %v, byte loop %v", s, sub, got, want)
			}
		}
	}
}

func FuzzContainsFoldScan(f *testing.F) {
	f.Add("Hybrid work, 2 days in the OFFICE", "office")
	f.Add("aAaAb", "ab")
	f.Fuzz(func(t *testing.T, s, sub string) {
		sub = strings.ToLower(sub) // containsFold's sub is lower case
		for _, u := range append(containsFoldSubs, sub) {
			if got, want := containsFoldScan(s, u), containsFoldLoop(s, u); got != want {
				t.Errorf("containsFoldScan(%q, %q) = %v, byte loop %v", s, u, got, want)
			}
		}
	})
}
