package normalize

import (
	"math/rand/v2"
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"
	"unicode"
)

// sampleMatch writes to b a random string spelled by re's syntax tree: a
// candidate match (empty-width assertions are not enforced, so a caller
// keeps only the samples the regexp matches). Repeats are bounded.
func sampleMatch(rng *rand.Rand, re *syntax.Regexp, b *strings.Builder) {
	switch re.Op {
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			if re.Flags&syntax.FoldCase != 0 && rng.IntN(2) == 0 {
				r = unicode.SimpleFold(r)
			}
			b.WriteRune(r)
		}
	case syntax.OpCharClass:
		if len(re.Rune) == 0 {
			return
		}
		i := rng.IntN(len(re.Rune)/2) * 2
		lo, hi := re.Rune[i], re.Rune[i+1]
		b.WriteRune(lo + rune(rng.IntN(int(min(hi-lo, 200))+1)))
	case syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		b.WriteByte(" ax."[rng.IntN(4)])
	case syntax.OpCapture:
		sampleMatch(rng, re.Sub[0], b)
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
		lo, hi := 0, 2
		switch re.Op {
		case syntax.OpPlus:
			lo, hi = 1, 3
		case syntax.OpQuest:
			hi = 1
		case syntax.OpRepeat:
			lo, hi = re.Min, re.Max
			if hi < 0 || hi > lo+2 {
				hi = lo + 2
			}
		}
		for range lo + rng.IntN(hi-lo+1) {
			sampleMatch(rng, re.Sub[0], b)
		}
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			sampleMatch(rng, sub, b)
		}
	case syntax.OpAlternate:
		sampleMatch(rng, re.Sub[rng.IntN(len(re.Sub))], b)
	}
}

// sampleMatches returns up to n distinct random matches of re (at most
// 40n tries), each alone and inside a long text of plain words.
func sampleMatches(t *testing.T, re *regexp.Regexp, n int) []string {
	t.Helper()
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(7, uint64(len(re.String()))))
	filler := strings.Repeat("We build dashboards for clinics with a small team. ", 12)
	seen := map[string]bool{}
	var out []string
	for try := 0; try < 40*n && len(seen) < n; try++ {
		var b strings.Builder
		sampleMatch(rng, tree, &b)
		s := b.String()
		if seen[s] || !re.MatchString(s) {
			continue
		}
		seen[s] = true
		out = append(out, s, filler+s+"\n"+filler)
	}
	return out
}

// TestNormspeed7GuardsSampled: the guards written by hand (and the derived
// ones) never skip a text the regexp matches, on matches spelled from
// every alternative of the regexp itself — so an alternative added to one
// of these regexps without its literal in the guard fails here, whatever
// the other tests' texts say.
func TestNormspeed7GuardsSampled(t *testing.T) {
	plain := map[string]*guardedRe{"foreignRemoteMore": foreignRemoteMore, "foreignOnsiteMore": foreignOnsiteMore,
		"foreignHybridMore": foreignHybridMore, "workHybrid": workHybrid, "leadHybrid": leadHybrid}
	for name, g := range plain {
		texts := sampleMatches(t, g.Regexp, 400)
		if len(texts) < 20 {
			t.Fatalf("%s: only %d sampled matches", name, len(texts)/2)
		}
		for _, s := range texts {
			if g.skips(s) {
				t.Fatalf("%s: guard skips %q, which has a match", name, s)
			}
		}
	}
	for name, c := range normspeed7HandGuarded {
		texts := sampleMatches(t, c.plain(), 400)
		if len(texts) < 20 {
			t.Fatalf("%s: only %d sampled matches", name, len(texts)/2)
		}
		for _, s := range texts {
			checkHandGuard(t, name, c, s)
			if c == strongOnsite {
				checkOnsiteWindows(t, s)
			}
		}
	}
}
