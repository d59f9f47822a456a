package normalize

import (
	"regexp"
	"regexp/syntax"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/gigscout/gigscout/internal/textcue"
)

// Normalize runs dozens of regular expressions over each description (some
// over all of it, others over windows and snippets of it), and most of them
// find nothing there: a remote listing rarely says "must
// work from our office five days a week". Each search still costs a pass
// over the whole text (a cue regexp folds it and runs its automaton, a
// plain one backtracks at every position). A literalGuard skips a search
// that cannot match: every match holds one literal of each of a few lists
// (textcue.FactorLists, derived from the expression), so a text whose
// folded copy lacks a list has no match. A long text's folded copy is made
// once and shared by the guards and hasFold (see foldedHoldsAll, foldedHas);
// strings.Contains on it is far cheaper than a search.

// minGuardedText is the shortest text whose folded copy is cached and
// shared; a shorter one (a window, a snippet before an amount) is folded
// on the stack for each look, and caching it would push the description
// out of the cache.
const minGuardedText = 512

// maxGuardLiterals is the most literals a guard's list may hold.
const maxGuardLiterals = 8

// A literalGuard holds the literal lists of an expression; none means it
// never skips.
type literalGuard struct {
	lists [][]string
}

// guardExprs are the expressions of every guard made, for the tests.
var (
	guardMu    sync.Mutex
	guardExprs []string
)

// newLiteralGuard derives the guard of expr. A list with a literal shorter
// than three bytes, or with more than maxGuardLiterals literals, is
// dropped: nearly every text holds one of them, and each literal costs a
// look through the text.
func newLiteralGuard(expr string) literalGuard {
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic("literalGuard: " + err.Error())
	}
	guardMu.Lock()
	guardExprs = append(guardExprs, expr)
	guardMu.Unlock()
	var g literalGuard
	for _, l := range textcue.FactorLists(tree, true, true) {
		short := len(l) > maxGuardLiterals
		for _, f := range l {
			short = short || len(f) < 3
		}
		if !short {
			g.lists = append(g.lists, l)
		}
	}
	return g
}

// skips reports that s holds no match: it holds neither of the runes that
// fold to ASCII letters (the folded copy would miss them) and its folded
// copy lacks one of the lists. The reference run never skips.
func (g *literalGuard) skips(s string) bool {
	if reference || len(g.lists) == 0 || textcue.SlowText(s) {
		return false
	}
	if len(s) < minGuardedText {
		// A window or a snippet: folded on the stack, not cached.
		var buf [minGuardedText]byte
		for i := 0; i < len(s); i++ {
			buf[i] = textcue.Fold[s[i]]
		}
		return !textcue.HoldsAll(unsafe.String(&buf[0], len(s)), g.lists)
	}
	return !foldedHoldsAll(s, g.lists)
}

// foldCache keeps the folded copies of the last two long texts a
// goroutine's pool entry folded: Normalize asks about the same description
// many times in a row, now and then about a long window of it between. A
// stale entry is never used: the text is compared whole (the strings of
// one description share their bytes, so the comparison mostly stops at the
// pointers).
type foldCache struct {
	text  [2]string
	low   [2][]byte
	pairs [2]*pairSet // the byte pairs of low (pairs.go)
	next  int
}

var foldPool = sync.Pool{New: func() any { return new(foldCache) }}

// foldedHoldsAll is textcue.HoldsAll on the textcue.Fold copy of s. The
// copy is read only while this call holds its pool entry.
func foldedHoldsAll(s string, lists [][]string) bool {
	c := foldPool.Get().(*foldCache)
	defer foldPool.Put(c)
	return c.holdsAll(s, lists)
}

// foldedHas is hasFold of a long text by strings.Contains of w in the
// shared folded copy, when that decides it (sure). The copy holds w
// wherever s holds it in any ASCII case, so a miss is sure. Fold also maps
// white space to a space and digits to '0': a hit of a w with a space or a
// '0' may come from a tab or another digit in s and is not sure; a w with
// an upper-case letter, other white space, another digit or a non-ASCII
// byte (which strings.EqualFold compares by rune, an invalid byte equal to
// any other) is not looked for at all.
func foldedHas(s, w string) (hit, sure bool) {
	exact := true
	for i := 0; i < len(w); i++ {
		switch b := w[i]; {
		case b == ' ' || b == '0':
			exact = false
		case textcue.Fold[b] != b || b >= utf8.RuneSelf:
			return false, false
		}
	}
	c := foldPool.Get().(*foldCache)
	hit = c.has(s, w) // pairs.go
	foldPool.Put(c)
	return hit, exact || !hit
}

// folded returns the textcue.Fold copy of s, made unless cached. It shares
// the cache's buffer: read it only while holding c.
func (c *foldCache) folded(s string) string {
	i := 0
	for ; i < len(c.text) && (c.low[i] == nil || c.text[i] != s); i++ {
	}
	if i == len(c.text) {
		i, c.next = c.next, (c.next+1)%len(c.text)
		low, pairs := foldPairs(c.low[i], s, c.pairs[i]) // one pass (fold_pairs.go)
		c.text[i], c.low[i], c.pairs[i] = s, low, pairs
	}
	return unsafe.String(unsafe.SliceData(c.low[i]), len(c.low[i]))
}

// guardedRegexp is a plain regexp run over whole descriptions behind a
// literal guard.
type guardedRegexp struct {
	*regexp.Regexp
	guard literalGuard
}

func newGuardedRegexp(re *regexp.Regexp) *guardedRegexp {
	return &guardedRegexp{Regexp: re, guard: newLiteralGuard(re.String())}
}

// FindAllStringSubmatch is regexp's; nil when the guard skips s.
func (g *guardedRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	if g.guard.skips(s) {
		return nil
	}
	return g.Regexp.FindAllStringSubmatch(s, n)
}

// noMatches is the searcher of a text a guard skips.
type noMatches struct{}

func (noMatches) MatchString(string) bool                        { return false }
func (noMatches) FindStringIndex(string) []int                   { return nil }
func (noMatches) FindStringSubmatchIndex(string) []int           { return nil }
func (noMatches) FindAllStringIndex(string, int) [][]int         { return nil }
func (noMatches) FindAllStringSubmatchIndex(string, int) [][]int { return nil }
func (noMatches) FindAllStringSubmatch(string, int) [][]string   { return nil }

// The plain regexps requiredRegions runs over every description of a
// listing placed in a broad region, behind their guards ("authori",
// "permit", "right to work", "work visa"; "citizen").
var (
	workAuthOfGuarded = newGuardedRegexp(workAuthOf)
	citizenOfGuarded  = newGuardedRegexp(citizenOf)
)
