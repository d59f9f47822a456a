package normalize

import "strings"

// Country codes that are also English words ("IN", "IT") in a location
// written as a phrase: "Work IN progress" names no India. Regions reads a
// code only when codeAsWord says no (table tests in
// region_code_words_test.go). "Remote OR hybrid" is already no Oregon
// (state codes need a comma).

// wordCodes are the country codes that are common English words.
var wordCodes = map[string]bool{"IN": true, "IT": true}

// codeScopeWords may follow a code that scopes a location: "Remote IN
// only", "IT based".
var codeScopeWords = map[string]bool{"only": true, "based": true, "remote": true, "wide": true}

// codeAsWord reports the i-th token of s (a wordCodes code) standing
// between two words with single spaces and followed by a lower-case word:
// an English phrase, not a place ("Work IN progress"). "Milan, IT office",
// "Ancarano (IT)" and "Remote IN only" are places.
func codeAsWord(s string, words []string, i int) bool {
	if !wordCodes[words[i]] || i == 0 || i+1 >= len(words) {
		return false
	}
	prev, next := words[i-1], words[i+1]
	if next == "" || next[0] < 'a' || next[0] > 'z' || codeScopeWords[next] || strings.EqualFold(prev, "remote") {
		return false
	}
	return strings.Contains(s, prev+" "+words[i]+" "+next)
}
