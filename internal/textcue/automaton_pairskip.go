package textcue

import "unsafe"

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
// Every read is unchecked (0 <= i < len(lo) <= len(hi), a class is
// below stride, and a state, a value of small less smallOut or the ka and
// kb given, below len(small)/stride, so k*stride+class is inside small):
// about 17 instructions for two bytes, where the checked reads took 29.
//
//go:noinline
func pairSkip(small []uint16, class *[256]uint8, stride int, lo, hi []byte, i, ka, kb int) (int, uint16, uint16) {
	base := unsafe.Pointer(unsafe.SliceData(small))
	lb, hb := unsafe.Pointer(unsafe.SliceData(lo)), unsafe.Pointer(unsafe.SliceData(hi[:len(lo)]))
	cb := unsafe.Pointer(class)
	for ; i < len(lo); i++ {
		ca := *(*uint8)(unsafe.Add(cb, *(*byte)(unsafe.Add(lb, i))))
		cc := *(*uint8)(unsafe.Add(cb, *(*byte)(unsafe.Add(hb, i))))
		ka = int(*(*uint16)(unsafe.Add(base, 2*(ka*stride+int(ca)))))
		kb = int(*(*uint16)(unsafe.Add(base, 2*(kb*stride+int(cc)))))
		if ka >= smallOut || kb >= smallOut {
			break
		}
	}
	return i, uint16(ka), uint16(kb)
}

// pairSkipPre is pairSkip on the pre-multiplied table at base (see
// Automaton.pre): the states ka and kb and the values it returns are
// pre-multiplied. Every read is unchecked (0 <= i < len(lo) <= len(hi),
// and the table as appendPre reads it): 15 instructions for two bytes.
//
//go:noinline
func pairSkipPre(base unsafe.Pointer, class *[256]uint8, lo, hi []byte, i, ka, kb int) (int, uint16, uint16) {
	lb, hb := unsafe.Pointer(unsafe.SliceData(lo)), unsafe.Pointer(unsafe.SliceData(hi[:len(lo)]))
	cb := unsafe.Pointer(class)
	for ; i < len(lo); i++ {
		ca := *(*uint8)(unsafe.Add(cb, *(*byte)(unsafe.Add(lb, i))))
		cc := *(*uint8)(unsafe.Add(cb, *(*byte)(unsafe.Add(hb, i))))
		ka = int(*(*uint16)(unsafe.Add(base, 2*(ka+int(ca)))))
		kb = int(*(*uint16)(unsafe.Add(base, 2*(kb+int(cc)))))
		if ka >= smallOut || kb >= smallOut {
			break
		}
	}
	return i, uint16(ka), uint16(kb)
}
