package normalize

import (
	"slices"

	"github.com/gigscout/gigscout/internal/textcue"
)

// foldPairs is foldCache.folded's copy in one pass: the textcue.Fold copy
// of s into low (reused) and its byte pairs into set (fillPairs's), each
// folded byte written and paired (and run in threes) as it is made, where a loop appended the
// copy and a second read it again for the pairs. TestFoldPairsSame pins
// it to the two loops.
func foldPairs(low []byte, s string, set *pairSet) ([]byte, *pairSet) {
	if set == nil {
		set = new(pairSet)
	} else {
		*set = pairSet{}
	}
	low = slices.Grow(low[:0], len(s))[:len(s)]
	if len(s) == 0 {
		return low, set
	}
	prev := textcue.Fold[s[0]]
	low[0] = prev
	var prev2 byte // the byte before prev, once j > 1
	for j := 1; j < len(s); j++ {
		f := textcue.Fold[s[j]]
		low[j] = f
		p := uint16(prev)<<8 | uint16(f)
		set.pairs[p/64] |= 1 << (p % 64)
		if j > 1 {
			t := triBit(prev2, prev, f)
			set.tris[t/64] |= 1 << (t % 64)
		}
		prev2, prev = prev, f
	}
	return low, set
}
