package normalize

import (
	"regexp"
	"strings"
	"testing"
)

// TestDatesAt checks that datesAt never rules out a date one of
// parseDateAt's expressions reads: sampled matches of each (with text after
// them, in capitals, after a space), table texts and every first byte.
func TestDatesAt(t *testing.T) {
	texts := []string{"", "June 30", "30 June", "2026-07-15", "7/15", "ſep 3", "Sep 3", "sept. 9th, 2027", "the 30th of June", "to apply",
		"Friday, June 5", "next week", " June 30", "é", "(June 30)", "OCT 1", "nov 12, 2026", "12/31/26"}
	for c := 0; c < 256; c++ {
		texts = append(texts, string([]byte{byte(c)})+"ep 3, 2026", string([]byte{byte(c)})+"1 June", string([]byte{byte(c)})+"026-01-02")
	}
	res := []*regexp.Regexp{reDateMD, reDateDM, reDateISO, reDateUS}
	for _, re := range res {
		for _, m := range sampleMatches(t, re, 200) {
			texts = append(texts, m, m+" at noon", strings.ToUpper(m), " "+m)
		}
	}
	matched := 0
	for _, s := range texts {
		month, num := datesAt(s)
		for i, re := range res {
			if !re.MatchString(s) {
				continue
			}
			matched++
			if may := i == 0 && month || i > 0 && num; !may {
				t.Errorf("datesAt(%q) = %v, %v; %v matches", s, month, num, re)
			}
		}
	}
	if matched < 200 {
		t.Errorf("only %d matches", matched)
	}
}
