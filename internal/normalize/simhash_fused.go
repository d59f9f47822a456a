package normalize

import (
	"unicode"
	"unicode/utf8"
)

// simHashFused is simHashShingles(lowerWordsTable(text)) in one pass:
// each word byte goes into the three FNV-1a chains as it is read, with
// no lower-cased copy of the text written and read again. The hashes,
// and so the SimHash, are the same (TestTextSimHashAgrees,
// FuzzTextSimHash, TestSimHashFusedSame).
//
// A word's ASCII bytes are read by an inner loop that does nothing else,
// and a non-ASCII rune by simRune, out of line: the loop's state stays in
// registers.
func simHashFused(text string) uint64 {
	var c simCounter
	// a, b and h hash the shingles that start two words back, one word
	// back and at the current word; k words have ended.
	var a, b uint64
	h := uint64(fnvOffset)
	k := 0
	in := false
	for i := 0; i < len(text); {
		j := i
		for ; j < len(text); j++ {
			l := asciiWordLower[text[j]]
			if l == 0 {
				break
			}
			x := uint64(l)
			a = (a ^ x) * fnvPrime
			b = (b ^ x) * fnvPrime
			h = (h ^ x) * fnvPrime
		}
		in = in || j > i
		if i = j; i == len(text) {
			break
		}
		if text[i] < utf8.RuneSelf {
			i++
		} else {
			var size int
			var word bool
			if a, b, h, size, word = simRune(text[i:], a, b, h); word {
				i += size
				in = true
				continue
			}
			i += size
		}
		if in {
			a, b, h = a*fnvPrime, b*fnvPrime, h*fnvPrime // the zero byte after the word
			if k >= 2 {
				c.add(a) // the shingle of the last three words
			}
			a, b, h = b, h, fnvOffset
			k++
			in = false
		}
	}
	if in {
		a, b = a*fnvPrime, b*fnvPrime
		if k >= 2 {
			c.add(a)
		}
		a, b = b, h*fnvPrime
		k++
	}
	switch k {
	case 0:
		return 0
	case 1:
		c.add(b) // the one word
	case 2:
		c.add(a) // the two words
	}
	return c.sum()
}

// simRune reads the non-ASCII rune s starts with for simHashFused: its
// size, whether it is a word's (a letter or digit once lower-cased), and
// if so the three chains with its lower case's bytes added.
func simRune(s string, a, b, h uint64) (uint64, uint64, uint64, int, bool) {
	r, size := utf8.DecodeRuneInString(s)
	r = unicode.ToLower(r)
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return a, b, h, size, false
	}
	var buf [utf8.UTFMax]byte
	for _, x := range buf[:utf8.EncodeRune(buf[:], r)] {
		a = (a ^ uint64(x)) * fnvPrime
		b = (b ^ uint64(x)) * fnvPrime
		h = (h ^ uint64(x)) * fnvPrime
	}
	return a, b, h, size, true
}
