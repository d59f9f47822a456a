package textcue

import (
	"errors"
	"math"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unsafe"
)

// A Regexp finds the matches of a regular expression in long texts
// without running it at every position: an Aho-Corasick automaton finds
// its prefixes in one pass over the text, reading each byte as Fold makes
// it (so they are compared ASCII case-insensitively), and the expression runs anchored
// there only. The results are exactly those of the plain regexp. Texts
// holding the only non-ASCII runes that fold to ASCII letters take the
// plain regexp (see SlowText).
type Regexp struct {
	re  *regexp.Regexp
	run *Anchored
	// ac finds the prefixes; a pattern id at or above nPlain needs a word
	// boundary where it starts.
	ac        *Automaton
	nPlain    int
	minPrefix int // bytes of the shortest prefix
	// factors are lists of Fold'ed literals, one of each a match holds
	// (FactorLists): a run whose folded input lacks one list is skipped.
	factors [][]string
	// few, when set, finds the prefixes without the automaton.
	few *fewScan
}

// regexpOptions are the prefix options of a Regexp.
var regexpOptions = Options{Folded: true, MaxClass: 32, Unroll: true}

// Compile compiles expr, or reports why its matches cannot be found by
// literal prefixes (it matches the empty string, or may start almost
// anywhere).
func Compile(expr string) (*Regexp, error) {
	re, err := regexp.Compile(expr)
	if err != nil {
		return nil, err
	}
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, err
	}
	if MinBytes(tree) == 0 {
		return nil, errors.New(expr + " matches the empty string")
	}
	plain, bounded, ok := regexpPatterns(tree)
	if !ok {
		return nil, errors.New("no prefixes for " + expr)
	}
	c := &Regexp{re: re, run: NewAnchored(expr, tree), nPlain: len(plain), minPrefix: math.MaxInt,
		factors: FactorLists(tree, true, true)}
	for _, p := range append(plain, bounded...) {
		c.minPrefix = min(c.minPrefix, len(p))
	}
	c.few = newFewScan(plain, bounded)
	if c.ac, err = NewAutomaton(append(plain, bounded...)); err != nil {
		return nil, errors.New(expr + ": " + err.Error())
	}
	c.ac.foldInput()
	return c, nil
}

// regexpPatterns returns the strings the automaton of a Regexp looks for
// (see Patterns): the longest prefixes, up to 8 bytes, of which there are
// at most 3000. Their number grows with their length (the prefixes of n
// bytes are those of n+1 cut short), so the longest length that has few
// enough is found from the top down: nearly every expression of ours has
// few enough at 8 bytes, and one try then does what eight did upward
// (a process's start compiles some 160 of them).
func regexpPatterns(tree *syntax.Regexp) (plain, bounded []string, ok bool) {
	var set map[string]uint8
	for n := 8; n >= 1 && set == nil; n-- {
		set = Prefixes(tree, n, 3000, &regexpOptions)
	}
	return Patterns(set)
}

// MustCompile is Compile, panicking on an error.
func MustCompile(expr string) *Regexp {
	c, err := Compile(expr)
	if err != nil {
		panic("textcue: " + err.Error())
	}
	return c
}

// Patterns returns the strings an automaton looks for to find the
// prefixes of set: plain holds those that may start anywhere, bounded
// (with the Boundary mark taken off) those that must start at a word
// boundary and are not in plain; each sorted. It reports false when a
// match may start anywhere (the set is empty or holds an empty prefix).
func Patterns(set map[string]uint8) (plain, bounded []string, ok bool) {
	for p := range set {
		switch {
		case p == "" || p == string(rune(Boundary)):
			return nil, nil, false
		case p[0] != Boundary:
			plain = append(plain, p)
		}
	}
	for p := range set {
		if p[0] == Boundary {
			if _, both := set[p[1:]]; !both {
				bounded = append(bounded, p[1:])
			}
		}
	}
	slices.Sort(plain)
	slices.Sort(bounded)
	return plain, bounded, len(plain)+len(bounded) > 0
}

// SlowText reports a text with runes that case-fold to ASCII letters (ſ
// U+017F and K U+212A), which a comparison of folded ASCII would miss.
func SlowText(s string) bool {
	return strings.Contains(s, "\u017f") || strings.Contains(s, "\u212a")
}

// foldPool holds the buffers of the folded texts.
var foldPool = sync.Pool{New: func() any { return new([]byte) }}

// A search is one search of a Regexp in s: the starts of the prefixes
// (ascending, each once), found in s itself (the automaton folds each byte
// it reads), and the Fold copy of the parts of s the runs at them read,
// made as they ask for it (see low): a text with few candidates is not
// folded whole. Its buffer goes back to foldPool at done.
type search struct {
	c     *Regexp
	s     string
	cands []int
	cp    *[]int
	// buf[lo:hi] is folded: runs ask at ascending starts, so the part
	// they ask for is mostly there already.
	buf    []byte
	lo, hi int
	bp     *[]byte
}

// candPool holds the buffers of the candidate starts.
var candPool = sync.Pool{New: func() any { return new([]int) }}

func (c *Regexp) search(s string) search {
	cp := candPool.Get().(*[]int)
	if c.few != nil {
		*cp = c.few.candidates((*cp)[:0], s)
	} else {
		*cp = c.candidates((*cp)[:0], s)
	}
	return search{c: c, s: s, cands: *cp, cp: cp}
}

