package redflag

import (
	"encoding/binary"
	"unsafe"
)

// phoneRuns is digitRuns(10): the positions where a run of digits (across
// the separators phone numbers use: space . - ( ) +) reaches ten. It jumps
// from one run to the next digit, eight bytes at a time (most of a text's
// bytes are no digit): a separator only matters inside a run.
func phoneRuns(s string) []int {
	const n = 10
	var out []int
	for i := 0; i < len(s); {
		i = nextDigit(s, i)
		run := 0
		for ; i < len(s); i++ {
			if c := s[i]; '0' <= c && c <= '9' {
				run++
				if run == n {
					out = append(out, i)
				}
			} else if c != ' ' && c != '.' && c != '-' && c != '(' && c != ')' && c != '+' {
				break
			}
		}
	}
	return out
}

// nextDigit returns the index of the first ASCII digit of s at or after
// i, or len(s).
func nextDigit(s string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	b := unsafe.Slice(unsafe.StringData(s), len(s))
	for ; i+8 <= len(s); i += 8 {
		// A digit is a byte that, xor '0', is below 10: the classic
		// test for a byte below n in a word (exact when n <= 128).
		x := binary.LittleEndian.Uint64(b[i:]) ^ (ones * '0')
		if (x-ones*10)&^x&highs != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return i
		}
	}
	return i
}
