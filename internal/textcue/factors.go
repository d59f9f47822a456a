package textcue

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode/utf8"
)

// Factors returns literals one of which every match of re holds, or nil
// when it cannot tell. With folded they are Fold'ed, to be looked for in a
// Fold copy of the text (case-insensitive ASCII literals included: in a
// text that is not SlowText their matches fold to them); otherwise a
// case-insensitive literal has none.
func Factors(re *syntax.Regexp, folded bool) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil
		}
		if !folded {
			if re.Flags&syntax.FoldCase != 0 {
				return nil
			}
			return []string{string(re.Rune)}
		}
		b := []byte(string(re.Rune))
		for i, c := range b {
			if c >= utf8.RuneSelf && re.Flags&syntax.FoldCase != 0 {
				return nil // its other cases may be other bytes
			}
			b[i] = Fold[c]
		}
		return []string{string(b)}
	case syntax.OpCapture, syntax.OpPlus:
		return Factors(re.Sub[0], folded)
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return Factors(re.Sub[0], folded)
		}
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			f := Factors(sub, folded)
			if f == nil {
				return nil
			}
			out = append(out, f...)
		}
		return reduceFactors(out)
	case syntax.OpConcat:
		// The part whose factors are the longest, at their shortest.
		var best []string
		score := 0
		for _, sub := range re.Sub {
			if f := Factors(sub, folded); f != nil && shortest(f) > score {
				best, score = f, shortest(f)
			}
		}
		return best
	}
	return nil
}

// reduceFactors returns fs without every literal that holds another of fs,
// or repeats one: a text that holds "onsite" holds "site", so a list
// with both needs only "site". Every user of a list asks only whether a
// text holds one of its literals, which the reduced list answers alike,
// with fewer looks; and a long alternation's list ("office", "in-office",
// "office day", "office", ...) often shrinks under the normalize guards'
// limit of eight literals. The shortest literal stays, so does the list's
// score in a concatenation.
func reduceFactors(fs []string) []string {
	out := fs[:0:0]
	for i, a := range fs {
		held := false
		for j, b := range fs {
			// b in a: a goes, unless b is a itself listed later.
			if i != j && strings.Contains(a, b) && (len(b) < len(a) || j < i) {
				held = true
				break
			}
		}
		if !held {
			out = append(out, a)
		}
	}
	return out
}

// shortest is the length of the shortest of fs.
func shortest(fs []string) int {
	n := len(fs[0])
	for _, f := range fs {
		n = min(n, len(f))
	}
	return n
}

// MaxFactorLists is the most lists FactorLists returns.
const MaxFactorLists = 4

// FactorLists returns lists of literals such that every match of re holds
// one literal of each (folded as Factors): Factors(re), and with more,
// those of each part of a concatenation too (a match holds a match of
// every part), the most selective first (whose shortest literal is
// longest), at most MaxFactorLists of them.
func FactorLists(re *syntax.Regexp, folded, more bool) [][]string {
	var lists [][]string
	if f := Factors(re, folded); f != nil {
		lists = append(lists, f)
	}
	if !more {
		return lists
	}
	var walk func(re *syntax.Regexp)
	walk = func(re *syntax.Regexp) {
		switch re.Op {
		case syntax.OpCapture, syntax.OpPlus:
			walk(re.Sub[0])
		case syntax.OpRepeat:
			if re.Min >= 1 {
				walk(re.Sub[0])
			}
		case syntax.OpConcat:
			for _, sub := range re.Sub {
				walk(sub)
			}
		default:
			if f := Factors(re, folded); f != nil {
				lists = append(lists, f)
			}
		}
	}
	walk(re)
	slices.SortStableFunc(lists, func(a, b []string) int { return shortest(b) - shortest(a) })
	var out [][]string
	for _, l := range lists {
		if !slices.ContainsFunc(out, func(o []string) bool { return slices.Equal(o, l) }) {
			out = append(out, l)
		}
	}
	return out[:min(len(out), MaxFactorLists)]
}

// HoldsAll reports whether s holds one literal of each of lists.
func HoldsAll(s string, lists [][]string) bool {
	for _, fs := range lists {
		found := false
		for _, f := range fs {
			if Contains(s, f) { // contains.go
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// MaxBacktrackProg is the regexp package's largest program for its
// backtracking matcher: a larger one runs on its NFA, several times
// slower on an anchored run's short input.
const MaxBacktrackProg = 500

// CostlyRun reports whether the anchored run of expr (see NewAnchored)
// takes the regexp package's NFA.
func CostlyRun(expr string) bool {
	tree, err := syntax.Parse(`^(?s:.)(?:`+expr+`)`, syntax.Perl)
	if err != nil {
		return false
	}
	prog, err := syntax.Compile(tree.Simplify())
	return err == nil && len(prog.Inst) > MaxBacktrackProg
}
