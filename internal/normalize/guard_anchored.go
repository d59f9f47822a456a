package normalize

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"unicode/utf8"
	"unsafe"

	"github.com/gigscout/gigscout/internal/textcue"
)

// judge reads the few words right after an amount with anchored
// expressions ("^ per hour", "^ for the project", "^ in funding"): several
// are too large for the regexp package's backtracking matcher, so every
// call, even one that fails at the first word, runs its NFA over hundreds
// of threads (unitAfter, about 1,100 instructions, cost more than a
// microsecond a call). Most calls fail: the words after an amount are
// seldom a period, a fee or a funding round.
//
// An anchoredRe skips the calls that cannot match by the first bytes of
// the text other than white space: every match, its white space taken
// out, starts with one of a few strings (derived from the expression's
// syntax tree with its white space taken out, see squeezeSpace), so a
// text whose first such bytes start with none of them has no match. White
// space is taken out because nearly every expression and every text
// starts with some ("\s*per", " per hour"). Its results are the regexp's.
type anchoredRe struct {
	*regexp.Regexp
	guardStarts
}

// guardStarts are the strings every match of a squeezed expression starts
// with: byLen[k] holds those k bytes long (folded, white space taken out);
// lens lists the k with some, ascending; n is the longest (0: no guard).
// anchoredRe reads a text's first bytes against them, endGuard its last
// bytes backwards against the reversed expression's.
type guardStarts struct {
	byLen map[int]map[string]bool
	lens  []int
	n     int
}

// newGuardStarts returns the starts of the squeezed expression rest, the
// longest (at most maxAnchoredPrefix bytes) that leave no match without
// one: longer ones may be too many to list past the expression's first
// part, which then ends them, at nothing where that part is optional. ok
// is false when a match may start anywhere.
func newGuardStarts(rest *syntax.Regexp) (g guardStarts, ok bool) {
	for n := maxAnchoredPrefix; n >= 1; n-- {
		if byLen, lens := anchoredPrefixes(rest, n); byLen != nil {
			return guardStarts{byLen: byLen, lens: lens, n: lens[len(lens)-1]}, true
		}
	}
	return guardStarts{}, false
}

// startsNone reports that the k folded bytes in buf start with none of g.
func (g *guardStarts) startsNone(buf *[maxAnchoredPrefix]byte, k int) bool {
	for _, l := range g.lens {
		if l > k {
			break
		}
		if g.byLen[l][unsafe.String(&buf[0], l)] {
			return false
		}
	}
	return true
}

// anchoredGuards are every anchoredRe made, for the tests.
var anchoredGuards []*anchoredRe

// maxAnchoredPrefix bounds the prefixes of an anchoredRe.
const maxAnchoredPrefix = 6

// anchoredGuard wraps re, an expression anchored at the start of its text
// (^, not in multi-line mode), with its guard; an expression whose matches
// may start with anything (or with nothing but white space) gets none
// and runs as it is.
func anchoredGuard(re *regexp.Regexp) *anchoredRe {
	a := &anchoredRe{Regexp: re}
	anchoredGuards = append(anchoredGuards, a)
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil || tree.Op != syntax.OpConcat || len(tree.Sub) < 2 || tree.Sub[0].Op != syntax.OpBeginText {
		return a
	}
	rest := squeezeSpace(&syntax.Regexp{Op: syntax.OpConcat, Flags: tree.Flags, Sub: tree.Sub[1:]})
	a.guardStarts, _ = newGuardStarts(rest)
	return a
}

// anchoredPrefixes returns the prefixes, at most n bytes long, of the
// squeezed expression re by length, and their lengths ascending; nil when
// there are too many or a match may start anywhere.
func anchoredPrefixes(re *syntax.Regexp, n int) (map[int]map[string]bool, []int) {
	set := textcue.Prefixes(re, n, anchoredLimit, &textcue.Options{Folded: true, MaxClass: 12, Truncate: true})
	if set == nil {
		return nil, nil
	}
	byLen := map[int]map[string]bool{}
	var lens []int
	for p := range set {
		if p != "" && p[0] == textcue.Boundary {
			p = p[1:] // a start at a word boundary: not checked
		}
		if p == "" {
			return nil, nil
		}
		if byLen[len(p)] == nil {
			byLen[len(p)] = map[string]bool{}
			lens = append(lens, len(p))
		}
		byLen[len(p)][p] = true
	}
	slices.Sort(lens)
	return byLen, lens
}

