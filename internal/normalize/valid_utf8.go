package normalize

import (
	"strings"
	"unicode/utf8"
)

// validUTF8 is strings.ToValidUTF8(s, "\uFFFD"), which decodes every rune
// of s even when it has nothing to replace: a valid s (nearly every one)
// is found so by utf8.ValidString, which reads ASCII eight bytes at a
// time, and returned as it is, as ToValidUTF8 returns it.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}
