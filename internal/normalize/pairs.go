package normalize

import (
	"unsafe"

	"github.com/gigscout/gigscout/internal/textcue"
)

// A pairSet holds the pairs of bytes in a row of a folded description.
// Most literals the guards and hasFold look for are not in a description,
// and most of those have a pair of bytes the description lacks ("yb" of
// "hybrid", "wf" of "wfh"): two bit tests rule them out where
// strings.Contains would scan the whole text.
type pairSet [1 << 16 / 64]uint64

// fillPairs returns set (new when nil) holding the pairs of low.
func fillPairs(set *pairSet, low []byte) *pairSet {
	if set == nil {
		set = new(pairSet)
	} else {
		clear(set[:])
	}
	for i := 0; i+1 < len(low); i++ {
		p := uint16(low[i])<<8 | uint16(low[i+1])
		set[p/64] |= 1 << (p % 64)
	}
	return set
}

// mayHold reports whether a text with the pairs of set may hold w: it
// holds every pair of w.
func (set *pairSet) mayHold(w string) bool {
	for i := 0; i+1 < len(w); i++ {
		if p := uint16(w[i])<<8 | uint16(w[i+1]); set[p/64]&(1<<(p%64)) == 0 {
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
