package normalize

import (
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
	texts = append(texts, randomJoins(5, words, 20000)...)
	checkGateCovers(t, "mayCityState", mayCityState, cityState, texts)
}
