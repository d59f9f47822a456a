package normalize

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// reversedExprs are suffix regexps reverseRegexp must reverse exactly:
// the package's own and small ones with each syntax construct (word
// boundaries, classes, repeats, case folding, captures, alternations of
// anchored branches, multi-byte runes).
func reversedExprs() []string {
	return []string{
		durNotBefore.re.String(), durCue.re.String(), durAfterEffort.re.String(), totalNotBefore.re.String(),
		upToBefore.re.String(), badBefore.re.String(),
		`(?i)\bfor\s*$`, `(?i)(?:\bin|\bover)\s*(?P<pre>about|up to)?\s*$`, `(?i)\b(?:sk|Kelvin)\w{0,3}$`,
		`(?i)(?:über|straße)[^.\n]{0,5}$`, `a$|\bb\s+$`, `(?:ab|cd){2,3}\b$`, `^only$`,
	}
}

// suffixTexts are windows before an amount or a duration, as the readers
// cut them, with the cue words and their near misses (traps: "before",
// "forum", "per-", "into", words run together).
var suffixTexts = []string{
	"", " ", "for ", "before ", "forum ", "the project runs for about", "after a probation of",
	"in just", "into", "each", "every other", "per", "per-", "raised over", "we raised $", "no more than",
	"up to", "upto", "max.", "15 hours over", "10 hrs/week for the", "completed within", "done in two weeks within",
	"ſpend", "KELVIN", "ǅ über straße", "a\xffb for", "lasting \u00a0 approximately",
}

func TestReverseRegexpSame(t *testing.T) {
	words := strings.Fields("for over of in the a an about around up to max. maximum after leave notice probation every each per first " +
		"past last next than within ago once twice times monthly our your since paid unpaid hours hrs week wk day spread across " +
		"during lasting duration: term: timeline: complete completed finish deliver done wrap wrapped raised funding over under spent " +
		"nearly ~ ± +/- no more than roughly estimated K ſ über ǅ . , : - \n")
	rng := rand.New(rand.NewPCG(19, 19))
	texts := append([]string(nil), suffixTexts...)
	for range 3000 {
		var b strings.Builder
		for range rng.IntN(9) {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteString([]string{" ", " ", "", "  ", "\t"}[rng.IntN(5)])
		}
		texts = append(texts, b.String())
	}
	for _, e := range reversedExprs() {
		re, rev := regexp.MustCompile(e), reverseRegexp(e)
		if rev == nil {
			t.Fatalf("reverseRegexp(%q) = nil", e)
		}
		matched := 0
		for _, s := range texts {
			want := re.MatchString(s)
			got, ok := matchReversed(rev, s)
			if !ok {
				continue // not UTF-8: the plain regexp answers
			}
			if got != want {
				t.Fatalf("reversed %q on %q: %v, plain %v", e, s, got, want)
			}
			if want {
				matched++
			}
		}
		t.Logf("%d of %d match %.40q", matched, len(texts), e)
	}
	// Not anchored at its end: nothing to gain, no reverse.
	for _, e := range []string{`(?i)\bfor\b`, `a$|b`, `(?m)x$|y`} {
		if reverseRegexp(e) != nil {
			t.Errorf("reverseRegexp(%q) != nil", e)
		}
	}
}

// TestReversedCueSame checks the cue regexps that answer MatchString
// reversed against their plain regexps on the windows the readers cut.
func TestReversedCueSame(t *testing.T) {
	for _, c := range reversedCues() {
		for _, s := range append(suffixTexts, fixtureTextsOrNone(t)...) {
			for _, w := range []string{s, s[max(0, len(s)-40):]} {
				if got, want := c.MatchString(w), c.re.MatchString(w); got != want {
					t.Fatalf("%.40q.MatchString(%q) = %v, plain %v", c.re.String(), w, got, want)
				}
			}
		}
	}
}

func FuzzReverseRegexp(f *testing.F) {
	for _, s := range suffixTexts {
		f.Add(s)
	}
	exprs := reversedExprs()
	res, revs := make([]*regexp.Regexp, len(exprs)), make([]*regexp.Regexp, len(exprs))
	for i, e := range exprs {
		res[i], revs[i] = regexp.MustCompile(e), reverseRegexp(e)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := range exprs {
			if got, ok := matchReversed(revs[i], s); ok && got != res[i].MatchString(s) {
				t.Errorf("reversed %q on %q: %v, plain %v", exprs[i], s, got, !got)
			}
		}
		for _, c := range reversedCues() {
			if got, want := c.MatchString(s), c.re.MatchString(s); got != want {
				t.Errorf("%.40q.MatchString(%q) = %v, plain %v", c.re.String(), s, got, want)
			}
		}
	})
}
