package normalize

import (
	"regexp"
	"sync"

	"github.com/gigscout/gigscout/internal/textcue"
)

// A cueRegexp finds the matches of a regular expression in long texts
// without running it at every position: its matches can only start where
// one of a few literal prefixes ("apply", "deadline", "due", ...) occurs,
// found ASCII case-insensitively in one pass (see textcue.Regexp). The
// results are exactly those of the plain regexp, which runs instead while
// reference is set.
//
// A cue regexp is compiled on its first use (see load), not when the
// package starts: the few hundred of them took most of a command's start
// (about 150 ms), and most commands (version, search, serve until its
// first crawl) never run them.
type cueRegexp struct {
	expr  string
	once  sync.Once
	std   *regexp.Regexp // the plain regexp of expr
	fast  *textcue.Regexp
	guard literalGuard // skips long texts that cannot match (guard_literal.go)
	end   *endGuard    // skips texts whose end cannot end a match (guard_end.go)
}

// cueRegistry is every cue regexp made, so that the tests can compile
// them all (loadAll).
var (
	cueMu       sync.Mutex
	cueRegistry []*cueRegexp
)

// reference makes the accelerated matchers of this package take the plain
// paths they stand for: a cue regexp runs its regexp over the whole text, a
// key regexp its regexp with submatches over each window, wordMatches its
// regexp. Only tests set it, to check that Normalize's results do not
// depend on the accelerations; nothing else may.
var reference bool

// newCueRegexp returns the cue regexp of expr, compiled on its first use.
// That use panics when no prefixes can be derived: the expression needs a
// plain regexp (TestCueRegexpsCompile compiles every one).
func newCueRegexp(expr string) *cueRegexp {
	c := &cueRegexp{expr: expr}
	cueMu.Lock()
	cueRegistry = append(cueRegistry, c)
	cueMu.Unlock()
	return c
}

// load compiles c on its first call and returns it.
func (c *cueRegexp) load() *cueRegexp {
	c.once.Do(func() {
		if err := c.compile(); err != nil {
			panic("cueRegexp: " + err.Error())
		}
	})
	return c
}

// compile compiles c.expr, or reports why its matches cannot be found by
// literal prefixes.
func (c *cueRegexp) compile() error {
	fast, err := textcue.Compile(c.expr)
	if err != nil {
		return err
	}
	g := newLiteralGuard(c.expr)
	g.lists = append(g.lists, c.guard.lists...) // handGuard's, added before
	c.std, c.fast, c.guard, c.end = fast.Plain(), fast, g, newEndGuard(c.expr)
	if c.end != nil {
		guardMu.Lock()
		endGuarded = append(endGuarded, c)
		guardMu.Unlock()
	}
	return nil
}

// compileCue compiles expr as a cue regexp now, or reports why its matches
// cannot be found by literal prefixes.
func compileCue(expr string) (*cueRegexp, error) {
	c := &cueRegexp{expr: expr}
	var err error
	c.once.Do(func() { err = c.compile() })
	if err != nil {
		return nil, err
	}
	return c, nil
}

// plain returns the plain regexp of c.
func (c *cueRegexp) plain() *regexp.Regexp { return c.load().std }

// searcher is what regexp.Regexp and textcue.Regexp have in common.
type searcher interface {
	MatchString(s string) bool
	FindStringIndex(s string) []int
	FindStringSubmatchIndex(s string) []int
	FindAllStringIndex(s string, n int) [][]int
	FindAllStringSubmatchIndex(s string, n int) [][]int
	FindAllStringSubmatch(s string, n int) [][]string
}

// search returns what runs the searches in s: the plain regexp while
// reference is set, nothing when a guard skips s.
func (c *cueRegexp) search(s string) searcher {
	c.load()
	if reference {
		return c.std
	}
	if c.end.skips(s) || c.guard.skips(s) {
		return noMatches{}
	}
	return c.fast
}

// MatchString is regexp.MatchString.
func (c *cueRegexp) MatchString(s string) bool { return c.search(s).MatchString(s) }

// FindStringIndex is regexp.FindStringIndex.
func (c *cueRegexp) FindStringIndex(s string) []int { return c.search(s).FindStringIndex(s) }

// FindStringSubmatchIndex is regexp.FindStringSubmatchIndex.
func (c *cueRegexp) FindStringSubmatchIndex(s string) []int {
	return c.search(s).FindStringSubmatchIndex(s)
}

// FindAllStringIndex is regexp.FindAllStringIndex.
func (c *cueRegexp) FindAllStringIndex(s string, n int) [][]int {
	return c.search(s).FindAllStringIndex(s, n)
}

// FindAllStringSubmatchIndex is regexp.FindAllStringSubmatchIndex.
func (c *cueRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return c.search(s).FindAllStringSubmatchIndex(s, n)
}

// FindAllStringSubmatch is regexp.FindAllStringSubmatch.
func (c *cueRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	return c.search(s).FindAllStringSubmatch(s, n)
}

// SubexpIndex is regexp.SubexpIndex.
func (c *cueRegexp) SubexpIndex(name string) int { return c.plain().SubexpIndex(name) }

// String is the expression.
func (c *cueRegexp) String() string { return c.expr }

// slowText reports a text with runes that case-fold to ASCII letters, which
// the ASCII prefix comparison would miss.
func slowText(s string) bool { return textcue.SlowText(s) }

func isASCIIWord(b byte) bool { return textcue.IsWord(b) }

// hasPrefixFold reports whether s starts with the lower-case prefix p,
// ignoring ASCII case.
func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		b := s[i]
		if b >= 'A' && b <= 'Z' {
			b += 'a' - 'A'
		}
		if b != p[i] {
			return false
		}
	}
	return true
}

// containsFold reports whether s contains the lower-case ASCII sub,
// ignoring ASCII case: strings.Contains(strings.ToLower(s), sub) when sub
// has neither i nor k (the only ASCII letters non-ASCII runes lower-case to).
func containsFold(s, sub string) bool { return containsFoldScan(s, sub) } // contains_fold_scan.go

// wordEnd returns the end of the run of ASCII word characters (\w) at i.
func wordEnd(s string, i int) int {
	for i < len(s) && isASCIIWord(s[i]) {
		i++
	}
	return i
}
