package normalize

import (
	"sync"
	"testing"
)

// loadAll compiles every cue and key regexp made so far, for the tests
// that read what compiling registers (endGuarded, guardExprs) or check
// every regexp.
func loadAll() {
	cueMu.Lock()
	cues := append([]*cueRegexp(nil), cueRegistry...)
	cueMu.Unlock()
	for _, c := range cues {
		c.load()
	}
	keyMu.Lock()
	keys := append([]*keyRegexp(nil), keyRegistry...)
	keyMu.Unlock()
	for _, k := range keys {
		k.load()
	}
}

// TestCueRegexpsCompile: every cue and key regexp of the package compiles
// (a cue regexp with no literal prefixes would panic on its first use, in
// whatever listing first reaches it).
func TestCueRegexpsCompile(t *testing.T) {
	loadAll()
	for _, c := range cueRegistry {
		if c.std == nil || c.fast == nil {
			t.Errorf("%s: not compiled", c.expr)
		}
	}
	for _, k := range keyRegistry {
		if k.std == nil {
			t.Errorf("%s: not compiled", k.expr)
		}
	}
}

// TestCueRegexpLazyConcurrent: a cue or key regexp compiles on its first use, once,
// when many goroutines reach it together, and then answers as its regexp.
func TestCueRegexpLazyConcurrent(t *testing.T) {
	c := newCueRegexp(`(?i)\bstipend of \$(\d+)`)
	k := newKeyRegexp(`(?i)\bstipend of \$(\d+)`, 10, 20, "stipend")
	if c.std != nil || k.std != nil {
		t.Fatal("compiled before the first use")
	}
	s := "We pay a Stipend of $500 for the project."
	var wg sync.WaitGroup
	got := make([][]int, 16)
	for i := range got {
		wg.Go(func() {
			if i%2 == 0 {
				got[i] = c.FindStringSubmatchIndex(s)
			} else {
				got[i] = k.FindAllStringSubmatchIndex(s, -1)[0]
			}
		})
	}
	wg.Wait()
	for i, m := range got {
		if len(m) != 4 || s[m[2]:m[3]] != "500" {
			t.Errorf("goroutine %d: %v", i, m)
		}
	}
	if c.String() != c.expr || c.plain() != c.std {
		t.Error("String or plain differ from the compiled regexp")
	}
}

// compiledAtStart are the cue and key regexps compiled by the time the
// package's variables and init functions are done (init functions run
// after every variable; this one, in a test file, after those of the
// package's own files).
var compiledAtStart []string

func init() {
	for _, c := range cueRegistry {
		if c.std != nil {
			compiledAtStart = append(compiledAtStart, c.expr)
		}
	}
	for _, k := range keyRegistry {
		if k.std != nil {
			compiledAtStart = append(compiledAtStart, k.expr)
		}
	}
}

// TestNothingCompiledAtStart: no cue or key regexp is compiled while the
// package starts (a variable made from one's plain regexp, say), which
// would bring back the start-up cost that load defers to the first use.
func TestNothingCompiledAtStart(t *testing.T) {
	if len(cueRegistry) < 50 || len(keyRegistry) < 200 {
		t.Fatalf("%d cue and %d key regexps registered: the registries are not filled", len(cueRegistry), len(keyRegistry))
	}
	for _, expr := range compiledAtStart {
		t.Errorf("compiled at start: %.60s", expr)
	}
}
