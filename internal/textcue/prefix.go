// Package textcue runs regular expressions on long texts only where they
// can match: every match of a pattern starts with one of a few literal
// prefixes ("apply", "deadline", "$"), derived here from the pattern's
// syntax tree (Prefixes), so one Aho-Corasick pass finds the places and
// the pattern runs anchored there only, on an input no longer than its
// longest match (Anchored). The results are exactly the plain regexp's.
// Regexp is such a pattern with the regexp API, searched case-insensitively
// over a folded copy of the text.
//
// It owns the derivation from the syntax tree (prefixes, word boundaries,
// match length bounds, a match's bytes) and the anchored runs, and nothing
// of any rule. It is shared because internal/normalize (Regexp, one
// automaton a pattern) and internal/redflag (one automaton for all the
// rules' patterns over a lower-cased view) accelerate their rules the same
// way, and the derivation is subtle enough to exist once. It imports only
// the standard library (its tests github.com/coregx/ahocorasick too, the
// reference of its Automaton), nothing of ours: a leaf that both may
// import.
package textcue

import (
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// Flags of a prefix: a match can be exactly the prefix, or longer.
const (
	Whole = 1 << iota
	Part
)

// Boundary, first in a prefix, marks one that must start at a word
// boundary (\b).
const Boundary = 0

// Options fit the prefixes to how they are searched.
type Options struct {
	// Folded: the prefixes are looked for in a Fold copy of the text, so
	// ASCII letters are compared without case, and white space and digits
	// by class. Runes that fold to ASCII letters (ſ and K) are left out of
	// the prefixes: a text holding one must run the plain regexp (see
	// SlowText).
	Folded bool
	// MaxClass is the most characters (but for ASCII case) a character
	// class may stand for in a prefix; a wider class ends the prefix.
	MaxClass int
	// Unroll: a repetition is unrolled until the prefixes are n bytes
	// long; otherwise only an optional part (x?) is, and the prefixes of
	// x* or x{2,} are those of x, cut there.
	Unroll bool
	// Truncate: where a concatenation would make more than limit
	// prefixes, they end before the part that does; otherwise Prefixes
	// gives up.
	Truncate bool
}

// Fold maps a byte to its class in a folded text: ASCII letters to lower
// case, the white space of \s (\t \n \f \r and space) to a space, digits
// to '0', other bytes to themselves. Prefixes are folded alike (with
// Options.Folded), so a text holding a prefix at p holds its folded form
// at p in the folded text. Folding white space and digits keeps the prefix
// sets of patterns like `\s*\d{1,4}` small enough to be long, hence
// selective.
var Fold = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(i)
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = byte(c) + 'a' - 'A'
	}
	for _, c := range "\t\n\f\r" {
		t[c] = ' '
	}
	for c := '1'; c <= '9'; c++ {
		t[c] = '0'
	}
	return t
}()

