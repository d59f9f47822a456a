package textcue

import (
	"regexp"
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// A headSplit runs a pattern of the form `(?P<g>H)?R` (a greedy optional
// head H of finitely many strings, captured or not, then the rest R)
// anchored, as a few literal comparisons and runs of R alone. A pattern
// whose program is too large for the regexp package's backtracking
// matcher takes its NFA, several times slower; its rest often is small
// enough ("about", "at least", "up to" ... before a number and a unit).
//
// Only a start at a rune (or at the window's start) is split: the plain
// run at p > w0 reads the rune before p as the context of \b, which is
// one byte (p's) only when p starts a rune (or an invalid sequence).
//
// The result is the plain run's: a backtracking matcher tries H's strings
// in their priority order, each followed by R, then R without H, and
// keeps the first that succeeds; the regexp package picks that same match
// (leftmost-first semantics), submatches included.
type headSplit struct {
	heads []headLit // H's strings, in priority order
	// byFirst lists, by the first byte of a text rune, the heads (indexes,
	// in priority order) that may start with it; anyFirst is set when one
	// of them is empty (and byFirst is not used). A head whose first rune
	// is not the text's cannot match, so the first of byFirst that does
	// is the first of heads that does.
	byFirst  [256][]int32
	anyFirst bool
	// group is the number of H's capture group (0: not captured); R's
	// groups follow it, so R's group k is the pattern's group k+group.
	group          int
	ncap           int // the pattern's groups
	rest0, restCtx *regexp.Regexp
}

// headLit is one string of a head: runes compared with or without
// simple case folding.
type headLit struct {
	runes []rune
	fold  []bool
}

// maxHeads bounds the strings of a head.
const maxHeads = 256

// newHeadSplit returns the split of the pattern tree (parsed with
// syntax.Perl), or nil when it has no finite optional head or its rest
// would not run on the backtracking matcher.
func newHeadSplit(tree *syntax.Regexp) *headSplit {
	if tree.Op != syntax.OpConcat || len(tree.Sub) < 2 {
		return nil
	}
	q := tree.Sub[0]
	if q.Op != syntax.OpQuest || q.Flags&syntax.NonGreedy != 0 {
		return nil
	}
	h := &headSplit{ncap: countCaps(tree)}
	head := q.Sub[0]
	if head.Op == syntax.OpCapture {
		if head.Cap != 1 {
			return nil
		}
		h.group, head = 1, head.Sub[0]
	}
	if countCaps(head) > 0 {
		return nil
	}
	lits, ok := finiteStrings(head)
	if !ok {
		return nil
	}
	h.heads = lits
	for i, l := range lits {
		if len(l.runes) == 0 {
			h.anyFirst = true
			continue
		}
		var bytes [256]bool // the first bytes of the runes l may start with
		r0 := l.runes[0]
		bytes[firstByte(r0)] = true
		for f := unicode.SimpleFold(r0); l.fold[0] && f != r0; f = unicode.SimpleFold(f) {
			bytes[firstByte(f)] = true
		}
		if bytes[0xEF] { // U+FFFD: any invalid byte decodes to it
			for b := utf8.RuneSelf; b < 256; b++ {
				bytes[b] = true
			}
		}
		for b, ok := range bytes {
			if ok {
				h.byFirst[b] = append(h.byFirst[b], int32(i))
			}
		}
	}
	rest := &syntax.Regexp{Op: syntax.OpConcat, Flags: tree.Flags, Sub: tree.Sub[1:]}
	if len(rest.Sub) == 1 {
		rest = rest.Sub[0]
	}
	expr := rest.String()
	// The rest's groups must be the pattern's after the head's.
	if countCaps(rest) != h.ncap-h.group || CostlyRun(expr) {
		return nil
	}
	var err error
	if h.rest0, err = regexp.Compile(`^(?:` + expr + `)`); err != nil {
		return nil
	}
	if h.restCtx, err = regexp.Compile(`^(?s:.)(?:` + expr + `)`); err != nil {
		return nil
	}
	if h.rest0.NumSubexp() != h.ncap-h.group {
		return nil
	}
	return h
}

// firstByte is the first byte of r in UTF-8 (of U+FFFD for an invalid
// rune: every byte that does not start a valid sequence decodes to it).
func firstByte(r rune) byte {
	var buf [utf8.UTFMax]byte
	utf8.EncodeRune(buf[:], r)
	return buf[0]
}

// candidates returns the indexes of the heads that may start at s[p:end],
// in priority order (nil: all of them).
func (h *headSplit) candidates(s string, p, end int) ([]int32, bool) {
	switch {
	case h.anyFirst:
		return nil, true
	case p >= end:
		return nil, false
	}
	hs := h.byFirst[s[p]]
	return hs, len(hs) > 0
}

// firstHead calls fn with the end of each head that starts s[p:end], in
// priority order, until fn returns true, and reports whether it did.
func (h *headSplit) firstHead(s string, p, end int, fn func(q int) bool) bool {
	hs, ok := h.candidates(s, p, end)
	if !ok {
		return false
	}
	if hs == nil {
		for i := range h.heads {
			if q, ok := h.heads[i].matchAt(s, p, end); ok && fn(q) {
				return true
			}
		}
		return false
	}
	for _, i := range hs {
		if q, ok := h.heads[i].matchAt(s, p, end); ok && fn(q) {
			return true
		}
	}
	return false
}

// countCaps counts the capture groups of re.
func countCaps(re *syntax.Regexp) int {
	n := 0
	if re.Op == syntax.OpCapture {
		n++
	}
	for _, sub := range re.Sub {
		n += countCaps(sub)
	}
	return n
}

// finiteStrings returns the strings re matches, in the order a
// backtracking matcher tries them, or false when there are too many or it
// cannot tell. The runes of a character class come in no particular
// order: they are exclusive (at most one matches a given rune), so the
// order among them does not change which succeeds first.
func finiteStrings(re *syntax.Regexp) ([]headLit, bool) {
	fold := re.Flags&syntax.FoldCase != 0
	switch re.Op {
	case syntax.OpEmptyMatch:
		return []headLit{{}}, true
	case syntax.OpLiteral:
		l := headLit{runes: append([]rune(nil), re.Rune...), fold: make([]bool, len(re.Rune))}
		for i := range l.fold {
			l.fold[i] = fold
		}
		return []headLit{l}, true
	case syntax.OpCharClass:
		var out []headLit
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(out) == maxHeads {
					return nil, false
				}
				out = append(out, headLit{runes: []rune{r}, fold: []bool{false}})
			}
		}
		return out, len(out) > 0
	case syntax.OpAlternate:
		var out []headLit
		for _, sub := range re.Sub {
			s, ok := finiteStrings(sub)
			if !ok || len(out)+len(s) > maxHeads {
				return nil, false
			}
			out = append(out, s...)
		}
		return out, true
	case syntax.OpQuest:
		s, ok := finiteStrings(re.Sub[0])
		if !ok || len(s)+1 > maxHeads {
			return nil, false
		}
		if re.Flags&syntax.NonGreedy != 0 {
			return append([]headLit{{}}, s...), true
		}
		return append(s, headLit{}), true
	case syntax.OpConcat:
		out := []headLit{{}}
		for _, sub := range re.Sub {
			s, ok := finiteStrings(sub)
			if !ok || len(out)*len(s) > maxHeads {
				return nil, false
			}
			var next []headLit
			for _, a := range out {
				for _, b := range s {
					next = append(next, headLit{runes: append(append([]rune(nil), a.runes...), b.runes...),
						fold: append(append([]bool(nil), a.fold...), b.fold...)})
				}
			}
			out = next
		}
		return out, true
	}
	return nil, false
}

