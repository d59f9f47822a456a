package normalize

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"sync"
	"unicode/utf8"
)

// A suffix regexp ends in `$`: "is there a cue word right before this
// amount" (badBefore, durCue, durNotBefore ...), asked of the few dozen
// bytes before a match. Searched forwards, it starts a run at every place
// one of its words may begin and fails at most of them, for want of the
// end of the text. Its reverse (the expression of the reversed strings)
// begins with `^` instead: one anchored run over the reversed bytes
// answers MatchString. reverseRegexp builds it; a cue regexp given one
// (withReverse) answers MatchString with it.

// reversedCues are the cue regexps whose MatchString runs reversed: those
// for which that costs fewer instructions on the benchmark's windows.
func reversedCues() []*cueRegexp { return []*cueRegexp{durNotBefore} }

func init() {
	for _, c := range reversedCues() {
		if c.rev = reverseRegexp(c.re.String()); c.rev == nil {
			panic("reverseRegexp: no reverse of " + c.re.String())
		}
	}
}

// reverseRegexp returns the regexp matching the rune-reversed strings of
// the ones expr matches, or nil when its reverse is not anchored at the
// start (the regexp does not end in `$` in all its branches) and would
// gain nothing.
func reverseRegexp(expr string) *regexp.Regexp {
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	rev := reverseTree(tree.Simplify())
	if !anchoredStart(rev) {
		return nil
	}
	rev = &syntax.Regexp{Op: syntax.OpConcat, Sub: []*syntax.Regexp{{Op: syntax.OpBeginText}, rev}}
	prog, err := syntax.Compile(rev)
	if err != nil || prog.StartCond()&syntax.EmptyBeginText == 0 {
		return nil
	}
	re, err := regexp.Compile(rev.String())
	if err != nil {
		return nil
	}
	return re
}

// reverseTree returns the tree of the reversed strings of re's. Word
// boundaries hold at the same places of a reversed text; the start and
// the end of the text or of a line trade places.
func reverseTree(re *syntax.Regexp) *syntax.Regexp {
	out := *re
	out.Sub = nil
	out.Sub0 = [1]*syntax.Regexp{}
	switch re.Op {
	case syntax.OpLiteral:
		out.Rune = slices.Clone(re.Rune)
		slices.Reverse(out.Rune)
	case syntax.OpBeginLine:
		out.Op = syntax.OpEndLine
	case syntax.OpEndLine:
		out.Op = syntax.OpBeginLine
	case syntax.OpBeginText:
		out.Op = syntax.OpEndText
		out.Flags &^= syntax.WasDollar
	case syntax.OpEndText:
		out.Op = syntax.OpBeginText
		out.Flags &^= syntax.WasDollar
	}
	for _, s := range re.Sub {
		out.Sub = append(out.Sub, reverseTree(s))
	}
	if re.Op == syntax.OpConcat {
		slices.Reverse(out.Sub)
	}
	return &out
}

// revBuf holds a reversed text.
var revBuf = sync.Pool{New: func() any { b := make([]byte, 0, 128); return &b }}

// matchReversed reports whether rev (a reverseRegexp) matches s reversed,
// that is whether the regexp rev reverses matches s. ok is false when s is
// not valid UTF-8: reversed, its stray bytes could join into other runes.
func matchReversed(rev *regexp.Regexp, s string) (match, ok bool) {
	if !utf8.ValidString(s) {
		return false, false
	}
	bp := revBuf.Get().(*[]byte)
	b := appendReversed((*bp)[:0], s)
	match = rev.Match(b)
	*bp = b
	revBuf.Put(bp)
	return match, true
}

// appendReversed appends the runes of s to b in reverse order (each
// rune's bytes kept in order).
func appendReversed(b []byte, s string) []byte {
	for i := len(s); i > 0; {
		if s[i-1] < utf8.RuneSelf {
			b = append(b, s[i-1])
			i--
			continue
		}
		_, n := utf8.DecodeLastRuneInString(s[:i])
		b = append(b, s[i-n:i]...)
		i -= n
	}
	return b
}

// anchoredStart reports whether every match of re starts at the start of
// the text: every branch of it begins with `^` (OpBeginText).
func anchoredStart(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginText:
		return true
	case syntax.OpConcat, syntax.OpCapture:
		return len(re.Sub) > 0 && anchoredStart(re.Sub[0])
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !anchoredStart(s) {
				return false
			}
		}
		return true
	}
	return false
}
