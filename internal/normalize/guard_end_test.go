package normalize

import (
	"reflect"
	"regexp/syntax"
	"strings"
	"testing"
)

// endTexts are the texts an end-anchored expression reads: windows, the
// forty bytes before a word start of the differential tests' texts (as
// the readers cut the words before a number or a match), each once, one
// word start in sixteen (in two hundred with -race or -short); and
// samples, each guarded expression's sampled matches alone, after a
// sentence, in capitals and with white space after them.
func endTexts(t *testing.T) (windows, samples []string) {
	keep := 16
	if testing.Short() || raceEnabled {
		keep = 200
	}
	n := 0
	seen := map[string]bool{}
	for _, s := range normspeed7GuardTexts(t) {
		for p := 1; p < len(s); p++ {
			if w := s[max(0, p-40):p]; isASCIIWord(s[p]) && !isASCIIWord(s[p-1]) && !seen[w] {
				seen[w] = true
				if n++; n%keep == 0 {
					windows = append(windows, w)
				}
			}
		}
	}
	loadAll()
	for _, c := range endGuarded {
		for i, s := range sampleMatches(t, c.plain(), 200) {
			if i%2 == 0 { // the match alone (the odd ones have words after it)
				samples = append(samples, s, "We pay well. "+s, strings.ToUpper(s), s+" \t\n")
			}
		}
	}
	return windows, samples
}

// checkEndGuard checks that c's end guard skips s only when its regexp
// has no match there, and that c finds its regexp's matches; it reports
// the skip.
func checkEndGuard(t *testing.T, c *cueRegexp, s string) bool {
	t.Helper()
	skip := c.load().end.skips(s)
	want := c.plain().FindAllStringSubmatchIndex(s, -1)
	if skip && want != nil {
		t.Fatalf("%.40s...: end guard skips %q, which has a match", c.String(), s)
	}
	if got := c.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
		t.Fatalf("%.40s... on %q: %v, regexp %v", c.String(), s, got, want)
	}
	if got, want := c.MatchString(s), want != nil; got != want {
		t.Fatalf("%.40s... MatchString on %q: %v, regexp %v", c.String(), s, got, want)
	}
	return skip
}

// TestEndGuards: the duration and total-hours cue words before a number,
// durAfterEffort and upToBefore have end guards (badBefore, which ends in
// any 25 bytes, has none); each guarded expression finds its regexp's
// matches on every text of endTexts, skips most of the windows and is
// never skipped on a match.
func TestEndGuards(t *testing.T) {
	for _, c := range []*cueRegexp{durCue, durNotBefore, durAfterEffort, totalNotBefore, upToBefore} {
		if c.load().end == nil || c.end.n < 3 {
			t.Fatalf("%.40s...: no end guard of 3 bytes or more", c.String())
		}
	}
	if badBefore.end != nil {
		t.Fatal("badBefore, whose matches end in any bytes, has an end guard")
	}
	windows, samples := endTexts(t)
	loadAll()
	for _, c := range endGuarded {
		skipped, matched := 0, 0
		for i, s := range append(windows, samples...) {
			if checkEndGuard(t, c, s) && i < len(windows) {
				skipped++
			}
			if c.plain().MatchString(s) {
				matched++
			}
		}
		if matched < 50 || skipped < len(windows)/2 {
			t.Fatalf("%.40s...: %d matches, %d of %d windows skipped", c.String(), matched, skipped, len(windows))
		}
	}
}

// TestEndGuardTraps: texts that end in a cue word are never skipped, also
// with white space or capitals after it; texts that end in other words,
// or in a cue word inside a longer one, are.
func TestEndGuardTraps(t *testing.T) {
	for _, tc := range []struct {
		c    *cueRegexp
		s    string
		skip bool
	}{
		{durCue, "The project runs for", false},
		{durCue, "The project runs for about \n", false},
		{durCue, "LASTING UP TO", false},
		{durCue, "Duration:", false},
		{durCue, "we hire designers", true},
		{durCue, "a fortune", true},
		{durCue, "therefor", false}, // "for" ending a word: the guard cannot tell, the regexp's \b can
		{durCue, "reliable and kind", true},
		{durNotBefore, "during the probation of the", false},
		{durNotBefore, "in just", false},
		{durNotBefore, "remote work", true},
		{upToBefore, "up\tto", false},
		{upToBefore, "set up", true},
		{totalNotBefore, "respond within", false},
		{totalNotBefore, "hello", true},
		{durCue, "for ſ", false}, // a byte past ASCII: never skipped
		{durCue, "", true},
		{durCue, " \t ", true},
	} {
		if got := tc.c.load().end.skips(tc.s); got != tc.skip {
			t.Errorf("%.30s... skips(%q) = %v, want %v", tc.c.String(), tc.s, got, tc.skip)
		}
		checkEndGuard(t, tc.c, tc.s)
	}
}

// TestReverseTree: the reversed expression matches the reversed strings.
func TestReverseTree(t *testing.T) {
	for _, tc := range []struct{ expr, want string }{
		{`abc`, `cba`},
		{`(?i)ab(?:c|de)f`, `(?i:F(?:C|ED)BA)`},
		{`\bfor\s*$`, `^\s*rof\b`},
		{`x{2,3}(?:yz)+`, `(?:zy)+x{2,3}`},
		{`(?P<g>über)?\d`, `\d(?P<g>rebü)?`},
	} {
		tree, err := syntax.Parse(tc.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		want, err := syntax.Parse(tc.want, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := reverseTree(tree).String(); got != want.String() {
			t.Errorf("reverseTree(%s) = %s, want %s", tc.expr, got, want.String())
		}
	}
}

// FuzzEndGuards: on any text, every end-guarded cue regexp finds what its
// regexp finds.
func FuzzEndGuards(f *testing.F) {
	for _, s := range []string{"runs for", "lasting up to ", "during the probation of the", "fortune", "UP TO", "for ſ", "respond within", ""} {
		f.Add(s)
	}
	loadAll()
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range endGuarded {
			checkEndGuard(t, c, s)
		}
	})
}
