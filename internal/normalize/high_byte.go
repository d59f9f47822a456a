package normalize

// nextHighByte is the offset of the first byte of s at or after i that is
// not ASCII (0x80 or above), len(s) when there is none. The script gates
// (amScript, bbsaScript, isASCIIText) ask it for the next byte worth a
// look: it tests eight bytes a step (their high bits together), so an
// English description costs an eighth of the byte loop it replaces, and
// the gates' answers are unchanged (TestNextHighByte, FuzzNextHighByte).
func nextHighByte(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&0x8080808080808080 != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= 0x80 {
			return i
		}
	}
	return len(s)
}
