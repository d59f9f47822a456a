package normalize

import "unicode/utf8"

// tokenWord is d.word of the lower-cased token w (appendLowerKey's), with
// low as the buffer it lower-cases into: an ASCII token is hashed for the
// Bloom filter as it is read, and written lower-cased only when the
// filter lets it through (few tokens are the dictionary's), where scan
// lower-cased every token first. The words, and so the skills, are the
// same (TestTokenWordSame, FuzzTokenWord).
func (d *skillDict) tokenWord(w string, low []byte) (wordInfo, []byte) {
	h := uint32(2166136261) // wordHash's, over the lower-cased bytes
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			low = appendLowerKey(low, w)
			return d.word(low), low
		}
		h = (h ^ uint32(lowerKeyByte[c])) * 16777619
	}
	if h = (h ^ h>>16) & (1<<16 - 1); d.maybeWord[h/64]&(1<<(h%64)) == 0 {
		return wordInfo{}, low
	}
	low = appendLowerKey(low, w)
	return d.words[string(low)], low
}

// lowerKeyByte is what appendLowerKey writes for an ASCII byte.
var lowerKeyByte = func() (t [utf8.RuneSelf]byte) {
	for c := range utf8.RuneSelf {
		b := byte(c)
		switch {
		case b == '\n':
			b = ' '
		case b >= 'A' && b <= 'Z':
			b += 'a' - 'A'
		}
		t[c] = b
	}
	return t
}()
