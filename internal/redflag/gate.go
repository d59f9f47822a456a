package redflag

import (
	"regexp"
	"slices"
	"strings"
)

// gated is a sentence-local pattern with the literals every match of it
// contains (on the folded text). Matching first looks for the literals
// and runs the pattern only on the sentences that hold one, so a text
// without them costs a few substring searches, and the short windows let
// the regexp package use its backtracking matcher instead of the slower
// NFA that long texts need. This is independent of prefilter.go (whose
// table covers the older patterns) and purely an optimization: gated
// patterns must not match across a sentence break.
type gated struct {
	re   *regexp.Regexp
	lits []string
	// extra, when set, returns more positions in the text whose sentences
	// may hold a match (for what a substring search cannot express, such
	// as a run of digits).
	extra func(s string) []int
}

// windows appends to dst the merged sentence windows of v.s around the
// gate's literals (and, for a gate with extra, the windows extra accepts)
// and returns them: a caller's buffer on its stack spares the windows'
// allocations.
func (v *view) windows(dst [][2]int, g *gated) [][2]int {
	spans := v.litWindows(dst, g.lits)
	if g.extra != nil {
		end := -1 // positions come in order: one window per sentence
		for _, i := range g.extra(v.s) {
			if i < end {
				continue
			}
			a, b := v.sentence(i, i)
			spans = append(spans, [2]int{a, b})
			end = b
		}
	}
	return mergeWindows(spans)
}

// mergeWindows sorts windows by start and merges those that overlap or
// touch.
func mergeWindows(spans [][2]int) [][2]int {
	if len(spans) < 2 {
		return spans
	}
	slices.SortFunc(spans, func(x, y [2]int) int { return x[0] - y[0] })
	out := spans[:1]
	for _, sp := range spans[1:] {
		last := &out[len(out)-1]
		if sp[0] <= last[1] {
			last[1] = max(last[1], sp[1])
			continue
		}
		out = append(out, sp)
	}
	return out
}

// each calls fn with each match of the gate's pattern in v.s, found in the
// windows only, in order until fn returns false, and reports whether fn
// stopped it.
func (v *view) each(g *gated, fn func(m []int) bool) bool {
	if v.s == "" {
		return false
	}
	c, ok := v.windowCue(g.re) // gate_nocands.go
	if !ok {
		return false
	}
	var buf [16][2]int
	for _, w := range v.windows(buf[:0], g) {
		if v.eachMatchCue(c, g.re, w[0], w[1], fn) {
			return true
		}
	}
	return false
}

// all returns the submatch bounds of the gate's pattern in v.s, found in
// the windows only.
func (v *view) all(g *gated) [][]int {
	var out [][]int
	v.each(g, func(m []int) bool {
		out = append(out, m)
		return true
	})
	return out
}

// first returns the bounds of the gate's first match in v.s.
func (v *view) first(g *gated) ([]int, bool) {
	var f []int
	v.each(g, func(m []int) bool {
		f = m[:2:2]
		return false
	})
	return f, f != nil
}

// findGated is find for a gated pattern.
func findGated(views []*view, g *gated, accept func(v *view, m []int) bool) (ms []int, v *view, ok bool) {
	for _, v := range views {
		if v.each(g, func(m []int) bool {
			if accept == nil || accept(v, m) {
				ms = m
				return false
			}
			return true
		}) {
			return ms, v, true
		}
	}
	return nil, nil, false
}

// digitRuns returns, for each run of at least n digits in s (counting
// across the separators phone numbers use: space . - ( ) +), the position
// where the run reaches n digits.
func digitRuns(n int) func(string) []int {
	return func(s string) []int {
		var out []int
		run := 0
		for i := 0; i < len(s); i++ {
			switch c := s[i]; {
			case '0' <= c && c <= '9':
				run++
				if run == n {
					out = append(out, i)
				}
			case c == ' ' || c == '.' || c == '-' || c == '(' || c == ')' || c == '+':
			default:
				run = 0
			}
		}
		return out
	}
}

// litWindows appends to dst the sentence window of v.s around each
// occurrence of each literal in lits, in the order found (not merged).
func (v *view) litWindows(dst [][2]int, lits []string) [][2]int {
	if spans, ok := v.litWindowsBits(dst, lits); ok { // scan_litbits.go
		return spans
	}
	spans := dst
	idx := v.litIndexes(lits)
	for k, l := range lits {
		if ps, ok := v.occurrences(idx, k); ok {
			off := 0
			for _, i := range ps {
				if i < off {
					continue
				}
				a, b := v.sentence(i, i+len(l))
				spans = append(spans, [2]int{a, b})
				off = max(b, i+len(l))
			}
			continue
		}
		spans = v.appendLitSentences(spans, l)
	}
	return spans
}

// appendLitSentences appends the sentence window of v.s around each
// occurrence of l, searched for in the text (not in a scan's record), a
// window once: an occurrence inside the last window is skipped.
func (v *view) appendLitSentences(spans [][2]int, l string) [][2]int {
	for off := 0; off < len(v.s); {
		i := strings.Index(v.s[off:], l)
		if i < 0 {
			break
		}
		i += off
		a, b := v.sentence(i, i+len(l))
		spans = append(spans, [2]int{a, b})
		off = max(b, i+len(l))
	}
	return spans
}
