package textcue

import (
	"math/rand/v2"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// headPatterns have an optional head of finitely many strings: captured
// or not, greedy or not, with empty strings, strings that are prefixes of
// others, character classes, case folding (the Kelvin sign and the long s
// fold to ASCII letters) and non-ASCII runes, before rests with word
// boundaries, captures, optional groups and repeats.
var headPatterns = []string{
	`(?i)(?P<pre>no more than|not more than|up to|upto|max(?:imum)?\.?|min(?:imum)?\.?|at least|about|a|~|±|\+/-)?\s*(?P<a>\b(?:\d{1,4}(?:\.\d{1,2})?|one|two|a|an|a couple of|a few))(?:\s*(?:-|–|to|or)\s*(?P<b>\d{1,4}|one|two))?\s*\+?[\s-]*(?P<u>days?|weeks?|mos?|hrs?|h)\b`,
	`(?:ab|a|)?b+(c)?`,
	`(a|ab|abc)?(b*)c`,
	`(?:x|xy)?y(z)?`,
	`(?i)(k|s|straße)?(\w+)\b`,
	`([~±]|\+/-)?\s*(\d+)`,
	`(?i)(?:an?\s)?\bthe\b(\s\w+)?`,
	`(é|e)?\b(\w{1,3})`,
	`(?i)(ſ|k)?([a-z]+)`,
	`(?:a(?:b)?(?:c)?|)?(?:b|c)+$`,
}

// headTexts are random texts from pieces the patterns care about.
func headTexts(n int) []string {
	pieces := []string{"no more than", "Up To", "MAX.", "maximum", "min", "at least", "about", "a", "an", "A few", "a couple of",
		"~", "±", "+/-", " ", "  ", "\t", "\n", "-", "–", "to", "or", "3", "10", "2.5", "one", "Two", "day", "Days", "weeks", "mo",
		"hrs", "h", "H", "x", "xy", "y", "z", "ab", "b", "c", "abc", "é", "e", "the", "The", "K", "\u212a", "\u017f", "s", "S",
		"straße", "STRASSE", "_", "\xff", "\xc3", "é", "k"}
	rng := rand.New(rand.NewPCG(4, 4))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for range 1 + rng.IntN(14) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		out[i] = b.String()
	}
	return out
}

// checkHeadSplit compares the split runs of expr with the plain anchored
// runs at every start and window start of s.
func checkHeadSplit(t *testing.T, expr string, h *headSplit, a *Anchored, s string) int {
	t.Helper()
	found := 0
	split := *a
	split.split = h
	for _, w0 := range []int{0, len(s) / 3, len(s) / 2} {
		for p := w0; p < len(s); p++ {
			end := len(s)
			plain := *a
			plain.split = nil
			want := plain.At(s, p, w0, end)
			got := split.At(s, p, w0, end)
			if !slices.Equal(got, want) {
				t.Fatalf("%s at %d (window from %d) of %q: split %v, plain %v", expr, p, w0, s, got, want)
			}
			if gm, wm := split.MatchAt(s, p, w0, end), plain.MatchAt(s, p, w0, end); gm != wm {
				t.Fatalf("%s matches at %d (window from %d) of %q: split %v, plain %v", expr, p, w0, s, gm, wm)
			}
			if want != nil {
				found++
			}
		}
	}
	return found
}

