package textcue

// pairSkip is the inner loop of appendEndsPair: it walks the uint16 table
// small over lo[i:] and hi[i:] at once, from the states ka and kb, and
// stops at the first byte where either walk's transition ends a pattern.
// It returns the index of that byte (len(lo) when there is none) and the
// two table values read there (at len(lo), those of the last byte, or the
// states given when there is none). Kept apart from the match appending,
// the loop holds all it needs in registers: in the two walks' body, the
// compiler spilled the walks' states and slices to the stack on every
// byte, which made the loop three times as many instructions a byte (so
// it is not inlined either).
//
// No read needs a bounds check, and none is unchecked: i is compared
// with len(lo) as an unsigned number and hi is cut to len(lo), a class is
// a byte's entry in a [256] array, and small's length is a power of two
// (buildAutomaton pads it), so masking the table index with len(small)-1
// keeps every read inside small whatever the table holds while changing
// no index a valid table makes: 19 instructions for two bytes,
// where the bounds-checked reads took 29.
//
//go:noinline
func pairSkip(small []uint16, class *[256]uint8, stride int, lo, hi []byte, i, ka, kb int) (int, uint16, uint16) {
	mask := uint(len(small) - 1)
	if mask >= uint(len(small)) { // small is empty
		return i, uint16(ka), uint16(kb)
	}
	hi = hi[:len(lo)]
	_ = class[0] // one nil check here, not one a byte in the loop
	u := uint(i)
	for ; u < uint(len(lo)); u++ {
		ca, cc := class[lo[u]], class[hi[u]]
		ka = int(small[(uint(ka*stride)+uint(ca))&mask])
		kb = int(small[(uint(kb*stride)+uint(cc))&mask])
		if ka >= smallOut || kb >= smallOut {
			break
		}
	}
	return int(u), uint16(ka), uint16(kb)
}

// pairSkipPre is pairSkip on the pre-multiplied table pre (see
// Automaton.pre): the states ka and kb and the values it returns are
// pre-multiplied, so the walk adds a class and reads, with no
// multiplication. Its reads are masked as pairSkip's (pre's length is a
// power of two too): 17 instructions for two bytes.
//
//go:noinline
func pairSkipPre(pre []uint16, class *[256]uint8, lo, hi []byte, i, ka, kb int) (int, uint16, uint16) {
	mask := uint(len(pre) - 1)
	if mask >= uint(len(pre)) { // pre is empty
		return i, uint16(ka), uint16(kb)
	}
	hi = hi[:len(lo)]
	_ = class[0] // one nil check here, not one a byte in the loop
	u := uint(i)
	for ; u < uint(len(lo)); u++ {
		ca, cc := class[lo[u]], class[hi[u]]
		ka = int(pre[(uint(ka)+uint(ca))&mask])
		kb = int(pre[(uint(kb)+uint(cc))&mask])
		if ka >= smallOut || kb >= smallOut {
			break
		}
	}
	return int(u), uint16(ka), uint16(kb)
}
