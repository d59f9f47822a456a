package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSpaceBeforeSep checks that spaceBeforeSep never rules out a title
// titleTail matches: sampled matches after a title, table titles and
// random joins of words, spaces and separators.
func TestSpaceBeforeSep(t *testing.T) {
	titles := []string{"Engineer - Remote", "Engineer, Remote", "Engineer , Remote", "Engineer\t| EMEA", "Lead – US", "Lead—US", "Lead —US", "Lead -Remote", "Lead-Remote", ""}
	for _, m := range sampleMatches(t, titleTail, 200) {
		titles = append(titles, "Data Analyst"+m, m)
	}
	words := []string{"Remote", "Lead", "US", " ", "  ", "\t", "\n", "-", "–", "—", "|", ",", "é", "Canada", "x"}
	r := rand.New(rand.NewPCG(15, 4))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(6) {
			b.WriteString(words[r.IntN(len(words))])
		}
		titles = append(titles, b.String())
	}
	matched := 0
	for _, s := range titles {
		if titleTail.MatchString(s) {
			matched++
			if !spaceBeforeSep(s) {
				t.Errorf("spaceBeforeSep(%q) = false; titleTail matches", s)
			}
		}
	}
	if matched < 100 {
		t.Errorf("only %d matches", matched)
	}
}
