package redflag

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"

	"github.com/gigscout/gigscout/internal/textcue"
)

// A cue is the fast form of a pattern run on folded text: every match of
// it starts with one of a few literal prefixes ("report", "the ", "$"),
// derived from the pattern's syntax tree, so the pattern only needs to run
// anchored where a prefix occurs, on a window no longer than its longest
// match. One Aho-Corasick pass over a view finds the prefixes of every
// pattern at once (see cueSet); the matches are exactly the plain
// regexp's. This is purely an optimization: a pattern without a cue (one
// whose matches can start with too many different bytes, or that holds
// a text anchor) runs plain.
type cue struct {
	re  *regexp.Regexp
	run *textcue.Anchored
	// factors are lists of literals: every match holds one literal of
	// each list (none when none are known), so a run whose input lacks
	// every literal of one list is skipped.
	factors [][]string
	// costly: the anchored run is the regexp package's NFA (see
	// textcue.CostlyRun), worth more factor lists than the pattern's own.
	costly bool
	// alts, for a pattern that is one alternation (but for \b and the like
	// around it), describe each alternative: a candidate's prefix tells
	// which alternatives may match there, and only their factors count.
	alts []cueAlt
	n    int // the length of the prefixes
	// byAlts: the runs of the pattern at some of its alternatives
	// (cue_altrun.go).
	byAlts altRuns
	set    *cueSet
	idx    int // index of the cue in its set
	// guard, when set, rules out starts before the pattern runs
	// (cue_guard.go).
	guard func(s string) bool
}

// cueAlt is one alternative of a cue's pattern (with what comes before and
// after the alternation).
type cueAlt struct {
	prefixes []string   // nil when not known (any prefix)
	factors  [][]string // as cue.factors
}

// cueOptions derive the prefixes of the patterns, which run on a view
// (already folded) byte for byte.
var cueOptions = textcue.Options{MaxClass: 12, Truncate: true}

// newCue returns the cue of re, or nil when re has none.
func newCue(re *regexp.Regexp) *cue {
	expr := re.String()
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil || !cueable(tree) || textcue.MinBytes(tree) == 0 {
		return nil
	}
	c := &cue{re: re, run: textcue.NewAnchored(expr, tree), costly: textcue.CostlyRun(expr), guard: cueGuards[re]}
	c.factors = textcue.FactorLists(tree, false, c.costly)
	return c
}

// setAlts fills c.alts, for the prefixes of length c.n.
func (c *cue) setAlts() {
	tree, _ := syntax.Parse(c.re.String(), syntax.Perl)
	var pre, post []*syntax.Regexp
	alt := unwrap(tree)
	if alt.Op == syntax.OpConcat {
		j := 0
		for j < len(alt.Sub) && zeroWidth(alt.Sub[j]) {
			j++
		}
		if j == len(alt.Sub) {
			return
		}
		pre, post, alt = alt.Sub[:j], alt.Sub[j+1:], unwrap(alt.Sub[j])
	}
	if alt.Op != syntax.OpAlternate || len(alt.Sub) > 64 {
		return
	}
	for _, a := range alt.Sub {
		t := &syntax.Regexp{Op: syntax.OpConcat, Sub: append(append(slices.Clone(pre), a), post...)}
		var ca cueAlt
		if set := textcue.Prefixes(t, c.n, 2000, &cueOptions); set != nil {
			ca.prefixes = []string{}
			for p := range set {
				if p != "" && p[0] == textcue.Boundary {
					p = p[1:]
				}
				ca.prefixes = append(ca.prefixes, p)
			}
		}
		ca.factors = textcue.FactorLists(t, false, c.costly)
		c.alts = append(c.alts, ca)
	}
}

// unwrap strips the captures around re.
func unwrap(re *syntax.Regexp) *syntax.Regexp {
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	return re
}

// zeroWidth reports an assertion that matches no text.
func zeroWidth(re *syntax.Regexp) bool {
	return re.Op == syntax.OpWordBoundary || re.Op == syntax.OpNoWordBoundary || re.Op == syntax.OpEmptyMatch
}

