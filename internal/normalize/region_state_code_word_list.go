package normalize

import "strings"

// A list of US state codes joined by "and" or "or" is the US, as one joined
// by commas is ("CA, NY, TX and WA", "AZ, NV or UT"): cityState reads a code
// only before a comma or the end, so the last items of such a list went
// unread and "CA" alone stood for Canada (table tests in
// region_state_code_word_list_test.go). A text that is the list and nothing
// else: stateCodeList (regions_extra.go) decides, after a byte test that
// lets only codes, "and", "or" and separators through.

// stateWordList reports the US for s when s is only a list of two or more
// US state codes joined by commas, slashes, "&", "and" or "or", one of
// them at least no country's code.
func stateWordList(s string) ([]string, bool) {
	if len(s) < 6 || len(s) > 80 {
		return nil, false
	}
	codes, words := 0, 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == ',' || c == '/' || c == '&' || c == '.':
			i++
			continue
		case c >= 'A' && c <= 'Z':
			j := i
			for j < len(s) && s[j] >= 'A' && s[j] <= 'Z' {
				j++
			}
			if j-i != 2 || j < len(s) && isLetterByte(s[j]) {
				return nil, false
			}
			codes++
			i = j
		case c == 'a' || c == 'o':
			switch {
			case strings.HasPrefix(s[i:], "and"):
				i += 3
			case strings.HasPrefix(s[i:], "or"):
				i += 2
			default:
				return nil, false
			}
			if i < len(s) && isLetterByte(s[i]) {
				return nil, false
			}
			words++
		default:
			return nil, false
		}
	}
	if codes < 2 || words == 0 {
		return nil, false // comma lists are cityState's
	}
	rs := stateCodeList(s)
	return rs, rs != nil
}
