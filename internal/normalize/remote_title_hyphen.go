package normalize

import "strings"

// A title's place note may name a place whose name holds a hyphen, as
// French, German and other names often do: "Backend Developer (Remote -
// Royaume-Uni)", "Data Engineer - Remote (Baden-Württemberg)", "Support
// (Remote - États-Unis)". titleWhere reads a place of letters and spaces
// only, so such a note was not read at all (the title said nothing of
// the mode). titleWhereHyphenated reads the title again with each hyphen
// between two letters after the mode word taken as a space; a hyphen
// before it is left alone ("Non-Remote" is no note). The match is cut from
// the title itself (a hyphen and a space are one byte each), so the place
// keeps its spelling. Table tests in remote_title_hyphen_test.go.
func titleWhereHyphenated(title string) string {
	at := modeWordEnd(title)
	if at < 0 || strings.IndexByte(title[at:], '-') < 0 {
		return ""
	}
	b := []byte(title)
	changed := false
	for i := at; i < len(b); i++ {
		if b[i] == '-' && i > 0 && i+1 < len(b) && hyphenJoinsLetters(title, i) {
			b[i] = ' '
			changed = true
		}
	}
	if !changed {
		return ""
	}
	loc := titleWhere.FindStringIndex(string(b))
	if loc == nil || loc[1] <= at {
		return ""
	}
	return title[loc[0]:loc[1]]
}

// modeWordEnd is the end of the first "remote" or "hybrid" in a title, or -1.
func modeWordEnd(title string) int {
	for i := 0; i+6 <= len(title); i++ {
		if c := title[i] | 0x20; (c == 'r' || c == 'h') && (hasPrefixFold(title[i:], "remote") || hasPrefixFold(title[i:], "hybrid")) {
			return i + 6
		}
	}
	return -1
}

// hyphenJoinsLetters reports a hyphen at i with a letter on each side.
func hyphenJoinsLetters(s string, i int) bool {
	before := []rune(s[max(0, i-4):i])
	after := []rune(s[i+1 : min(len(s), i+5)])
	return len(before) > 0 && len(after) > 0 && isRegionLetter(before[len(before)-1]) && isRegionLetter(after[0])
}