// matchAt returns where l ends when s[p:end] starts with it, as the
// regexp package compares runes (invalid UTF-8 is U+FFFD, one byte).
func (l *headLit) matchAt(s string, p, end int) (int, bool) {
	for i, r0 := range l.runes {
		if p >= end {
			return 0, false
		}
		r, size := utf8.DecodeRuneInString(s[p:end])
		if r != r0 && !(l.fold[i] && foldsTo(r0, r)) {
			return 0, false
		}
		p += size
	}
	return p, true
}

// foldsTo reports whether r is in the simple case-folding orbit of r0.
// Two ASCII runes are when they are one letter in two cases (the orbits
// of ASCII letters hold non-ASCII runes too, never another ASCII one).
func foldsTo(r0, r rune) bool {
	if r0 < utf8.RuneSelf && r < utf8.RuneSelf {
		return r0 != r && r0|0x20 == r|0x20 && 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	for f := unicode.SimpleFold(r0); f != r0; f = unicode.SimpleFold(f) {
		if f == r {
			return true
		}
	}
	return false
}

// rest returns the submatch bounds of the rest's match at q in the window
// s[w0:end], or nil.
func (h *headSplit) rest(s string, q, w0, end int) []int {
	if q == w0 {
		m := h.rest0.FindStringSubmatchIndex(s[q:end])
		for i := range m {
			if m[i] >= 0 {
				m[i] += q
			}
		}
		return m
	}
	m := h.restCtx.FindStringSubmatchIndex(s[q-1 : end])
	if m == nil {
		return nil
	}
	for i := range m {
		if m[i] >= 0 {
			m[i] += q - 1
		}
	}
	m[0] = q
	return m
}

// restMatch reports whether the rest matches at q in s[w0:end].
func (h *headSplit) restMatch(s string, q, w0, end int) bool {
	if q == w0 {
		return h.rest0.MatchString(s[q:end])
	}
	return h.restCtx.MatchString(s[q-1 : end])
}

// at is Anchored.At by the split.
func (h *headSplit) at(s string, p, w0, end int) []int {
	var m []int
	if h.firstHead(s, p, end, func(q int) bool {
		if r := h.rest(s, q, w0, end); r != nil {
			m = h.whole(p, q, r)
		}
		return m != nil
	}) {
		return m
	}
	if r := h.rest(s, p, w0, end); r != nil {
		return h.whole(p, -1, r)
	}
	return nil
}

// whole builds the pattern's submatch bounds from the head's end q (-1:
// the head did not take part) and the rest's bounds r.
func (h *headSplit) whole(p, q int, r []int) []int {
	m := make([]int, 2*(h.ncap+1))
	m[0], m[1] = p, r[1]
	if h.group == 1 {
		m[2], m[3] = -1, -1
		if q >= 0 {
			m[2], m[3] = p, q
		}
	}
	copy(m[2*(h.group+1):], r[2:])
	return m
}

// matchAt is Anchored.MatchAt by the split.
func (h *headSplit) matchAt(s string, p, w0, end int) bool {
	return h.firstHead(s, p, end, func(q int) bool { return h.restMatch(s, q, w0, end) }) ||
		h.restMatch(s, p, w0, end)
}