// altsOf returns the mask of the alternatives of c that a match starting
// with prefix p may take: those with a prefix that p starts with or that
// starts with p (all ones when c has no alternatives).
func (c *cue) altsOf(p string) uint64 {
	if c.alts == nil {
		return ^uint64(0)
	}
	var mask uint64
	for i, a := range c.alts {
		ok := a.prefixes == nil
		for _, q := range a.prefixes {
			if strings.HasPrefix(p, q) || strings.HasPrefix(q, p) {
				ok = true
				break
			}
		}
		if ok {
			mask |= 1 << i
		}
	}
	return mask
}

// cueable reports whether a pattern can run anchored on a window: no
// text or line anchors (a window's ends are not the text's) and no case
// folding (prefixes are compared byte for byte).
func cueable(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText:
		return false
	case syntax.OpLiteral, syntax.OpCharClass:
		if re.Flags&syntax.FoldCase != 0 {
			return false
		}
	}
	for _, sub := range re.Sub {
		if !cueable(sub) {
			return false
		}
	}
	return true
}

// prefixes returns the strings the automaton looks for to find the
// prefixes of the cue's pattern (see textcue.Patterns), or false when
// there are none short of the empty one.
func (c *cue) prefixes() (plain, bounded []string, ok bool) {
	tree, _ := syntax.Parse(c.re.String(), syntax.Perl)
	for n := 8; n >= 1; n-- {
		if set := textcue.Prefixes(tree, n, 2000, &cueOptions); set != nil {
			c.n = n
			return textcue.Patterns(set)
		}
	}
	return nil, nil, false
}

// at returns the submatch bounds of the match starting at p in s[w0:w1]
// (as a search of that window would see it), or nil; alts is the mask of
// the alternatives the prefixes at p allow (see altsOf).
func (c *cue) at(s string, p, w0, w1 int, alts uint64) []int {
	end := c.run.End(s, p, w1)
	if c.guard != nil && !c.guard(s[p:end]) || !c.holdsFactor(s[p:end], alts) {
		return nil
	}
	return c.runFor(alts).At(s, p, w0, end)
}

// matchAt reports whether a match starts at p in s[w0:w1].
func (c *cue) matchAt(s string, p, w0, w1 int, alts uint64) bool {
	end := c.run.End(s, p, w1)
	return (c.guard == nil || c.guard(s[p:end])) && c.holdsFactor(s[p:end], alts) && c.runFor(alts).MatchAt(s, p, w0, end)
}

// holdsFactor reports whether s holds one literal of each list of factors
// of the cue (of one of its alternatives in the mask alts, when it has
// alternatives); true when none are known.
func (c *cue) holdsFactor(s string, alts uint64) bool {
	if c.alts == nil {
		return textcue.HoldsAll(s, c.factors)
	}
	for i, a := range c.alts {
		if alts&(1<<i) != 0 && textcue.HoldsAll(s, a.factors) {
			return true
		}
	}
	return false
}

// A cueSet holds cues and one automaton of all their prefixes and of the
// literals the gates and prefilters look for.
type cueSet struct {
	cues []*cue
	ac   *textcue.Automaton
	// users[k] lists, for pattern k of the automaton, the cues it is a
	// prefix of, each with whether it must start at a word boundary;
	// lit[k] is its index among the literals, or -1.
	users [][]cueUse
	lit   []int
	lits  map[string]int // literal -> index
	// litIdx holds the indexes of the lists of literals the set was built
	// with, by their first element.
	litIdx map[*string][]int
	// byRe: the cues by pattern, read-only once built, so that cueOf
	// answers for the shared set's patterns by a plain map instead of a
	// sync.Map (whose interface-keyed lookup cost several times more).
	byRe map[*regexp.Regexp]*cue
	// actOf: what the scan does at each state of the automaton
	// (scan_chains.go).
	actOf [][]chainAct
}

// indexes returns the index of each of lits, -1 for one the set does not
// look for.
func (set *cueSet) indexes(lits []string) []int {
	idx := make([]int, len(lits))
	for i, l := range lits {
		if k, ok := set.lits[l]; ok {
			idx[i] = k
		} else {
			idx[i] = -1
		}
	}
	return idx
}

type cueUse struct {
	cue     int
	bounded bool
	alts    uint64 // the alternatives of the cue the prefix allows
}

