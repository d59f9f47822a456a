package normalize

import "strings"

// bbsaEnglishHybridi reports a match of the Finnish stem "hybridi" at
// [i, j) of s that is an English derivation of "hybrid" instead:
// "hybridization", "hybridisation", "hybridized", "hybridise", "hybridity".
// Those name a lab method or a quality, no work mode; the Finnish words
// ("hybridityö", "hybridimalli", "hybridissä") go on in other letters.
func bbsaEnglishHybridi(s string, i, j int) bool {
	if j-i != len("hybridi") || !strings.EqualFold(s[i:j], "hybridi") {
		return false
	}
	rest := strings.ToLower(s[j:min(len(s), j+8)])
	switch {
	case strings.HasPrefix(rest, "z"):
		return true // hybridize, hybridization, hybridized
	case strings.HasPrefix(rest, "sation"), strings.HasPrefix(rest, "sed"), strings.HasPrefix(rest, "sing"):
		return true // hybridisation, hybridised, hybridising
	case strings.HasPrefix(rest, "se") && (len(rest) == 2 || !isASCIILetter(rest[2])):
		return true // hybridise
	case strings.HasPrefix(rest, "ty") && !strings.HasPrefix(rest, "työ"):
		return true // hybridity (not "hybridityö")
	}
	return false
}
