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
func simHashFused(text string) uint64 {
	var c simCounter
	// a, b and h hash the shingles that start two words back, one word
	// back and at the current word; k words have ended.
	var a, b uint64
	h := uint64(fnvOffset)
	k := 0
	in := false
	for i := 0; i < len(text); {
		ch := text[i]
		if ch < utf8.RuneSelf {
			if l := asciiWordLower[ch]; l != 0 {
				x := uint64(l)
				a = (a ^ x) * fnvPrime
				b = (b ^ x) * fnvPrime
				h = (h ^ x) * fnvPrime
				in = true
			} else if in {
				a, b, h = a*fnvPrime, b*fnvPrime, h*fnvPrime // the zero byte after the word
				if k >= 2 {
					c.add(a) // the shingle of the last three words
				}
				a, b, h = b, h, fnvOffset
				k++
				in = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		r = unicode.ToLower(r)
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		if word {
			var buf [utf8.UTFMax]byte
			for _, x := range buf[:utf8.EncodeRune(buf[:], r)] {
				a = (a ^ uint64(x)) * fnvPrime
				b = (b ^ uint64(x)) * fnvPrime
				h = (h ^ uint64(x)) * fnvPrime
			}
		} else if in {
			a, b, h = a*fnvPrime, b*fnvPrime, h*fnvPrime
			if k >= 2 {
				c.add(a)
			}
			a, b, h = b, h, fnvOffset
			k++
		}
		i += size
		in = word
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
