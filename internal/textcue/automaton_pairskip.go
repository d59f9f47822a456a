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
	hi = hi[:len(lo)]
	va, vb := uint16(ka), uint16(kb)
	// The loads skip the bounds and nil checks (eight instructions of
	// about twenty-six a step): a value of small without smallOut is a
	// state, below len(small)/stride, and a class is below stride, so
	// every index the loop makes is in small once the two states it
	// starts from are, which this checks; i stays below len(lo) and
	// len(hi).
	if i < 0 || ka < 0 || kb < 0 || (ka+1)*stride > len(small) || (kb+1)*stride > len(small) || class == nil {
		panic("textcue: pairSkip from a state out of the table")
	}
	base := unsafe.Pointer(unsafe.SliceData(small))
	cls := unsafe.Pointer(class)
	lp, hp := unsafe.Pointer(unsafe.SliceData(lo)), unsafe.Pointer(unsafe.SliceData(hi))
	for n := len(lo); i < n; i++ {
		ca := *(*uint8)(unsafe.Add(cls, *(*byte)(unsafe.Add(lp, i))))
		cb := *(*uint8)(unsafe.Add(cls, *(*byte)(unsafe.Add(hp, i))))
		va = *(*uint16)(unsafe.Add(base, 2*(ka*stride+int(ca))))
		vb = *(*uint16)(unsafe.Add(base, 2*(kb*stride+int(cb))))
		if (va|vb)&smallOut != 0 {
			return i, va, vb
		}
		ka, kb = int(va), int(vb)
	}
	return i, va, vb
}
