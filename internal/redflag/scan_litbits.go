package redflag

import (
	"math/bits"
	"strings"
	"sync"
)

// bits returns n zeroed words: a cueScan's bits of the literals seen.
func (b *scanBufs) bits(n int) []uint64 {
	if cap(b.seen) < n {
		b.seen = make([]uint64, n)
	}
	b.seen = b.seen[:n]
	clear(b.seen)
	return b.seen
}

// A litList is a list of literals (a gate's, a prefilter's) as the shared
// cue set finds them: the literals it looks for as masks of the bits of
// cueScan.seen, so that asking whether any of them occurs, or walking the
// occurrences of those that do, reads a few words instead of asking for
// each literal in turn (view.occurrences, hundreds of times a listing).
type litList struct {
	words []litWord // the set's literals, by word of cueScan.seen
	rest  []int     // the positions in the list of the other literals
}

type litWord struct {
	w int    // index of the word
	m uint64 // the list's bits in it
}

// sharedLits holds the lists of literals the shared cue set was built
// with, by their first element (as cueSet.litIdx), and the length of each
// literal of the set by its index.
var sharedLits = sync.OnceValue(func() *litTables {
	set := sharedCues()
	t := &litTables{lists: map[*string]*litList{}}
	t.lens = make([]int, len(set.lits))
	for l, k := range set.lits {
		t.lens[k] = len(l)
	}
	for _, lits := range cueLiterals() {
		if len(lits) == 0 {
			continue
		}
		ll := &litList{}
		masks := map[int]uint64{}
		var order []int
		for i, k := range set.indexes(lits) {
			if k < 0 {
				ll.rest = append(ll.rest, i)
				continue
			}
			if _, ok := masks[k/64]; !ok {
				order = append(order, k/64)
			}
			masks[k/64] |= 1 << (k % 64)
		}
		for _, w := range order {
			ll.words = append(ll.words, litWord{w: w, m: masks[w]})
		}
		t.lists[&lits[0]] = ll
	}
	return t
})

// litTables are what sharedLits holds.
type litTables struct {
	lists map[*string]*litList
	lens  []int
}

// litList returns the litList of lits, nil in plain mode, for a list the
// shared cue set was not built with, or with scanShortcutsOff.
func (v *view) litList(lits []string) *litList {
	if v.plain || len(lits) == 0 || scanShortcutsOff {
		return nil
	}
	return sharedLits().lists[&lits[0]]
}

// possibleBits is view.possible for the literals lits of a litList (ok
// false when lits has none): whether one of them occurs in v.s.
func (v *view) possibleBits(lits []string) (found, ok bool) {
	ll := v.litList(lits)
	if ll == nil {
		return false, false
	}
	if len(ll.words) > 0 {
		seen := v.scan().seen
		for _, w := range ll.words {
			if seen[w.w]&w.m != 0 {
				return true, true
			}
		}
	}
	for _, i := range ll.rest {
		if strings.Contains(v.s, lits[i]) {
			return true, true
		}
	}
	return false, true
}

// litWindowsBits is view.litWindows for the literals lits of a litList
// (ok false when lits has none), walking only the literals that occur.
// The windows come in another order than litWindows's (by literal index,
// not by the order of lits, and a literal listed twice once), which no
// caller sees: they all merge the windows (mergeWindows), and merged
// windows do not depend on the order.
func (v *view) litWindowsBits(dst [][2]int, lits []string) (spans [][2]int, ok bool) {
	ll := v.litList(lits)
	if ll == nil {
		return dst, false
	}
	spans = dst
	if len(ll.words) > 0 {
		sc := v.scan()
		lens := sharedLits().lens
		for _, w := range ll.words {
			for bs := sc.seen[w.w] & w.m; bs != 0; bs &= bs - 1 {
				l := w.w*64 + bits.TrailingZeros64(bs)
				n, off := lens[l], 0
				for _, i := range sc.lit(l) {
					if i < off {
						continue
					}
					a, b := v.sentence(i, i+n)
					spans = append(spans, [2]int{a, b})
					off = max(b, i+n)
				}
			}
		}
	}
	for _, k := range ll.rest {
		spans = v.appendLitSentences(spans, lits[k]) // gate.go
	}
	return spans, true
}