// TestHeadSplitSameAsPlain: on many texts, the split run of every
// pattern of headPatterns gives the plain anchored run's submatches at
// every start; the pattern of hours and durations is split even though
// its whole program is small here.
func TestHeadSplitSameAsPlain(t *testing.T) {
	texts := headTexts(3000)
	if raceEnabled {
		texts = texts[:600]
	}
	for _, expr := range headPatterns {
		tree, err := syntax.Parse(expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		h := newHeadSplit(tree)
		if h == nil {
			t.Fatalf("%s: no split", expr)
		}
		a := NewAnchored(expr, tree)
		found := 0
		for _, s := range texts {
			found += checkHeadSplit(t, expr, h, a, s)
		}
		if found < 100*len(texts)/3000 {
			t.Errorf("%s: only %d matches: the texts do not exercise it", expr, found)
		}
	}
}

// TestHeadSplitShapes: which patterns split.
func TestHeadSplitShapes(t *testing.T) {
	for _, c := range []struct {
		expr  string
		split bool
	}{
		{`(a|b)?c`, true},
		{`(?:a|b)?c`, true},
		{`(a|b)??c`, false},         // a lazy head: tried last
		{`(a+)?c`, false},           // not finite
		{`((a)|b)?c`, false},        // a capture inside the head
		{`x(a|b)?c`, false},         // no leading head
		{`(a|b)?`, false},           // no rest
		{`(?:a|b)?(c)(d)`, true},    // uncaptured head, captured rest
		{`(a|b)?.?(c)`, true},       // any rest
		{`(?:[a-z]|[0-9])?c`, true}, // classes
		{`(?:\pL)?c`, false},        // too many runes
		{`(?:a|b){0,1}c`, false},    // a repeat (simplified to x? only at compile time)
		{`(?:(?:a|b)(?:c|d)(?:e|f)(?:g|h)(?:i|j)(?:k|l)(?:m|n)(?:o|p)(?:q|r))?c`, false}, // too many strings
	} {
		tree, err := syntax.Parse(c.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := newHeadSplit(tree) != nil; got != c.split {
			t.Errorf("%s: split %v, want %v", c.expr, got, c.split)
		}
	}
}

// TestCostlySplitRegexp: a Regexp whose anchored run is too large for the
// backtracking matcher is split, and finds what the plain regexp finds.
func TestCostlySplitRegexp(t *testing.T) {
	num := `\d{1,4}(?:\.\d{1,2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a|an|a couple of|a few`
	expr := `(?i)(?P<pre>no more than|not more than|no longer than|not longer than|less than|under|not to exceed|up to|upto|a maximum of|maximum of|max(?:imum)?\.?|at most|at least|a minimum of|minimum of|min(?:imum)?\.?|about|around|approximately|approx\.?|roughly|an estimated|estimated|a total of|~|±|\+/-)?\s*(?P<a>\b(?:` +
		num + `))(?:\s*(?:-|–|—|to|or)\s*(?P<b>` + num + `))?\s*\+?[\s-]*(?P<u>days?|weeks?|wks?|months?|mos?|years?|yrs?)\b`
	if !CostlyRun(expr) {
		t.Fatal("the pattern runs on the backtracking matcher: not a test of the split")
	}
	c := MustCompile(expr)
	if c.run.split == nil {
		t.Fatal("not split")
	}
	re := regexp.MustCompile(expr)
	texts := append(headTexts(2000), "Up to 3 weeks, about two months or ±4–6 days; MAX. 2 yrs", "a couple of weeks a few days an hour")
	rng := rand.New(rand.NewPCG(5, 5))
	pick := func(xs ...string) string { return xs[rng.IntN(len(xs))] }
	for range 2000 {
		var b strings.Builder
		for range 1 + rng.IntN(4) {
			b.WriteString(pick("", "for ", "About ", "up to", "max.", "Maximum ", "at least ", "~", "± ", "a total of ", "not to exceed", "x"))
			b.WriteString(pick("", " ", "  "))
			b.WriteString(pick("3", "12", "2.5", "10000", "one", "Twelve", "a", "an", "a couple of", "a few", "fifty"))
			b.WriteString(pick("", " to 6", "-8", " – ten", " or two", "to"))
			b.WriteString(pick("", " ", "+", "-", " + -"))
			b.WriteString(pick("weeks", "Days", "mo", "yrs", "months.", "wk", "weekly", "hours"))
			b.WriteString(pick(" ", ". ", "s ", "\n", ""))
		}
		texts = append(texts, b.String())
	}
	found := 0
	for _, s := range texts {
		got, want := c.FindAllStringSubmatchIndex(s, -1), re.FindAllStringSubmatchIndex(s, -1)
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("on %q: split %v, plain %v", s, got, want)
		}
		if c.MatchString(s) != re.MatchString(s) {
			t.Fatalf("MatchString(%q) differs", s)
		}
		found += len(want)
	}
	if found < 100*len(texts)/3000 {
		t.Errorf("only %d matches", found)
	}
}

// FuzzHeadSplit: on any text, the split runs of headPatterns give the
// plain anchored runs' results.
func FuzzHeadSplit(f *testing.F) {
	f.Add("Up to 3 weeks, about two months or ±4–6 days; MAX. 2 yrs", uint8(0))
	f.Add("abcbbc xyz ab", uint8(1))
	f.Add("\u212a\u017fstraße STRASSE k", uint8(4))
	f.Add("é\xffe abc", uint8(7))
	f.Fuzz(func(t *testing.T, s string, pick uint8) {
		expr := headPatterns[int(pick)%len(headPatterns)]
		tree, err := syntax.Parse(expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		checkHeadSplit(t, expr, newHeadSplit(tree), NewAnchored(expr, tree), s)
	})
}

// TestFoldsTo: the ASCII shortcut of foldsTo agrees with the orbits of
// unicode.SimpleFold, for every pair of runes below 0x300 and the two
// non-ASCII runes that fold to ASCII letters.
func TestFoldsTo(t *testing.T) {
	orbit := func(r0, r rune) bool {
		for f := unicode.SimpleFold(r0); f != r0; f = unicode.SimpleFold(f) {
			if f == r {
				return true
			}
		}
		return false
	}
	runes := []rune{'\u212a', '\u017f'}
	for r := rune(0); r < 0x300; r++ {
		runes = append(runes, r)
	}
	for _, a := range runes {
		for _, b := range runes {
			if got, want := foldsTo(a, b), orbit(a, b); got != want {
				t.Fatalf("foldsTo(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}