// low returns the Fold copy of s[p:end], folding what earlier calls did
// not.
func (x *search) low(p, end int) string {
	if x.bp == nil {
		x.bp = foldPool.Get().(*[]byte)
		if cap(*x.bp) < len(x.s) {
			*x.bp = make([]byte, len(x.s))
		}
		x.buf = (*x.bp)[:len(x.s)]
		x.lo, x.hi = p, p
	}
	if p < x.lo || p > x.hi {
		x.lo, x.hi = p, p
	}
	for i := x.hi; i < end; i++ {
		x.buf[i] = Fold[x.s[i]]
	}
	x.hi = max(x.hi, end)
	w := x.buf[p:end]
	return unsafe.String(unsafe.SliceData(w), len(w))
}

func (x *search) done() {
	if x.bp != nil {
		foldPool.Put(x.bp)
	}
	candPool.Put(x.cp)
	x.buf, x.cands = nil, nil
}

// holds reports whether s[p:end] holds one literal of each factor list.
func (x *search) holds(p, end int) bool {
	return len(x.c.factors) == 0 || HoldsAll(x.low(p, end), x.c.factors)
}

// at returns the submatch indexes of the match starting at p, or nil.
func (x *search) at(p int) []int {
	end := x.c.run.End(x.s, p, len(x.s))
	if !x.holds(p, end) {
		return nil
	}
	return x.c.run.At(x.s, p, 0, end)
}

// matchAt reports a match starting at p.
func (x *search) matchAt(p int) bool {
	end := x.c.run.End(x.s, p, len(x.s))
	return x.holds(p, end) && x.c.run.MatchAt(x.s, p, 0, end)
}

// candidates appends to out the starts of the prefixes in s (the
// automaton folds each byte it reads), ascending, each once.
func (c *Regexp) candidates(out []int, s string) []int {
	// One linear pass of the automaton, into a kept buffer.
	mp := GetMatches()
	ms := c.ac.AppendOverlapping(*mp, unsafe.Slice(unsafe.StringData(s), len(s)))
	for _, m := range ms {
		if m.PatternID < c.nPlain || AtBoundary(s, m.Start) {
			out = append(out, m.Start)
		}
	}
	PutMatches(mp, ms)
	// The matches come by their end: sort by start.
	slices.Sort(out)
	return slices.Compact(out)
}

// MatchString is regexp.MatchString.
func (c *Regexp) MatchString(s string) bool {
	if SlowText(s) {
		return c.re.MatchString(s)
	}
	x := c.search(s)
	defer x.done()
	for _, p := range x.cands {
		if x.matchAt(p) {
			return true
		}
	}
	return false
}

// FindStringSubmatchIndex is regexp.FindStringSubmatchIndex.
func (c *Regexp) FindStringSubmatchIndex(s string) []int {
	if SlowText(s) {
		return c.re.FindStringSubmatchIndex(s)
	}
	x := c.search(s)
	defer x.done()
	for _, p := range x.cands {
		if m := x.at(p); m != nil {
			return m
		}
	}
	return nil
}

// FindStringIndex is regexp.FindStringIndex.
func (c *Regexp) FindStringIndex(s string) []int {
	m := c.FindStringSubmatchIndex(s)
	if m == nil {
		return nil
	}
	return m[:2:2]
}

// FindAllStringSubmatchIndex is regexp.FindAllStringSubmatchIndex.
func (c *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if SlowText(s) {
		return c.re.FindAllStringSubmatchIndex(s, n)
	}
	var out [][]int
	end := 0 // where the last match ends; matches are never empty
	x := c.search(s)
	defer x.done()
	for _, p := range x.cands {
		if n >= 0 && len(out) >= n {
			break
		}
		if p < end {
			continue
		}
		if m := x.at(p); m != nil {
			out = append(out, m)
			end = m[1]
		}
	}
	return out
}

// FindAllStringIndex is regexp.FindAllStringIndex.
func (c *Regexp) FindAllStringIndex(s string, n int) [][]int {
	all := c.FindAllStringSubmatchIndex(s, n)
	for i, m := range all {
		all[i] = m[:2:2]
	}
	return all
}

// FindAllStringSubmatch is regexp.FindAllStringSubmatch.
func (c *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return Submatches(s, c.FindAllStringSubmatchIndex(s, n))
}

// Submatches returns the submatches of s that the submatch bounds ms
// (of FindAllStringSubmatchIndex) stand for, as FindAllStringSubmatch
// returns them.
func Submatches(s string, ms [][]int) [][]string {
	var out [][]string
	for _, m := range ms {
		g := make([]string, len(m)/2)
		for i := range g {
			if m[2*i] >= 0 {
				g[i] = s[m[2*i]:m[2*i+1]]
			}
		}
		out = append(out, g)
	}
	return out
}

// SubexpIndex is regexp.SubexpIndex.
func (c *Regexp) SubexpIndex(name string) int { return c.re.SubexpIndex(name) }

// String is the expression.
func (c *Regexp) String() string { return c.re.String() }

// Plain is the plain regexp.
func (c *Regexp) Plain() *regexp.Regexp { return c.re }

// MinPrefix is the length of the shortest prefix: how selective the
// automaton is.
func (c *Regexp) MinPrefix() int { return c.minPrefix }
