package normalize

import (
	"unicode"
	"unicode/utf8"
)

// TextSimHash hashed each word three times, once for each shingle holding
// it, in three passes of one FNV-1a chain each: every byte waited for the
// multiply before it. simHashShingles hashes the words in one pass, each
// byte into the three chains of the shingles it belongs to (independent
// multiplies, which the processor overlaps), and lowerWordsTable reads the
// ASCII bytes by a table. The hashes, and so the SimHash, are the same
// (TestTextSimHashAgrees, FuzzTextSimHash, TestSimShinglesSame).

// asciiWordLower maps an ASCII byte of a word (letter, digit, "+", "#")
// to its lower case, any other ASCII byte to 0.
var asciiWordLower = func() (t [utf8.RuneSelf]byte) {
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

// lowerWordsTable is lowerWords, the ASCII bytes read by a table.
func lowerWordsTable(text string, low []byte, ends []int) ([]byte, []int) {
	in := false
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if l := asciiWordLower[c]; l != 0 {
				low = append(low, l)
				in = true
			} else if in {
				ends = append(ends, len(low))
				in = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		r = unicode.ToLower(r)
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		if word {
			low = utf8.AppendRune(low, r)
		}
		i += size
		if in && !word {
			ends = append(ends, len(low))
		}
		in = word
	}
	if in {
		ends = append(ends, len(low))
	}
	return low, ends
}

// simHashShingles is the SimHash of the word 3-shingles of the words
// low[ends[k-1]:ends[k]] (at least one word): each shingle's 64-bit FNV-1a
// over its words, each followed by a zero byte; fewer than three words
// make one shingle of them all.
func simHashShingles(low []byte, ends []int) uint64 {
	var c simCounter
	// a, b and h hash the shingles that start two words back, one word
	// back and at the word k (a and b are of no shingle for k < 2 and 1).
	var a, b uint64
	from := 0
	for k, end := range ends {
		h := uint64(fnvOffset)
		for _, x := range low[from:end] {
			a = (a ^ uint64(x)) * fnvPrime
			b = (b ^ uint64(x)) * fnvPrime
			h = (h ^ uint64(x)) * fnvPrime
		}
		a, b, h = a*fnvPrime, b*fnvPrime, h*fnvPrime // the zero byte after the word
		if k >= 2 {
			c.add(a) // the shingle of words k-2, k-1 and k
		}
		a, b = b, h
		from = end
	}
	switch len(ends) {
	case 1:
		c.add(b) // the one word
	case 2:
		c.add(a) // the two words
	}
	return c.sum()
}
