package redflag

import (
	"hash/fnv"
	"unicode"
	"unicode/utf8"
)

// Lead-paragraph fingerprints: a copied scam ad often keeps its opening
// pitch word for word and changes the rest, so its full-text SimHash lands
// far from the original's. The lead is the first leadWords words of the
// text (letters and digits, lower-cased; punctuation and spacing ignored),
// taken only from texts longer than that, so a one-line "About us" or
// "We are an equal opportunity employer" has no lead fingerprint.
const (
	// leadWords is how many words make the lead; a text needs more than
	// that to have one.
	leadWords = 50
	// LeadBytes is how much of a text LeadPrint reads: callers holding
	// only a prefix of the text (the store's corpus rows) pass this much.
	LeadBytes = 4096
)

// LeadPrint returns the fingerprint of a text's lead (its first leadWords
// words), 0 when the text has no more words than that. Two leads match
// only when equal: a copied pitch is copied verbatim.
func LeadPrint(text string) uint64 {
	text = LeadPrefix(text)
	h := fnv.New64a()
	var buf [utf8.UTFMax]byte
	n, in := 0, false
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if !in {
				if n == leadWords {
					// A word past the lead: the text is longer than it.
					if s := h.Sum64(); s != 0 {
						return s
					}
					return 1
				}
				if n > 0 {
					h.Write([]byte{' '})
				}
				n++
				in = true
			}
			k := utf8.EncodeRune(buf[:], unicode.ToLower(r))
			h.Write(buf[:k])
			continue
		}
		in = false
	}
	return 0
}

// LeadPrefix is the prefix of text LeadPrint reads (at most LeadBytes, cut
// on a character boundary), for callers that keep only that much.
func LeadPrefix(text string) string {
	if len(text) <= LeadBytes {
		return text
	}
	n := LeadBytes
	for n > 0 && !utf8.RuneStart(text[n]) {
		n--
	}
	return text[:n]
}
