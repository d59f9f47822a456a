package textcue

import "strings"

// byteRank orders bytes by how often they occur in English text (lower is
// rarer): the letters by their frequency, a space (and white space, which
// Fold makes a space) and vowels most common, punctuation and digits in
// between, other bytes rarest.
var byteRank = func() (t [256]uint8) {
	for i := range t {
		t[i] = 1
	}
	for _, c := range ".,-'()/:;" {
		t[c] = 20
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = 30
	}
	// Least to most frequent.
	for i, c := range "zqxjkvbpygfwmucldrhsnioate" {
		t[c], t[c-'a'+'A'] = uint8(40+4*i), uint8(40+4*i)
	}
	t[' '], t['\t'], t['\n'] = 250, 250, 250
	return t
}()

// Contains is strings.Contains for text: in a long s it looks for f's
// rarest byte, not its first, when that is clearly rarer (a literal
// starting with a common letter, "hybrid", "office" or "employ", stops
// strings.Contains at most words: on generated descriptions a third to a
// quarter of the stops).
func Contains(s, f string) bool {
	if len(f) < 2 || len(s) <= 64 {
		return strings.Contains(s, f)
	}
	k := 0
	for i := 1; i < len(f); i++ {
		if byteRank[f[i]] < byteRank[f[k]] {
			k = i
		}
	}
	if byteRank[f[k]]+8 > byteRank[f[0]] {
		return strings.Contains(s, f) // no rarer by two letters' ranks: "hir"
	}
	c := f[k]
	for i := k; i < len(s); {
		j := strings.IndexByte(s[i:], c)
		if j < 0 {
			return false
		}
		i += j
		if i-k+len(f) > len(s) {
			return false
		}
		if s[i-k] == f[0] && s[i-k:i-k+len(f)] == f {
			return true
		}
		i++
	}
	return false
}
