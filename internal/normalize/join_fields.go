package normalize

import (
	"strings"
	"unicode/utf8"
)

// joinFields is strings.Join(strings.Fields(s), " "): s itself, with no
// allocation, when s is ASCII and already single-spaced (no white space
// but single ' ' between words), which most titles, names and numbers are.
func joinFields(s string) string {
	if singleSpaced(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// singleSpaced reports that s is ASCII, neither starts nor ends with a
// space, and holds no white space but single ' ' bytes between words.
func singleSpaced(s string) bool {
	space := true // a leading space is not single-spaced
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c == ' ':
			if space {
				return false
			}
			space = true
		default:
			space = false
		}
	}
	return !space || s == ""
}
