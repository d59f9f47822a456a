package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/textcue"
)

// foldPairsTwoLoops is what foldPairs replaced: the copy appended, then
// fillPairs over it.
func foldPairsTwoLoops(s string) ([]byte, *pairSet) {
	var low []byte
	for j := 0; j < len(s); j++ {
		low = append(low, textcue.Fold[s[j]])
	}
	return low, fillPairs(nil, low)
}

func checkFoldPairs(t *testing.T, s string, low []byte, set *pairSet) {
	t.Helper()
	gotLow, gotSet := foldPairs(low, s, set)
	wantLow, wantSet := foldPairsTwoLoops(s)
	if string(gotLow) != string(wantLow) || *gotSet != *wantSet {
		t.Fatalf("foldPairs(%q) = %q (pairs differ: %v), two loops %q", s, gotLow, *gotSet != *wantSet, wantLow)
	}
}

// TestFoldPairsSame compares foldPairs with the two loops on texts of
// every length up to a few, mixed scripts and cases, with a reused
// buffer and pair set holding an earlier, longer text's (which must not
// leak into the result).
func TestFoldPairsSame(t *testing.T) {
	texts := append([]string{"", "a", "Ab", "ſK", "Straße über 東京", "\xff\x00\x80", "HYBRID wfh"}, fixtureTextsOrNone(t)...)
	rng := rand.New(rand.NewPCG(21, 21))
	for range 300 {
		b := make([]byte, rng.IntN(300))
		for i := range b {
			b[i] = byte(rng.IntN(256))
		}
		texts = append(texts, string(b))
	}
	old, oldSet := foldPairs(nil, strings.Repeat("Long earlier TEXT, with pairs. ", 40), nil)
	for _, s := range texts {
		checkFoldPairs(t, s, nil, nil)
		checkFoldPairs(t, s, old, oldSet)
		old, oldSet = foldPairs(old, strings.Repeat("Zq", 50), oldSet)
	}
}

func FuzzFoldPairs(f *testing.F) {
	for _, s := range []string{"", "a", "HYBRID wfh", "Straße über"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		old, oldSet := foldPairs(nil, "Earlier text here, longer than most.", nil)
		checkFoldPairs(t, s, nil, nil)
		checkFoldPairs(t, s, old, oldSet)
	})
}

// fillPairs returns set (new when nil) holding the pairs and runs of
// three of low.
func fillPairs(set *pairSet, low []byte) *pairSet {
	if set == nil {
		set = new(pairSet)
	} else {
		*set = pairSet{}
	}
	for i := 0; i+1 < len(low); i++ {
		p := uint16(low[i])<<8 | uint16(low[i+1])
		set.pairs[p/64] |= 1 << (p % 64)
		if i+2 < len(low) {
			t := triBit(low[i], low[i+1], low[i+2])
			set.tris[t/64] |= 1 << (t % 64)
		}
	}
	return set
}
