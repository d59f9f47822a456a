package store

import (
	"encoding/binary"
	"unsafe"
)

// safeRun returns how many bytes of s from i on, in whole 8-byte words,
// appendJSONString copies as they are (jsonSafe: printable ASCII other
// than '"', '\\', '<', '>' and '&'), testing a word at a time. The word
// tests are exact for "some byte of w is ...": a word with no unsafe byte
// passes, a word with one fails (and the byte loop then handles its
// bytes).
func safeRun(s string, i int) int {
	const (
		ones = 0x0101010101010101
		high = 0x8080808080808080
	)
	if i+8 > len(s) {
		return 0
	}
	b := unsafe.Slice(unsafe.StringData(s), len(s))
	n := 0
	for ; i+8 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		q, bs, lt, gt, amp := w^(ones*'"'), w^(ones*'\\'), w^(ones*'<'), w^(ones*'>'), w^(ones*'&')
		// A byte at or above 0x80, one (the others ASCII) below 0x20, or
		// a zero byte of w xor an unsafe byte repeated.
		bad := w | (w-ones*0x20)&^w | (q-ones)&^q | (bs-ones)&^bs | (lt-ones)&^lt | (gt-ones)&^gt | (amp-ones)&^amp
		if bad&high != 0 {
			break
		}
		n += 8
	}
	return n
}
