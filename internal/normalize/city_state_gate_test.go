package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestMayCityState checks that mayCityState never rules out a text
// cityState matches: sampled matches after a city, table places and random
// joins of words, codes, commas and spaces.
func TestMayCityState(t *testing.T) {
	texts := []string{"Austin, TX", "Austin,TX 78701", "Austin,\tTX)", "TX", "Berlin, Germany", "Remote, Europe", "NY, NY", "a, bC", ", US", "", "É, TX"}
	for _, m := range sampleMatches(t, cityState, 200) {
		texts = append(texts, "Reno"+m, m, "Reno, "+strings.TrimLeft(m, ", \t"))
	}
	words := []string{"Austin", "TX", "CA", "Us", "uk", ",", ", ", " ", "\t", "12345", "-", ")", "/", ";", "é", "Remote"}
	r := rand.New(rand.NewPCG(15, 5))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(6) {
			b.WriteString(words[r.IntN(len(words))])
		}
		texts = append(texts, b.String())
	}
	matched := 0
	for _, s := range texts {
		if cityState.MatchString(s) {
			matched++
			if !mayCityState(s) {
				t.Errorf("mayCityState(%q) = false; cityState matches", s)
			}
		}
	}
	if matched < 100 {
		t.Errorf("only %d matches", matched)
	}
}
