package normalize

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// TestOnsiteAsideGates checks that deniedMayEnd, eventMayStart and
// visitMayStart never rule out a text their regexp matches: sampled
// matches of each expression (with text around them, in capitals, with a
// long s), table texts and random joins of words and marks.
func TestOnsiteAsideGates(t *testing.T) {
	gates := []struct {
		name string
		may  func(string) bool
		re   *regexp.Regexp
		wrap func(string) []string
	}{
		{"deniedMayEnd", deniedMayEnd, onsiteDenied, func(m string) []string {
			return []string{m, "We have " + m, m + " - ", m + "\t", strings.ToUpper(m)}
		}},
		{"eventMayStart", eventMayStart, onsiteEvent, func(m string) []string {
			return []string{m, m + " in May", " - " + m, strings.ToUpper(m)}
		}},
		{"visitMayStart", visitMayStart, officeVisit, func(m string) []string {
			return []string{m, m + ", for planning", " ,\t" + m, strings.ToUpper(m)}
		}},
	}
	words := []string{"no", "not", "non", "n't", "without", "a", "an", "any", "interviews", "retreat", "meet-ups", "ſummits", "visits",
		"once", "twice", "about", "just", "3 times", "for", "onboarding", "if you like", "whenever needed", "sometimes", "ſometimes",
		"from time to time", "-", ",", " ", "\t", "\n", "x", "role", "work", "é", "9", "Ok", "team"}
	r := rand.New(rand.NewPCG(15, 2))
	var texts []string
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(4) {
			b.WriteString(words[r.IntN(len(words))])
			if r.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	for _, g := range gates {
		ts := texts
		for _, m := range sampleMatches(t, g.re, 300) {
			ts = append(ts, g.wrap(m)...)
		}
		matched, gated := 0, 0
		for _, s := range ts {
			may, match := g.may(s), g.re.MatchString(s)
			if match {
				matched++
			}
			if !may {
				gated++
			}
			if match && !may {
				t.Errorf("%s(%q) = false; the regexp matches", g.name, s)
			}
		}
		if matched < 100 || gated < len(ts)/10 {
			t.Errorf("%s: %d matches, %d of %d texts ruled out", g.name, matched, gated, len(ts))
		}
	}
}
