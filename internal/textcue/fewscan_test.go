package textcue

import (
	"math/rand/v2"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

// fewExprs are patterns for the prefix scan: many prefixes and few, with
// and without word boundaries, prefixes inside others, digits and spaces
// (which Fold maps), non-ASCII bytes, and the normalize shapes.
var fewExprs = append([]string{
	`(?i)\bmicro[- ]?internships?\b`,
	`(?i)\b(?:volunteer (?:position|role|opportunity|basis)|this is a volunteer|unpaid (?:position|role))\b`,
	`(?i)\b(?:unpaid|non[- ]paid|not paid|no pay|no payment|no stipend|no salary)\b`,
	`(?i)(?:a|ab|b)c`,
	`(?i)x\d{1,2}\s+y`,
	`(?:é|e)(?:t|té)`,
	`(?i)\$\d`,
	`(?i)(?:\bfor|over|\bin)\s*$`,
}, regexpCases...)

// fewTexts are random texts of the pieces the patterns look for.
func fewTexts(n int) []string {
	pieces := []string{"micro", "Micro-", "MICRO ", "internship", "Internships", "volunteer ", "position", "this is a ",
		"unpaid", "non-paid", "not paid", "no pay", "No Payment", "a", "ab", "b", "c", "x", "X1", "x12 ", "  y", "x3 y", "X45\ty", "\t", "\n",
		"é", "ét", "été", "É", "$", "$5", "for", "over", "in", " ", "_", "\xff", "\u017f", "\u212a", "9", "apply by", "Remote",
		"12 hours", "3-4 Hours", "due", "Deadline: ", "on-site", "onsite", "in office", "straße", "STRASSE", "ski", "SKY", "\u017fky"}
	rng := rand.New(rand.NewPCG(6, 6))
	out := append([]string(nil), regexpTexts...)
	for range n {
		var b strings.Builder
		for range 1 + rng.IntN(16) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		out = append(out, b.String())
	}
	return out
}

// checkFew compares the prefix scan of expr with the automaton's
// candidates on s, those with the automaton's on the Fold copy of s (which
// it reads as it is: Fold's values are its fixed points), and the
// Regexp's searches with the plain regexp's.
func checkFew(t *testing.T, c *Regexp, few *fewScan, s string) int {
	t.Helper()
	low := []byte(s)
	for i, b := range low {
		low[i] = Fold[b]
	}
	want := c.candidates(nil, string(low))
	if got := c.candidates(nil, s); !slices.Equal(got, want) {
		t.Fatalf("%s: automaton on %q: %v, on its Fold copy %v", c, s, got, want)
	}
	if got := few.candidates(nil, s); !slices.Equal(got, want) {
		t.Fatalf("%s: prefix scan of %q: %v, automaton %v", c, s, got, want)
	}
	checkRegexp(t, c, s)
	return len(want)
}

// TestFewScanSameAsAutomaton: the byte scan finds the automaton's
// candidates, for every pattern (the bounds on its use aside), and the
// Regexps that use it find the plain regexps' matches.
func TestFewScanSameAsAutomaton(t *testing.T) {
	texts := fewTexts(6000)
	if raceEnabled {
		texts = texts[:1500]
	}
	used := 0
	for _, expr := range fewExprs {
		c := MustCompile(expr)
		tree, _ := syntax.Parse(expr, syntax.Perl)
		plain, bounded, ok := regexpPatterns(tree)
		if !ok {
			t.Fatalf("%s: no patterns", expr)
		}
		few := buildFewScan(plain, bounded)
		if c.few != nil {
			used++
		}
		found := 0
		for _, s := range texts {
			found += checkFew(t, c, few, s)
		}
		if found < 40*len(texts)/6000 {
			t.Errorf("%s: only %d candidates: the texts do not exercise it", expr, found)
		}
	}
	if used < 4 {
		t.Errorf("only %d of the patterns take the prefix scan", used)
	}
}

// FuzzFewScan: on any text, the prefix scan finds the automaton's
// candidates.
func FuzzFewScan(f *testing.F) {
	f.Add("micro-internship Micro Internships, VOLUNTEER basis", uint8(0))
	f.Add("x12  y é été \xff$5", uint8(4))
	var cs []*Regexp
	var fews []*fewScan
	for _, expr := range fewExprs {
		cs = append(cs, MustCompile(expr))
		tree, _ := syntax.Parse(expr, syntax.Perl)
		plain, bounded, _ := regexpPatterns(tree)
		fews = append(fews, buildFewScan(plain, bounded))
	}
	f.Fuzz(func(t *testing.T, s string, pick uint8) {
		i := int(pick) % len(cs)
		checkFew(t, cs[i], fews[i], s)
	})
}
