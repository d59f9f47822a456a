package textcue

import (
	"regexp"
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// Anchored runs a pattern anchored at a chosen start, on an input cut
// just past its longest possible match.
type Anchored struct {
	// at0 is the pattern anchored at the start of its input; atCtx is it
	// anchored after one leading rune: run on s[p-1:], it gives the match
	// at p with the byte before p as context for \b.
	at0, atCtx *regexp.Regexp
	maxLen     int // MaxBytes of the pattern
	// bytes holds every byte a match may contain (all of them when
	// anyByte): a match ends before the first other byte.
	bytes   [256]bool
	anyByte bool
	// split, when set, runs a pattern too large for the backtracking
	// matcher as its head's strings and its rest (see headSplit).
	split *headSplit
}

// NewAnchored returns the anchored runs of the pattern expr, whose syntax
// tree is tree.
func NewAnchored(expr string, tree *syntax.Regexp) *Anchored {
	a := &Anchored{
		at0:    regexp.MustCompile(`^(?:` + expr + `)`),
		atCtx:  regexp.MustCompile(`^(?s:.)(?:` + expr + `)`),
		maxLen: MaxBytes(tree),
	}
	a.anyByte = !alphabet(tree, &a.bytes)
	if CostlyRun(expr) {
		a.split = newHeadSplit(tree)
	}
	return a
}

// alphabet adds to set the bytes a match of re may contain; false when
// it may contain almost any.
func alphabet(re *syntax.Regexp, set *[256]bool) bool {
	switch re.Op {
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			addRune(set, r)
			for f := unicode.SimpleFold(r); re.Flags&syntax.FoldCase != 0 && f != r; f = unicode.SimpleFold(f) {
				addRune(set, f)
			}
		}
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if hi >= utf8.RuneSelf && hi-lo > 256 {
				return false
			}
			for r := lo; r <= hi; r++ {
				addRune(set, r)
			}
		}
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return false
	}
	for _, sub := range re.Sub {
		if !alphabet(sub, set) {
			return false
		}
	}
	return true
}

// addRune adds the bytes of r to set.
func addRune(set *[256]bool, r rune) {
	var buf [utf8.UTFMax]byte
	for _, b := range buf[:utf8.EncodeRune(buf[:], r)] {
		set[b] = true
	}
}

// End returns where the input of a run at p in a window of s ending at w1
// may end: past the longest match and the rune after it (the context of
// \b and $), and no further than the rune after the first byte no match
// contains.
func (a *Anchored) End(s string, p, w1 int) int {
	end := w1
	if a.maxLen >= 0 {
		end = min(end, p+a.maxLen+utf8.UTFMax)
	}
	if !a.anyByte {
		for q := p; q < end; q++ {
			if !a.bytes[s[q]] {
				return min(end, q+utf8.UTFMax)
			}
		}
	}
	return end
}

// At returns the submatch bounds in s of the match starting at p in the
// window s[w0:end] (as a search of that window would see it, end from
// End), or nil.
func (a *Anchored) At(s string, p, w0, end int) []int {
	if a.split != nil && (p == w0 || utf8.RuneStart(s[p])) {
		return a.split.at(s, p, w0, end)
	}
	if p == w0 {
		m := a.at0.FindStringSubmatchIndex(s[p:end])
		for i := range m {
			if m[i] >= 0 {
				m[i] += p
			}
		}
		return m
	}
	m := a.atCtx.FindStringSubmatchIndex(s[p-1 : end])
	if m == nil {
		return nil
	}
	for i := range m {
		if m[i] >= 0 {
			m[i] += p - 1
		}
	}
	m[0] = p
	return m
}

// MatchAt reports whether a match starts at p in the window s[w0:end].
func (a *Anchored) MatchAt(s string, p, w0, end int) bool {
	if a.split != nil && (p == w0 || utf8.RuneStart(s[p])) {
		return a.split.matchAt(s, p, w0, end)
	}
	if p == w0 {
		return a.at0.MatchString(s[p:end])
	}
	return a.atCtx.MatchString(s[p-1 : end])
}

// IsWord reports an ASCII word byte (\w).
func IsWord(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '_'
}

// AtBoundary reports whether s has a word boundary (\b) at p < len(s).
func AtBoundary(s string, p int) bool {
	return (p > 0 && IsWord(s[p-1])) != IsWord(s[p])
}