// squeezeSpace returns re with the white space of \s taken out: what it
// matches, with that white space deleted, is what re matches with it
// deleted (but for the runes past ASCII, all nonASCII). A literal loses
// its spaces; a class with white space in it becomes optional, without it
// (the character matched may have been white space).
func squeezeSpace(re *syntax.Regexp) *syntax.Regexp {
	out := *re
	switch re.Op {
	case syntax.OpLiteral:
		out.Rune = nil
		for _, r := range re.Rune {
			switch {
			case r >= utf8.RuneSelf:
				out.Rune = append(out.Rune, nonASCII)
			case !isSqueezed(r):
				out.Rune = append(out.Rune, r)
			}
		}
		if len(out.Rune) == 0 {
			return &syntax.Regexp{Op: syntax.OpEmptyMatch}
		}
		return &out
	case syntax.OpCharClass:
		var in [utf8.RuneSelf]bool
		space, other := false, false
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if r >= utf8.RuneSelf {
					other = true
					break
				}
				in[r] = true
				space = space || isSqueezed(r)
			}
		}
		out.Rune = nil
		for r := rune(0); r < utf8.RuneSelf; r++ {
			if !in[r] || isSqueezed(r) {
				continue
			}
			if n := len(out.Rune); n > 0 && out.Rune[n-1] == r-1 {
				out.Rune[n-1] = r
			} else {
				out.Rune = append(out.Rune, r, r)
			}
		}
		if other {
			out.Rune = append(out.Rune, nonASCII, nonASCII)
		}
		switch {
		case len(out.Rune) == 0:
			return &syntax.Regexp{Op: syntax.OpEmptyMatch}
		case space:
			return &syntax.Regexp{Op: syntax.OpQuest, Flags: re.Flags, Sub: []*syntax.Regexp{&out}}
		}
		return &out
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return &syntax.Regexp{Op: syntax.OpQuest, Flags: re.Flags, Sub: []*syntax.Regexp{&out}}
	}
	if len(re.Sub) > 0 {
		out.Sub = make([]*syntax.Regexp, len(re.Sub))
		for i, sub := range re.Sub {
			out.Sub[i] = squeezeSpace(sub)
		}
		switch re.Op {
		case syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat, syntax.OpCapture:
			if out.Sub[0].Op == syntax.OpEmptyMatch {
				return out.Sub[0] // \s*: nothing left to repeat
			}
		}
	}
	return &out
}

// nonASCII stands for every rune past ASCII in a squeezed expression: a
// text with such a rune among its first bytes is never skipped (see
// skips), so the prefixes need not tell them apart, only keep their
// place (a rune with other cases would cut the prefix there, to nothing
// at its start: "в месяц", "ежемесячно").
const nonASCII = utf8.RuneSelf

// isSqueezed reports the white space of \s, which textcue.Fold makes a
// space (and nothing else does).
func isSqueezed(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r' }

// skips reports that s has no match: its first bytes other than white
// space, folded, start with none of the prefixes. A text with a byte past
// ASCII among them (a rune that folds to an ASCII letter, as the long s
// does, would not compare) is not skipped; nor is any in the reference run.
func (a *anchoredRe) skips(s string) bool {
	if a.n == 0 || reference || flagspeed8Off {
		return false
	}
	var buf [maxAnchoredPrefix]byte
	k := 0
	for i := 0; i < len(s) && k < a.n; i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false
		}
		if f := textcue.Fold[c]; f != ' ' {
			buf[k] = f
			k++
		}
	}
	return a.startsNone(&buf, k)
}

// MatchString is regexp's.
func (a *anchoredRe) MatchString(s string) bool {
	if _, ok := a.quick(s); ok { // unit_quick.go
		return true
	}
	return !a.skips(s) && a.Regexp.MatchString(s)
}

// FindStringIndex is regexp's.
func (a *anchoredRe) FindStringIndex(s string) []int {
	if m, ok := a.quick(s); ok { // unit_quick.go
		return m[:2:2]
	}
	if a.skips(s) {
		return nil
	}
	return a.Regexp.FindStringIndex(s)
}

// FindStringSubmatchIndex is regexp's.
func (a *anchoredRe) FindStringSubmatchIndex(s string) []int {
	if m, ok := a.quick(s); ok { // unit_quick.go
		return m
	}
	if a.skips(s) {
		return nil
	}
	return a.Regexp.FindStringSubmatchIndex(s)
}

// FindStringSubmatch is regexp's.
func (a *anchoredRe) FindStringSubmatch(s string) []string {
	if a.skips(s) {
		return nil
	}
	return a.Regexp.FindStringSubmatch(s)
}

// flagspeed8Off turns this file's guards off: the reference the tests
// compare them with.
var flagspeed8Off = false

// anchoredLimit bounds the prefixes of an anchoredRe's derivation (they
// are derived once; unitAfter's, with its units in eight languages, are
// a few thousand).
var anchoredLimit = 20000
