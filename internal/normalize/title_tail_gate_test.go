package normalize

import "testing"

// TestSpaceBeforeSep checks that spaceBeforeSep never rules out a title
// titleTail matches: sampled matches after a title, table titles and
// random joins of words, spaces and separators.
func TestSpaceBeforeSep(t *testing.T) {
	titles := []string{"Engineer - Remote", "Engineer, Remote", "Engineer , Remote", "Engineer\t| EMEA", "Lead – US", "Lead—US", "Lead —US", "Lead -Remote", "Lead-Remote", ""}
	for _, m := range sampleMatches(t, titleTail, 200) {
		titles = append(titles, "Data Analyst"+m, m)
	}
	words := []string{"Remote", "Lead", "US", " ", "  ", "\t", "\n", "-", "–", "—", "|", ",", "é", "Canada", "x"}
	titles = append(titles, randomJoins(4, words, 20000)...)
	checkGateCovers(t, "spaceBeforeSep", spaceBeforeSep, titleTail, titles)
}
