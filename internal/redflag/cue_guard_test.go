package redflag

import (
	"regexp"
	"strings"
	"testing"
)

// guardCases: texts at a start of rePeopleCount, with whether the pattern
// matches there; the traps hold its words and nouns without a count.
var guardCases = []struct {
	s     string
	match bool
}{
	{"hiring 300 interns for the summer", true},
	{"we need 100+ brand ambassadors now", true},
	{"looking for hundreds of students", true},
	{"recruiting over 2,000 people", true},
	{"seeking more than 50 part-time promoters", true},
	{"need thousands of volunteers", true},
	{"onboarding 75 new reps", true},
	// traps: no count after the word
	{"hiring students for a data project", false},
	{"need a few people to test", false},
	{"looking for over-achievers who are students", false},
	{"recruiting more students", false},
	{"wanted: 300 interns", false},
	{"hiring300 interns", false},
	{"hiring", false},
	{"", false},
}

// TestCueGuards: a guard never rules out a start where its pattern
// matches, and each guard is attached to its pattern's cue.
func TestCueGuards(t *testing.T) {
	for re, guard := range cueGuards {
		at := regexp.MustCompile(`^(?:` + re.String() + `)`)
		if c := cueOf(re); c == nil || c.guard == nil {
			t.Errorf("%q: no cue with the guard", re)
		}
		for _, tc := range guardCases {
			if got := at.MatchString(tc.s); re == rePeopleCount && got != tc.match {
				t.Errorf("%q: the pattern matching %v, the table says %v", tc.s, got, tc.match)
			}
			if at.MatchString(tc.s) && !guard(tc.s) {
				t.Errorf("%q: the guard of %q rules out a match", tc.s, re)
			}
		}
	}
	if peopleCountGuard("hiring students now") {
		t.Error("the guard lets a start without a count through")
	}
}

// FuzzCueGuards: for any text, a guard that says false means the pattern
// has no match at the start of the text.
func FuzzCueGuards(f *testing.F) {
	for _, tc := range guardCases {
		f.Add(tc.s)
	}
	f.Add("recruit 12 interns")
	f.Add("we need  20 agents")
	ats := map[*regexp.Regexp]*regexp.Regexp{}
	for re := range cueGuards {
		ats[re] = regexp.MustCompile(`^(?:` + re.String() + `)`)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.ToLower(s)
		for re, guard := range cueGuards {
			if !guard(s) && ats[re].MatchString(s) {
				t.Fatalf("%q: the guard of %q rules out a match", s, re)
			}
		}
	})
}
