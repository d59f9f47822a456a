package normalize

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestSplitGates checks splitList and splitTitle against the Split of
// their regexps on table texts, sampled separators inside text and random
// joins of place names, words and marks.
func TestSplitGates(t *testing.T) {
	texts := []string{"", " ", "EMEA", "UK/France", "Austin and Reno", "Andorra", "Oregon", "OR", "AND", "US or Canada", "NY + NJ", "A & B",
		"Solutions Engineer, EMEA (Remote)", "Engineer - Remote", "Engineer-Remote", "Lead – Data", "Lead — Data", "Lead: Data", "Lead | Data", "[Remote] Lead",
		"grand", "portland", "a  ,  b", "x - ", " - y"}
	for _, m := range sampleMatches(t, listSep, 100) {
		texts = append(texts, "Lisbon"+m+"Porto", m)
	}
	for _, m := range sampleMatches(t, titleSegment, 100) {
		texts = append(texts, "Data Analyst"+m+"Remote", m)
	}
	words := []string{"Remote", "EMEA", "US", "and", "or", "Oregon", "band", " ", ",", "/", "&", "+", "-", " - ", "–", "—", "|", "(", ")", "[", "]", ":", "é", "\t", "Lead"}
	r := rand.New(rand.NewPCG(15, 3))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(5) {
			b.WriteString(words[r.IntN(len(words))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := splitList(s), listSep.Split(s, -1); !slices.Equal(got, want) {
			t.Errorf("splitList(%q) = %q, Split %q", s, got, want)
		}
		if got, want := splitTitle(s), titleSegment.Split(s, -1); !slices.Equal(got, want) {
			t.Errorf("splitTitle(%q) = %q, Split %q", s, got, want)
		}
	}
}
