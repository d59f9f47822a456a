package normalize

import (
	"strings"
	"testing"
)

// flagspeed8TitleCues are the title expressions made cue regexps.
var flagspeed8TitleCues = map[string]*cueRegexp{"titleIntern": titleIntern, "titleContract": titleContract,
	"titleContractWork": titleContractWork, "titlePart": titlePart, "titleFull": titleFull, "titleProject": titleProject,
	"titleProjectNoun": titleProjectNoun, "titleContractTopic": titleContractTopic, "titleWeekendPart": titleWeekendPart,
	"seniorTitle": seniorTitle}

// titleCueTexts are titles: the type tests', the fast-path edge cases, the
// differential tests' texts cut into lines (3,000 of them), and each expression's sampled
// matches (guard_sample_test.go) alone and inside titles, upper-cased
// and glued to letters.
func titleCueTexts(t *testing.T) []string {
	out := fastTexts()
	for _, c := range typeCases {
		out = append(out, c.title)
	}
	seen := map[string]bool{}
	lines := 3000
	if testing.Short() || raceEnabled {
		// The race detector slows the plain regexps tenfold: a third of
		// the lines (make test runs -race; go test runs all).
		lines = 1000
	}
	for _, s := range normspeed7GuardTexts(t) {
		for _, line := range strings.Split(s, "\n") {
			if len(line) < 200 && !seen[line] && len(seen) < lines {
				seen[line] = true
				out = append(out, line)
			}
		}
	}
	for _, c := range flagspeed8TitleCues {
		for _, s := range sampleMatches(t, c.plain(), 150) {
			if len(s) > 300 {
				continue // the sample inside a description
			}
			out = append(out, s, "Senior "+s+" (Remote)", strings.ToUpper(s)+" - Berlin", "x"+s+"x", s+"\u017f")
		}
	}
	return out
}

// TestTitleCuesSame: each title expression made a cue regexp finds what
// its regexp finds (every search, and ReplaceAllString) on every title of
// titleCueTexts, which hold matches and non-matches of each.
func TestTitleCuesSame(t *testing.T) {
	texts := titleCueTexts(t)
	for name, c := range flagspeed8TitleCues {
		matched := 0
		for _, s := range texts {
			checkCue(t, c, s)
			checkCueWrappers(t, c, s)
			if got, want := c.ReplaceAllString(s, ""), c.plain().ReplaceAllString(s, ""); got != want {
				t.Errorf("%s ReplaceAllString(%q) = %q, want %q", name, s, got, want)
			}
			if c.plain().MatchString(s) {
				matched++
			}
		}
		if matched < 20 || len(texts)-matched < 20 {
			t.Fatalf("%s: %d of %d titles match: the texts do not exercise it", name, matched, len(texts))
		}
		if t.Failed() {
			t.FailNow()
		}
		// Forced wrong: the expression made case-sensitive finds
		// otherwise on some title (the upper-cased samples).
		broken, err := compileCue(strings.Replace(c.expr, "(?i)", "", 1))
		if err != nil {
			t.Fatal(err)
		}
		differs := false
		for _, s := range texts {
			if broken.MatchString(s) != c.plain().MatchString(s) {
				differs = true
				break
			}
		}
		if !differs {
			t.Fatalf("%s: a case-sensitive cue finds the same on every title: the comparison cannot fail", name)
		}
	}
}

// FuzzTitleCues: on any title, each title cue regexp finds what its
// regexp finds.
func FuzzTitleCues(f *testing.F) {
	for _, s := range []string{"Software Engineering Intern", "Contract Manager (W-2)", "Part-Time Barista", "Sr. Project",
		"Smart Contracts Auditor", "Weekend Porter", "Stagiaire Marketing", "Prácticas en datos", "CO-OP Student", "ſenior"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range flagspeed8TitleCues {
			checkCue(t, c, s)
		}
	})
}
