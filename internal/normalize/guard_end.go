package normalize

import (
	"regexp/syntax"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/textcue"
)

// The readers ask many questions of the few words before a number or a
// match with expressions anchored at the end of their text ("for|over|
// lasting ... (about|up to)?$", "(no|not|without) (an?|any)?$"): most texts
// end otherwise. An endGuard is anchoredRe's guard read backwards: every
// match, its white space taken out, ends with one of a few strings
// (derived from the expression's syntax tree reversed, see reverseTree), so
// a text whose last such bytes end with none of them has no match, and its
// cue regexp skips it before the prefix search and the runs at the
// prefixes (the NFA's, for the larger expressions).
type endGuard struct {
	guardStarts // the ends, reversed
}

// endGuarded are the cue regexps with an end guard, for the tests.
var endGuarded []*cueRegexp

// newEndGuard returns the guard of expr, nil when it is not anchored at
// its end ($, not in multi-line mode) or its matches may end with anything
// (or with nothing but white space).
func newEndGuard(expr string) *endGuard {
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil || tree.Op != syntax.OpConcat || len(tree.Sub) < 2 || tree.Sub[len(tree.Sub)-1].Op != syntax.OpEndText {
		return nil
	}
	rest := reverseTree(&syntax.Regexp{Op: syntax.OpConcat, Flags: tree.Flags, Sub: tree.Sub[:len(tree.Sub)-1]})
	rest = squeezeSpace(rest)
	if g, ok := newGuardStarts(rest); ok {
		return &endGuard{g}
	}
	return nil
}

// reverseTree returns re matching the reversed strings (rune by rune) of
// what re matches, as far as the prefixes of anchoredPrefixes can tell:
// assertions other than the text's and lines' ends are kept as they are
// (a word boundary is one either way; the prefixes do not check them).
func reverseTree(re *syntax.Regexp) *syntax.Regexp {
	out := *re
	switch re.Op {
	case syntax.OpLiteral:
		out.Rune = make([]rune, len(re.Rune))
		for i, r := range re.Rune {
			out.Rune[len(re.Rune)-1-i] = r
		}
		return &out
	case syntax.OpBeginText:
		out.Op = syntax.OpEndText
		return &out
	case syntax.OpEndText:
		out.Op = syntax.OpBeginText
		return &out
	case syntax.OpBeginLine:
		out.Op = syntax.OpEndLine
		return &out
	case syntax.OpEndLine:
		out.Op = syntax.OpBeginLine
		return &out
	}
	if len(re.Sub) > 0 {
		out.Sub = make([]*syntax.Regexp, len(re.Sub))
		for i, sub := range re.Sub {
			out.Sub[i] = reverseTree(sub)
		}
		if re.Op == syntax.OpConcat {
			for i, j := 0, len(out.Sub)-1; i < j; i, j = i+1, j-1 {
				out.Sub[i], out.Sub[j] = out.Sub[j], out.Sub[i]
			}
		}
	}
	return &out
}

// skips reports that s has no match: its last bytes other than white
// space, folded and read backwards, start with none of the ends. A text
// with a byte past ASCII among them is not skipped; nor is any in the
// reference run.
func (g *endGuard) skips(s string) bool {
	if g == nil || reference || flagspeed8Off {
		return false
	}
	var buf [maxAnchoredPrefix]byte
	k := 0
	for i := len(s) - 1; i >= 0 && k < g.n; i-- {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false
		}
		if f := textcue.Fold[c]; f != ' ' {
			buf[k] = f
			k++
		}
	}
	return g.startsNone(&buf, k)
}
