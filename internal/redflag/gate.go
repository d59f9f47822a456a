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

// windows returns the merged sentence windows of v.s around the gate's
// literals (and, for a gate with extra, the windows extra accepts).
func (v *view) windows(g *gated) [][2]int {
	spans := v.litWindows(g.lits)
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

// all returns the submatch bounds of the gate's pattern in v.s, found in
// the windows only.
func (v *view) all(g *gated) [][]int {
	if v.s == "" {
		return nil
	}
	var out [][]int
	for _, w := range v.windows(g) {
		out = append(out, v.matches(g.re, w[0], w[1], -1)...)
	}
	return out
}

// first returns the bounds of the gate's first match in v.s.
func (v *view) first(g *gated) ([]int, bool) {
	if v.s == "" {
		return nil, false
	}
	for _, w := range v.windows(g) {
		if ms := v.matches(g.re, w[0], w[1], 1); ms != nil {
			return ms[0][:2:2], true
		}
	}
	return nil, false
}

// findGated is find for a gated pattern.
func findGated(views []*view, g *gated, accept func(v *view, m []int) bool) (ms []int, v *view, ok bool) {
	for _, v := range views {
		for _, m := range v.all(g) {
			if accept == nil || accept(v, m) {
				return m, v, true
			}
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

// litWindows returns the sentence window of v.s around each occurrence of
// each literal in lits, in the order found (not merged).
func (v *view) litWindows(lits []string) [][2]int {
	var spans [][2]int
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
	}
	return spans
}