// newCueSet builds the set of the cues of res (patterns without a cue are
// left out) and of the lists of literals lits.
func newCueSet(res []*regexp.Regexp, lists [][]string) *cueSet {
	set := &cueSet{lits: map[string]int{}, litIdx: map[*string][]int{}, byRe: map[*regexp.Regexp]*cue{}}
	ids := map[string]int{}
	var pats []string
	id := func(p string) int {
		k, ok := ids[p]
		if !ok {
			k = len(pats)
			ids[p] = k
			pats = append(pats, p)
			set.users = append(set.users, nil)
			set.lit = append(set.lit, -1)
		}
		return k
	}
	for _, re := range res {
		c := newCue(re)
		if c == nil {
			continue
		}
		plain, bounded, ok := c.prefixes()
		if !ok {
			continue
		}
		c.set, c.idx = set, len(set.cues)
		set.cues = append(set.cues, c)
		if _, ok := set.byRe[re]; !ok {
			set.byRe[re] = c
		}
		c.setAlts()
		orderFactors(c) // cue_factors.go
		for i, p := range append(plain, bounded...) {
			k := id(p)
			set.users[k] = append(set.users[k], cueUse{cue: c.idx, bounded: i >= len(plain), alts: c.altsOf(p)})
		}
	}
	for _, lits := range lists {
		for _, l := range lits {
			if _, ok := set.lits[l]; ok || l == "" {
				continue
			}
			set.lits[l] = len(set.lits)
			set.lit[id(l)] = set.lits[l]
		}
	}
	for _, lits := range lists {
		if len(lits) > 0 {
			set.litIdx[&lits[0]] = set.indexes(lits)
		}
	}
	if len(pats) == 0 {
		return set
	}
	set.prepareAltRuns() // cue_altrun.go
	ac, users, lit, err := cueAutomaton(pats, set.users, set.lit)
	if err != nil {
		panic("redflag: cue automaton: " + err.Error())
	}
	set.ac, set.users, set.lit = ac, users, lit
	set.prepareChains() // scan_chains.go
	return set
}

// sortCands sorts the starts ps with their masks, and merges equal starts.
func sortCands(ps []int, alts []uint64) ([]int, []uint64) {
	for i := 1; i < len(ps); i++ { // nearly sorted: they come by their end
		for j := i; j > 0 && ps[j] < ps[j-1]; j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
			alts[j], alts[j-1] = alts[j-1], alts[j]
		}
	}
	k := 0
	for i := range ps {
		if k > 0 && ps[i] == ps[k-1] {
			alts[k-1] |= alts[i]
			continue
		}
		ps[k], alts[k] = ps[i], alts[i]
		k++
	}
	return ps[:k], alts[:k]
}

// cues: the shared set, of every pattern the rules run through the view
// helpers (find, has, the gates and findAll), built on first use (about
// 0.1 s of CPU), and the cues made on demand for any other pattern (each
// with a set of its own). Cues are kept by pattern for good: the patterns
// handed to the view helpers must be package variables, never compiled
// per call.
var (
	sharedCues = sync.OnceValue(func() *cueSet { return newCueSet(cuePatterns(), cueLiterals()) })
	ownCues    sync.Map // *regexp.Regexp -> *cue (nil when it has none)
)

// cueOf returns the cue of re, or nil when it runs plain.
func cueOf(re *regexp.Regexp) *cue {
	if c, ok := sharedCues().byRe[re]; ok {
		return c
	}
	if c, ok := ownCues.Load(re); ok {
		return c.(*cue)
	}
	var found *cue
	for _, c := range sharedCues().cues {
		if c.re == re {
			found = c
			break
		}
	}
	if found == nil {
		set := newCueSet([]*regexp.Regexp{re}, nil)
		if len(set.cues) == 1 {
			found = set.cues[0]
		}
	}
	c, _ := ownCues.LoadOrStore(re, found)
	return c.(*cue)
}

// reFactors caches factors by pattern (package variables only, as for
// ownCues); an empty list means none known.
var reFactors sync.Map // *regexp.Regexp -> []string

// mayMatch reports whether re may match s: false when s holds none of its
// factors.
func mayMatch(re *regexp.Regexp, s string) bool {
	f, ok := reFactors.Load(re)
	if !ok {
		var fs []string
		if tree, err := syntax.Parse(re.String(), syntax.Perl); err == nil {
			fs = textcue.Factors(tree, false)
		}
		f, _ = reFactors.LoadOrStore(re, fs)
	}
	fs := f.([]string)
	if len(fs) == 0 {
		return true
	}
	for _, l := range fs {
		if strings.Contains(s, l) {
			return true
		}
	}
	return false
}
