package redflag

import (
	"slices"
	"strings"
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
	// FNV-1a, 64 bits, over the words lower-cased and one space apart
	// (inline: hash.Hash64 allocated on every write).
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	var buf [utf8.UTFMax]byte
	n, in := 0, false
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if !in {
				if n == leadWords {
					// A word past the lead: the text is longer than it.
					return max(h, 1)
				}
				if n > 0 {
					h = (h ^ ' ') * prime
				}
				n++
				in = true
			}
			if r < utf8.RuneSelf {
				if 'A' <= r && r <= 'Z' {
					r += 'a' - 'A'
				}
				h = (h ^ uint64(r)) * prime
				continue
			}
			k := utf8.EncodeRune(buf[:], unicode.ToLower(r))
			for _, b := range buf[:k] {
				h = (h ^ uint64(b)) * prime
			}
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

// leadGroup summarizes the entries sharing one lead fingerprint, so that
// each member's finding costs a lookup and a short scan, not a visit of
// every other member: a pitch shared by thousands of listings would
// otherwise cost the square of their number.
type leadGroup struct {
	sorted   []int32 // members with a name, by (id, index): the others a flag names
	named    int
	perKey   map[int32]int
	perFp    map[string]int // named members by same-opportunity fingerprint
	perFpKey map[fpKey]int
}

type fpKey struct {
	fp  string
	key int32
}

func newLeadGroup(c *corpusView, members []int32) *leadGroup {
	g := &leadGroup{perKey: map[int32]int{}, perFp: map[string]int{}, perFpKey: map[fpKey]int{}}
	for _, j := range members {
		k := c.keys[j]
		if k == 0 {
			continue
		}
		g.sorted = append(g.sorted, j)
		g.named++
		g.perKey[k]++
		if fp := c.fprints[j]; fp != "" {
			g.perFp[fp]++
			g.perFpKey[fpKey{fp, k}]++
		}
	}
	slices.SortFunc(g.sorted, func(a, b int32) int {
		if d := strings.Compare(c.es[a].ID, c.es[b].ID); d != 0 {
			return d
		}
		return int(a - b)
	})
	return g
}

// finding sets f.copiedLead for member i: the other members with an
// employer name other than i's. An employer reuses its own opening ("About
// us") across its ads, with or without a profile, and one opportunity on
// two boards (same same-opportunity fingerprint) is a cross-source
// duplicate: neither counts.
func (g *leadGroup) finding(c *corpusView, f *reuseFinding, i int32) {
	k := c.keys[i]
	if k == 0 {
		return
	}
	n := g.named - g.perKey[k]
	fp := c.fprints[i]
	if fp != "" {
		n -= g.perFp[fp] - g.perFpKey[fpKey{fp, k}]
	}
	if n <= 0 {
		return
	}
	f.copiedLead.n = n
	f.copiedLead.top = f.copiedLead.top[:0]
	for _, j := range g.sorted {
		if len(f.copiedLead.top) == maxOthers {
			break
		}
		if c.keys[j] == k || (fp != "" && c.fprints[j] == fp) {
			continue
		}
		f.copiedLead.top = append(f.copiedLead.top, j)
	}
}
