package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/textcue"
)

// foldText is the textcue.Fold copy of s.
func foldText(s string) string {
	b := []byte(s)
	for i := range b {
		b[i] = textcue.Fold[b[i]]
	}
	return string(b)
}

// normspeed7Literals are literals to look for: every literal of the
// guards made, words hasFold is asked for, and odd ones.
func normspeed7Literals() []string {
	out := []string{"", "a", " ", "hybrid", "rtly remote", "tially remote", "remote", "wfh", "0 ", "yb", "zz", "\xff", "é"}
	loadAll()
	guardMu.Lock()
	exprs := append([]string(nil), guardExprs...)
	guardMu.Unlock()
	for _, e := range exprs {
		for _, l := range newLiteralGuardQuiet(e).lists {
			out = append(out, l...)
		}
	}
	for _, g := range []*cueRegexp{strongOnsite, bodyRemote} {
		for _, l := range g.load().guard.lists {
			out = append(out, l...)
		}
	}
	return out
}

// checkPairs checks has and holdsAll of the fold cache against
// strings.Contains and textcue.HoldsAll on the folded s; it returns the
// literals found.
func checkPairs(t *testing.T, c *foldCache, s string, lits []string) int {
	t.Helper()
	low, n := foldText(s), 0
	for i, w := range lits {
		want := strings.Contains(low, w)
		if got := c.has(s, w); got != want {
			t.Fatalf("has(%q, %q) = %v, want %v", s, w, got, want)
		}
		lists := [][]string{lits[i : i+1], lits[max(0, i-3):i]}
		if got, want := c.holdsAll(s, lists), textcue.HoldsAll(low, lists); got != want {
			t.Fatalf("holdsAll(%q, %q) = %v, want %v", s, lists, got, want)
		}
		if want {
			n++
		}
	}
	return n
}

// TestNormspeed7Pairs: the fold cache's literal looks, which rule out a
// literal by a pair of bytes the text lacks, find what strings.Contains
// finds in the folded text; texts come and go through its two entries.
func TestNormspeed7Pairs(t *testing.T) {
	lits := normspeed7Literals()
	c := new(foldCache)
	found := 0
	for _, s := range normspeed7KeyTexts(t) {
		found += checkPairs(t, c, s, lits)
	}
	if found < 10000 {
		t.Fatalf("only %d literals found: the texts do not exercise the looks", found)
	}
}

// FuzzNormspeed7Pairs: on any text the literal looks are strings.Contains
// on the folded text.
func FuzzNormspeed7Pairs(f *testing.F) {
	f.Add("We work HYBRID, partly remote.", "hybrid")
	f.Add("wf\th", "wf h")
	lits := normspeed7Literals()
	f.Fuzz(func(t *testing.T, s, w string) {
		c := new(foldCache)
		checkPairs(t, c, s, append(lits, w, foldText(w)))
	})
}
