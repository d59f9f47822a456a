package normalize

import (
	"unsafe"

	"github.com/gigscout/gigscout/internal/textcue"
)

// A pairSet holds the pairs of bytes in a row of a folded description,
// and its runs of three bytes (hashed to a bit each). Most literals the
// guards and hasFold look for are not in a description, and most of those
// have a pair of bytes the description lacks ("yb" of "hybrid", "wf" of
// "wfh"), or a run of three ("mot" of "remote" in a text with "remain",
// "promo" and "note"): a few bit tests rule them out where
// strings.Contains would scan the whole text. On the generated corpus the
// pairs alone let 30 of a listing's 74 hasFold look-ups through to a scan
// that found 2.
type pairSet struct {
	pairs [1 << 16 / 64]uint64
	tris  [1 << 16 / 64]uint64
}

// triBit is the bit of three bytes in pairSet.tris.
func triBit(a, b, c byte) uint16 {
	return uint16(((uint32(a)<<16 | uint32(b)<<8 | uint32(c)) * 0x9e3779b1) >> 16)
}

// mayHold reports whether a text with the pairs of set may hold w: it
// holds w's pair (w of two bytes) or every run of three of w.
func (set *pairSet) mayHold(w string) bool {
	if len(w) == 2 {
		p := uint16(w[0])<<8 | uint16(w[1])
		return set.pairs[p/64]&(1<<(p%64)) != 0
	}
	for i := 0; i+2 < len(w); i++ {
		if t := triBit(w[i], w[i+1], w[i+2]); set.tris[t/64]&(1<<(t%64)) == 0 {
			return false
		}
	}
	return true
}

// lookup returns the folded copy of s and its pairs (see folded).
func (c *foldCache) lookup(s string) (string, *pairSet) {
	c.folded(s)
	i := 0
	for c.low[i] == nil || c.text[i] != s {
		i++
	}
	return unsafe.String(unsafe.SliceData(c.low[i]), len(c.low[i])), c.pairs[i]
}

// has is strings.Contains(folded s, w).
func (c *foldCache) has(s, w string) bool {
	low, set := c.lookup(s)
	return set.mayHold(w) && textcue.Contains(low, w)
}

// holdsAll is textcue.HoldsAll(folded s, lists).
func (c *foldCache) holdsAll(s string, lists [][]string) bool {
	low, set := c.lookup(s)
	for _, fs := range lists {
		found := false
		for _, f := range fs {
			if set.mayHold(f) && textcue.Contains(low, f) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
