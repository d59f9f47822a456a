package normalize

import "strings"

// prime is the typographic prime (U+2032). Swiss ads set with a typesetter
// write their thousands with it where others type an apostrophe: "CHF
// 80′000", "CHF 95′000 – 110′000". It takes as many bytes as the right
// single quote (U+2019), which the number patterns already read as a
// thousands mark ("100’000").
const prime = "′"

// swissPrimes rewrites a prime between a digit and exactly three digits as a
// right single quote, same length, so offsets still index the caller's text.
// Elsewhere a prime is left alone: "5′10″" (feet and inches), "12′" (a
// minute), "3′500.50" reads as thousands and cents only where three digits
// follow.
func swissPrimes(s string) string {
	if !strings.Contains(s, prime) {
		return s
	}
	b := []byte(s)
	for i := strings.Index(s, prime); i >= 0; {
		j := i + len(prime)
		if i > 0 && isDigit(b[i-1]) && j+3 <= len(b) && isDigit(b[j]) && isDigit(b[j+1]) && isDigit(b[j+2]) && (j+3 == len(b) || !isDigit(b[j+3])) {
			copy(b[i:j], "’")
		}
		k := strings.Index(s[j:], prime)
		if k < 0 {
			break
		}
		i = j + k
	}
	return string(b)
}
