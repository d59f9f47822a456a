package normalize

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// randomJoins returns n strings, each one to six of words joined at
// random (seeded, so a failure repeats).
func randomJoins(seed uint64, words []string, n int) []string {
	r := rand.New(rand.NewPCG(15, seed))
	out := make([]string, 0, n)
	for range n {
		var b strings.Builder
		for range 1 + r.IntN(6) {
			b.WriteString(words[r.IntN(len(words))])
		}
		out = append(out, b.String())
	}
	return out
}

// checkGateCovers fails when gate rules out a text re matches, and when
// fewer than 100 of texts match at all (the check would prove little).
func checkGateCovers(t *testing.T, gateName string, gate func(string) bool, re *regexp.Regexp, texts []string) {
	t.Helper()
	matched := 0
	for _, s := range texts {
		if re.MatchString(s) {
			matched++
			if !gate(s) {
				t.Errorf("%s(%q) = false; the regexp matches", gateName, s)
			}
		}
	}
	if matched < 100 {
		t.Errorf("only %d matches", matched)
	}
}
