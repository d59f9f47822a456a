package normalize

import (
	"strings"
	"testing"
)

// normspeed10AfterTexts are texts after a duration: the effort tests'
// texts and the key regexps' texts, cut after each of their digits and
// blanks (40 bytes, as parseDuration reads them), matches spelled from
// durCueAfter itself, and openings written for it (case, hyphens, the
// runes that fold to s and k, broken UTF-8).
func normspeed10AfterTexts(t *testing.T) []string {
	out := []string{"", "-", " - ", " project", "-PROJECT", "\t\n-  Summer Internship", " paid remote micro-internship", " gig", " jo",
		" \u017fprint", " \u017fummer internship", " wor\u212a", " \u212aob", " at about", ". Students", " of sales", "\xffproject",
		" p\xff", " Part-Time contract", " long-term role", " jobs", " fellowships", " role.", "  Unpaid Research Placement"}
	out = append(out, sampleMatches(t, durCueAfter, 400)...)
	for _, s := range append(normspeed7Texts(t), keyTexts(t)...) {
		for i := 0; i < len(s); i++ {
			if c := s[i]; c == ' ' || c >= '0' && c <= '9' {
				out = append(out, s[i+1:min(len(s), i+41)])
			}
		}
	}
	return out
}

// TestNormspeed10DurCueAfter: durCueAfterMatch answers as the regexp on
// every text (so mayDurCueAfter never rules out a match), and rules out
// most texts.
func TestNormspeed10DurCueAfter(t *testing.T) {
	texts := thinTexts(normspeed10AfterTexts(t), 64)
	matched, ruledOut := 0, 0
	for _, s := range texts {
		got, want := durCueAfterMatch(s), durCueAfter.MatchString(s)
		if got != want {
			t.Fatalf("durCueAfterMatch(%q) = %v, regexp %v", s, got, want)
		}
		if want {
			matched++
		}
		if !mayDurCueAfter(s) {
			ruledOut++
		}
	}
	if matched < 300/raceThin() || ruledOut < len(texts)/2 {
		t.Fatalf("%d texts: %d matched, %d ruled out", len(texts), matched, ruledOut)
	}
	if !strings.HasPrefix(durCueAfter.String(), "(?i)^") {
		t.Fatalf("durCueAfter is no longer anchored at the start: %s", durCueAfter)
	}
}

func FuzzNormspeed10DurCueAfter(f *testing.F) {
	for _, s := range []string{" project", " at about", "-\tSummer gig", " \u017fprint", "", " jo"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := durCueAfterMatch(s), durCueAfter.MatchString(s); got != want {
			t.Fatalf("durCueAfterMatch(%q) = %v, regexp %v", s, got, want)
		}
	})
}
