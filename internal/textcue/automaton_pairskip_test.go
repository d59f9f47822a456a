package textcue

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// pairSkipRef is pairSkip with every read bounds-checked (the loop before
// its reads went unchecked): the reference it is compared with.
func pairSkipRef(small []uint16, class *[256]uint8, stride int, lo, hi []byte, i, ka, kb int) (int, uint16, uint16) {
	hi = hi[:len(lo)]
	va, vb := uint16(ka), uint16(kb)
	for ; i < len(lo); i++ {
		va = small[ka*stride+int(class[lo[i]])]
		vb = small[kb*stride+int(class[hi[i]])]
		if (va|vb)&smallOut != 0 {
			return i, va, vb
		}
		ka, kb = int(va), int(vb)
	}
	return i, va, vb
}

// checkPairSkip walks the halves of hay as appendPair does, by pairSkip
// and by pairSkipRef, from each stop to the next, and fails on the first
// difference; it returns the stops.
func checkPairSkip(t *testing.T, a *Automaton, hay []byte) int {
	t.Helper()
	mid := len(hay) / 2
	lo, hi := hay[:mid], hay[mid:2*mid]
	ka, kb, stops := 0, 0, 0
	for i := 0; ; i++ {
		gi, gva, gvb := pairSkip(a.small, &a.class, a.stride, lo, hi, i, ka, kb)
		wi, wva, wvb := pairSkipRef(a.small, &a.class, a.stride, lo, hi, i, ka, kb)
		if gi != wi || gva != wva || gvb != wvb {
			t.Fatalf("from %d (states %d, %d) on %q: %d %d %d, reference %d %d %d", i, ka, kb, hay, gi, gva, gvb, wi, wva, wvb)
		}
		if gi == len(lo) {
			return stops
		}
		stops++
		i, ka, kb = gi, int(gva&^smallOut), int(gvb&^smallOut)
	}
}

// TestPairSkipSameAsRef: on random patterns and texts (and the empty and
// one-byte halves), pairSkip stops where its checked reference stops, with
// the same table values.
func TestPairSkipSameAsRef(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 5))
	alpha := []string{"a", "b", "c", "ab", "1", " ", "é", "\xff"}
	word := func(n int) string {
		var b strings.Builder
		for b.Len() < n {
			b.WriteString(alpha[rng.IntN(len(alpha))])
		}
		return b.String()[:n]
	}
	stops := 0
	for range 300 {
		var pats []string
		for range 1 + rng.IntN(30) {
			pats = append(pats, word(1+rng.IntN(9)))
		}
		a, err := NewAutomaton(pats)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range []int{0, 1, 2, 3, 17, 200 + rng.IntN(300)} {
			stops += checkPairSkip(t, a, []byte(word(n)))
		}
	}
	if stops < 1000 {
		t.Fatalf("only %d stops: the walks hardly met a pattern", stops)
	}
}

// FuzzPairSkip: on any patterns and text, pairSkip walks as its checked
// reference.
func FuzzPairSkip(f *testing.F) {
	f.Add("he|she|his|hers", strings.Repeat("ushers and his shed ", 8))
	f.Add("a|aa|aaaaaaaa", strings.Repeat("a", 131))
	f.Fuzz(func(t *testing.T, pats, hay string) {
		var ps []string
		for _, p := range strings.Split(pats, "|") {
			if p != "" {
				ps = append(ps, p)
			}
		}
		if len(ps) == 0 || len(ps) > 200 {
			return
		}
		a, err := NewAutomaton(ps)
		if err != nil || a.small == nil {
			return
		}
		checkPairSkip(t, a, []byte(hay))
	})
}
