package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// leadsWithCode reports whether a location text starts with code as a whole
// word: "IN, Indianapolis" and "CA - Remote" lead with their code, but
// "INDIANAPOLIS, IN" and "CARLSBAD, CA" only start with its letters. Upper-
// case town names begin with a state code's letters often enough that a bare
// prefix test took the town for the code and dropped the state reading.
func leadsWithCode(s, code string) bool {
	t := strings.TrimSpace(s)
	if !strings.HasPrefix(t, code) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[len(code):])
	return !unicode.IsLetter(r) // utf8.RuneError for "" is no letter
}