// Prefixes returns literal prefixes, at most n bytes long, one of which
// every match of re starts with, each with its flags (Whole, Part); a
// prefix starting with Boundary must also start at a word boundary. It
// returns nil when there would be more than limit. A set holding "" (or
// Boundary alone) means a match may start anywhere.
func Prefixes(re *syntax.Regexp, n, limit int, o *Options) map[string]uint8 {
	set := map[string]uint8{}
	add := func(p string, f uint8) {
		if len(p) > n {
			p, f = p[:n], Part
		}
		set[p] |= f
	}
	anywhere := func() map[string]uint8 { return map[string]uint8{"": Part} }
	switch re.Op {
	case syntax.OpLiteral:
		var b []byte
		f := uint8(Whole)
		for _, r := range re.Rune {
			if r == Boundary {
				f = Part
				break
			}
			if o.Folded && r < utf8.RuneSelf {
				r = rune(Fold[r])
			} else if re.Flags&syntax.FoldCase != 0 && unicode.SimpleFold(r) != r {
				f = Part // its other cases are not in the prefix
				break
			}
			b = utf8.AppendRune(b, r)
		}
		add(string(b), f)
	case syntax.OpCharClass:
		chars := map[string]bool{}
		distinct := map[rune]bool{} // the class's runes but for ASCII case
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if int(hi-lo) > 2*o.MaxClass {
				return anywhere()
			}
			for r := lo; r <= hi; r++ {
				switch {
				case r == Boundary:
					return anywhere()
				case o.Folded && (r == 0x17f || r == 0x212a):
					// folds to s or k: such texts run the plain regexp
				case o.Folded && r < utf8.RuneSelf:
					chars[string(rune(Fold[r]))] = true
					distinct[unicode.ToLower(r)] = true
				default:
					chars[string(r)] = true
					distinct[r] = true
				}
			}
		}
		if len(distinct) > o.MaxClass {
			return anywhere()
		}
		for ch := range chars {
			add(ch, Whole)
		}
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		add("", Part)
	case syntax.OpCapture:
		return Prefixes(re.Sub[0], n, limit, o)
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			s := Prefixes(sub, n, limit, o)
			if s == nil {
				return nil
			}
			for p, f := range s {
				set[p] |= f
			}
		}
	case syntax.OpQuest, syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		s := Prefixes(re.Sub[0], n, limit, o)
		if s == nil {
			return nil
		}
		lo, hi := 0, -1 // repetitions
		switch re.Op {
		case syntax.OpQuest:
			hi = 1
		case syntax.OpPlus:
			lo = 1
		case syntax.OpRepeat:
			lo, hi = re.Min, re.Max
		}
		if MinBytes(re.Sub[0]) == 0 || !o.Unroll && hi != 1 {
			// Not unrolled: only the first repetition's prefixes.
			for p, f := range s {
				if hi != 1 {
					f = Part
				}
				set[p] |= f
			}
			if lo == 0 {
				set[""] |= Whole
			}
			break
		}
		// Unroll the repetitions until the prefixes are n bytes long.
		cur := map[string]uint8{"": Whole} // after k repetitions
		var cut cutSet                     // s as it extends a non-empty prefix
		for k := 0; len(cur) > 0; k++ {
			if k >= lo {
				for p := range cur {
					set[p] |= Whole
				}
			}
			if k == hi {
				break
			}
			next := map[string]uint8{}
			for p := range cur {
				ext := s
				if p != "" {
					ext = cut.of(s, n-len(p))
				}
				for q, g := range ext {
					pq := q
					if p != "" {
						pq = p + q // at most n bytes: cut made q fit
					}
					if len(pq) > n {
						set[pq[:n]] |= Part
						continue
					}
					if g&Part != 0 {
						set[pq] |= Part
					}
					if g&Whole != 0 {
						if len(pq) == n && hi < 0 {
							set[pq] |= Part // more may follow
							if k+1 >= lo {
								set[pq] |= Whole
							}
							continue
						}
						next[pq] |= Whole
					}
				}
				if len(set)+len(next) > limit {
					return nil
				}
			}
			cur = next
		}
	case syntax.OpConcat:
		set[""] = Whole
		for _, sub := range re.Sub {
			whole := false
			for _, f := range set {
				whole = whole || f&Whole != 0
			}
			if !whole {
				break
			}
			s := Prefixes(sub, n, limit, o)
			if s == nil {
				return nil
			}
			if o.Truncate && len(set)*len(s) > limit {
				for p := range set { // the prefixes end before sub
					set[p] = Part
				}
				break
			}
			// A prefix already n bytes long stays itself after sub: a
			// non-empty q (but a lone boundary mark, which cat drops)
			// only makes it Part. Those flags are the same for every
			// such prefix, so they are worked out once, not by joining
			// each with every q and cutting the result back.
			var fullFlags uint8
			for q, g := range s {
				if q == "" || q == string(rune(Boundary)) {
					fullFlags |= g
				} else {
					fullFlags |= Part
				}
			}
			prev := set
			set = make(map[string]uint8, len(prev))
			var cut cutSet
			for p, f := range prev {
				if f&Part != 0 {
					set[p] |= Part
				}
				if f&Whole == 0 {
					continue
				}
				if len(p) >= n && p != "" {
					set[p[:n]] |= fullFlags
					continue
				}
				if p == "" {
					for q, g := range s {
						add(q, g)
					}
				} else {
					for q, g := range cut.of(s, n-len(p)) {
						set[p+q] |= g
					}
				}
				if len(set) > limit {
					return nil
				}
			}
		}
	case syntax.OpWordBoundary:
		add(string(rune(Boundary)), Whole)
	default:
		add("", Whole) // empty match and other assertions
	}
	if len(set) > limit {
		return nil
	}
	return set
}

