package normalize

import "unicode/utf8"

// asciiWordLower maps an ASCII byte of a word (letter, digit, "+", "#")
// to its lower case, any other byte (and any byte from 0x80 on) to 0: the table simHashFused
// (simhash_fused.go) reads a text's ASCII bytes by. The two-step form it
// fuses, lowerWordsTable and simHashShingles, is kept in
// simhash_shingles_test.go as the reference it is checked against
// (TestSimHashFusedSame, FuzzSimHashFused, TestSimShinglesSame).
var asciiWordLower = func() (t [256]byte) {
	for c := range utf8.RuneSelf {
		b := byte(c)
		if b >= 'A' && b <= 'Z' {
			b += 'a' - 'A'
		}
		if b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '+' || b == '#' {
			t[c] = b
		}
	}
	return t
}()
