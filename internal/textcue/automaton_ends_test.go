package textcue

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// expandEnds returns the matches of ends, expanded by Outputs.
func expandEnds(a *Automaton, ends []ACEnd) []ACMatch {
	var out []ACMatch
	for _, e := range ends {
		for _, id := range a.Outputs(int(e.State)) {
			out = append(out, ACMatch{PatternID: int(id), Start: e.End - a.PatternLen(int(id)), End: e.End})
		}
	}
	return out
}

// checkEnds compares AppendEnds, expanded, with AppendOverlapping (one
// walk) on hay, and checks that the ends ascend; it returns the matches.
func checkEnds(t testing.TB, a *Automaton, hay []byte) int {
	t.Helper()
	ends := a.AppendEnds(nil, hay)
	for i := 1; i < len(ends); i++ {
		if ends[i].End <= ends[i-1].End {
			t.Fatalf("ends not ascending on %q: %v", hay, ends)
		}
	}
	got, want := expandEnds(a, ends), a.AppendOverlapping(nil, hay)
	if !slices.Equal(got, want) {
		t.Fatalf("on %q:\n got %v\nwant %v", hay, got, want)
	}
	return len(want)
}

// TestEndsSameAsMatches: the ends of a scan, expanded by the states'
// outputs, are the matches one walk (AppendOverlapping) reports, in its order,
// on plain and merged automata (small and large tables) and on texts of
// every length around the two-walk threshold; traps: a text with no
// pattern byte, the empty text.
func TestEndsSameAsMatches(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	alpha := []string{"a", "b", "c", "ab", "1", "2", " ", "é"}
	word := func(n int) string { return randWord(rng, alpha, n) }
	found := 0
	for range 300 {
		var pats []string
		for range 1 + rng.IntN(30) {
			pats = append(pats, word(1+rng.IntN(9)))
		}
		ids := lengthIDs(pats, func(i int) int { return i % 3 })
		plain, err := NewAutomaton(pats)
		if err != nil {
			t.Fatal(err)
		}
		merged, err := NewMergedAutomaton(pats, ids)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range []int{0, 1, minPairScan - 1, minPairScan, minPairScan + 1, 200 + rng.IntN(300)} {
			hay := []byte(word(n))
			found += checkEnds(t, plain, hay) + checkEnds(t, merged, hay)
			if n > 0 && len(plain.AppendEnds(nil, []byte(strings.Repeat("z", n)))) != 0 {
				t.Fatalf("ends on a text of no pattern byte")
			}
		}
	}
	// A large table (the uint32 one): more states than smallOut.
	var pats []string
	letters := []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t"}
	for range 7000 {
		pats = append(pats, randWord(rng, letters, 8))
	}
	var hay strings.Builder
	for range 300 {
		hay.WriteString(pats[rng.IntN(len(pats))][:4+rng.IntN(5)])
		hay.WriteString(randWord(rng, letters, rng.IntN(4)))
	}
	large, err := NewAutomaton(pats)
	if err != nil {
		t.Fatal(err)
	}
	if large.small != nil {
		t.Fatal("expected the large table")
	}
	found += checkEnds(t, large, []byte(hay.String()))
	if found < 10000 {
		t.Fatalf("only %d matches", found)
	}
}

// FuzzEnds: on any patterns and text, the ends expanded are the matches.
func FuzzEnds(f *testing.F) {
	f.Add("he|she|his|hers", strings.Repeat("ushers and his shed ", 8))
	f.Add("a|aa|aaaaaaaa", strings.Repeat("a", 131))
	f.Fuzz(func(t *testing.T, pats, hay string) {
		ps := fuzzPatterns(pats)
		if ps == nil {
			return
		}
		a, err := NewAutomaton(ps)
		if err != nil {
			return
		}
		checkEnds(t, a, []byte(hay))
	})
}