// Unbounded is MaxBytes of a pattern whose matches have no length bound.
const Unbounded = -1

// MaxBytes is the most bytes a match of re can span, or Unbounded.
func MaxBytes(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			n += maxRuneLen(r, re.Flags&syntax.FoldCase != 0)
		}
		return n
	case syntax.OpCharClass:
		if len(re.Rune) == 0 {
			return 0
		}
		return maxRuneLen(re.Rune[len(re.Rune)-1], false)
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax
	case syntax.OpCapture, syntax.OpQuest:
		return MaxBytes(re.Sub[0])
	case syntax.OpConcat, syntax.OpAlternate:
		n := 0
		for _, sub := range re.Sub {
			m := MaxBytes(sub)
			if m == Unbounded {
				return Unbounded
			}
			if re.Op == syntax.OpConcat {
				n += m
			} else {
				n = max(n, m)
			}
		}
		return n
	case syntax.OpStar, syntax.OpPlus:
		if MaxBytes(re.Sub[0]) == 0 {
			return 0
		}
		return Unbounded
	case syntax.OpRepeat:
		m := MaxBytes(re.Sub[0])
		if m == Unbounded || (re.Max < 0 && m > 0) {
			return Unbounded
		}
		return m * max(re.Max, 0)
	}
	return 0 // empty match and assertions
}

// maxRuneLen is the UTF-8 length of r, or of the longest rune it folds to.
func maxRuneLen(r rune, fold bool) int {
	n := utf8.RuneLen(r)
	if n < 0 {
		n = utf8.UTFMax
	}
	if fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			n = max(n, utf8.RuneLen(f))
		}
	}
	return n
}

// MinBytes is a lower bound of the bytes a match of re spans: 0 exactly
// when re matches the empty string.
func MinBytes(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune) // a rune may fold to a shorter one
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture, syntax.OpPlus:
		return MinBytes(re.Sub[0])
	case syntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			n += MinBytes(sub)
		}
		return n
	case syntax.OpAlternate:
		n := -1
		for _, sub := range re.Sub {
			if m := MinBytes(sub); n < 0 || m < n {
				n = m
			}
		}
		return max(n, 0)
	case syntax.OpRepeat:
		return MinBytes(re.Sub[0]) * re.Min
	}
	return 0 // quest, star, empty match and assertions
}

// cutSet holds a set of prefixes as they extend a prefix that leaves r of
// the n bytes: by r, each q with its leading boundary mark dropped (a
// boundary after the start is not checked) and cut to r bytes, a cut one
// then only a Part. Joined to a non-empty prefix p of n-r bytes, these are
// what joining p and each q and cutting the result to n bytes (add) makes,
// with the q that share their first r bytes merged once instead of for
// each p.
type cutSet struct {
	byRest [9]map[string]uint8
}

func (c *cutSet) of(s map[string]uint8, r int) map[string]uint8 {
	if c.byRest[r] == nil { // r < n <= 8: regexpPatterns' longest try
		c.byRest[r] = cutPrefixes(s, r)
	}
	return c.byRest[r]
}

func cutPrefixes(s map[string]uint8, r int) map[string]uint8 {
	out := make(map[string]uint8, len(s))
	for q, g := range s {
		if len(q) > 0 && q[0] == Boundary {
			q = q[1:]
		}
		if len(q) > r {
			q, g = q[:r], Part
		}
		out[q] |= g
	}
	return out
}
