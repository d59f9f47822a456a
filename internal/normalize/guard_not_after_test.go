package normalize

import (
	"regexp/syntax"
	"strings"
	"testing"
	"unicode"
)

// firstSet adds to set the runes a match of re may start with, folded
// both ways under (?i), and reports whether re may match the empty string.
func firstSet(t *testing.T, re *syntax.Regexp, set map[rune]bool) (nullable bool) {
	add := func(r rune, fold bool) {
		set[r] = true
		for f := unicode.SimpleFold(r); fold && f != r; f = unicode.SimpleFold(f) {
			set[f] = true
		}
	}
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginText, syntax.OpBeginLine, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpLiteral:
		add(re.Rune[0], re.Flags&syntax.FoldCase != 0)
		return false
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > 1000 {
				t.Fatalf("class too wide in %v", re)
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				add(r, false)
			}
		}
		return false
	case syntax.OpCapture, syntax.OpPlus:
		return firstSet(t, re.Sub[0], set)
	case syntax.OpStar, syntax.OpQuest:
		firstSet(t, re.Sub[0], set)
		return true
	case syntax.OpRepeat:
		n := firstSet(t, re.Sub[0], set)
		return n || re.Min == 0
	case syntax.OpConcat:
		for _, s := range re.Sub {
			if !firstSet(t, s, set) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		n := false
		for _, s := range re.Sub {
			n = firstSet(t, s, set) || n
		}
		return n
	}
	t.Fatalf("op %v not handled in %v", re.Op, re)
	return false
}

// TestFirstBytesCoverNotAfter derives, from each regexp's own syntax, the
// runes a match may start with past `^\s*`, and checks the gate lets each
// ASCII one through (runes beyond ASCII always run the regexp). White
// space is left out: the gate skips it, and in totalNotAfter it starts
// only `[-\s]*(?:work)?(?:week|day)`, whose other first bytes are in the
// gate.
func TestFirstBytesCoverNotAfter(t *testing.T) {
	for _, c := range []struct {
		name  string
		expr  string
		first *firstBytes
	}{
		{"durNotAfter", durNotAfter.String(), durNotAfterFirst},
		{"totalNotAfter", totalNotAfter.String(), totalNotAfterFirst},
	} {
		const head = `(?i)^\s*(?:`
		if !strings.HasPrefix(c.expr, head) || !strings.HasSuffix(c.expr, ")") {
			t.Fatalf("%s: %q is not of the form %s...)", c.name, c.expr, head)
		}
		tree, err := syntax.Parse(`(?i)`+c.expr[len(head):len(c.expr)-1], syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		set := map[rune]bool{}
		if firstSet(t, tree, set) {
			t.Fatalf("%s: the part after \\s* may be empty", c.name)
		}
		for r := range set {
			if r < 0x80 && !c.first[r] && !strings.ContainsRune(" \t\n\f\r", r) {
				t.Errorf("%s: a match may start with %q, which the gate skips", c.name, r)
			}
		}
	}
}

func TestNotAfterGateAgrees(t *testing.T) {
	for _, s := range []string{"", "  ", " per week", " /wk", ", and", ". Then", " of experience", "  \tnotice",
		" - workweek", "-day", " ſick", " Severance", " OFF", " for new parents", " x", "1 more", " (paid)", " a year"} {
		if got, want := durNotAfterMatch(s), durNotAfter.MatchString(s); got != want {
			t.Errorf("durNotAfterMatch(%q) = %v, regexp %v", s, got, want)
		}
		if got, want := totalNotAfterMatch(s), totalNotAfter.MatchString(s); got != want {
			t.Errorf("totalNotAfterMatch(%q) = %v, regexp %v", s, got, want)
		}
	}
}
