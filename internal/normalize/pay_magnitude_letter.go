package normalize

import (
	"unicode"
	"unicode/utf8"
)

// multiplierStartsWord reports a magnitude letter ("k", "M", "b", "L") read
// at s[start:end] that is in fact the first letter of a word going on with
// a letter the word-boundary test does not know: "EUR 40.000-50.000
// Málaga", "USD 90,000 Médico", "€45.000 Köln" are no millions or
// thousands but a town or a trade after the amount. A boundary, a digit, a
// sign or a space after the letter keeps the magnitude ("$5M€", "150k
// base").
func multiplierStartsWord(s string, start, end int) bool {
	if end-start != 1 || end >= len(s) || s[end] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[end:])
	return unicode.IsLetter(r)
}
