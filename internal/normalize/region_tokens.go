package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Regions ran two plain regexps over every location and snippet it read:
// tokenRe's words and cityState's "Austin, TX". Both ran at every position
// of the text. normspeed10 reads the words by hand and asks cityState only
// about a text with a comma.

// regionTokens is tokenRe.FindAllString(s, -1): the runs of letters, marks
// and dots that start with a letter. ([\p{L}][\p{L}\p{M}.]*[\p{L}]? takes the
// longest run, its last letter already taken by the star; an invalid byte
// is no letter, as the regexp reads it as U+FFFD.) The reference run asks
// the regexp; TestNormspeed10RegionTokens compares the two.
func regionTokens(s string) []string {
	if reference {
		return tokenRe.FindAllString(s, -1)
	}
	var out []string
	for i := 0; i < len(s); {
		r, w := regionRune(s, i)
		if !isRegionLetter(r) {
			i += w
			continue
		}
		j := i + w
		for j < len(s) {
			r, w := regionRune(s, j)
			if r != '.' && !isRegionLetter(r) && !isRegionMark(r) {
				break
			}
			j += w
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}

// regionRune decodes the rune of s at i and its width.
func regionRune(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isRegionMark is \p{M}: a vowel sign or accent inside a word ("भारत",
// "กรุงเทพ", a decomposed "é") continues it, as tokenRe reads it, so names
// in scripts that write vowels as marks are read whole.
func isRegionMark(r rune) bool {
	return r >= 0x300 && unicode.In(r, unicode.M)
}

// isRegionLetter is \p{L}.
func isRegionLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

// cityStateMatches is cityState.FindAllStringSubmatch(s, -1) for a text
// with a comma, and nil for one without: Regions reads a match only when
// s holds a comma ("Austin, TX"; "TX" alone is no state note).
func cityStateMatches(s string) [][]string {
	if !reference && strings.IndexByte(s, ',') < 0 || !mayCityState(s) { // city_state_gate.go
		return nil
	}
	return cityState.FindAllStringSubmatch(s, -1)
}
