package textcue

import "unsafe"

// pairSkip is the inner loop of appendPair: it walks the uint16 table
// small over lo[i:] and hi[i:] at once, from the states ka and kb, and
// stops at the first byte where either walk's transition ends a pattern.
// It returns the index of that byte (len(lo) when there is none) and the
// two table values read there (at len(lo), those of the last byte, or the
// states given when there is none). Kept apart from the match appending,
// the loop holds all it needs in registers: in appendPair's body, the
// compiler spilled the walks' states and slices to the stack on every
// byte, which made the loop three times as many instructions a byte (so
// it is not inlined either).
//
//go:noinline
func pairSkip(small []uint16, class *[256]uint8, stride int, lo, hi []byte, i, ka, kb int) (int, uint16, uint16) {
	n := min(len(lo), len(hi))
	if len(small) == 0 || i >= n {
		return i, uint16(ka), uint16(kb)
	}
	// Unchecked reads: the bytes are below n, the classes below stride
	// and the states (ka, kb and every table value) below
	// len(small)/stride, by construction of the table (pairSkipRef in
	// the tests is this loop with its bounds checks).
	tab, cls := unsafe.Pointer(unsafe.SliceData(small)), unsafe.Pointer(class)
	pl, ph := unsafe.Pointer(unsafe.SliceData(lo)), unsafe.Pointer(unsafe.SliceData(hi))
	var va, vb int
	for ; i < n; i++ {
		ca := int(*(*uint8)(unsafe.Add(cls, *(*byte)(unsafe.Add(pl, i)))))
		cb := int(*(*uint8)(unsafe.Add(cls, *(*byte)(unsafe.Add(ph, i)))))
		va = int(*(*uint16)(unsafe.Add(tab, 2*(ka*stride+ca))))
		vb = int(*(*uint16)(unsafe.Add(tab, 2*(kb*stride+cb))))
		if (va|vb)&smallOut != 0 {
			return i, uint16(va), uint16(vb)
		}
		ka, kb = va, vb
	}
	return i, uint16(va), uint16(vb)
}
