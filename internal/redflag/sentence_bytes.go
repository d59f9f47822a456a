package redflag

// sentBytes marks the bytes of w (eight, little-endian) that are a line
// break, '.', '!' or '?' by their high bits: the lowest mark is the first
// such byte; a byte past it may be marked falsely (the borrow of the test
// for a zero byte), never one before it.
func sentBytes(w uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	a, b, c, d := w^(ones*'\n'), w^(ones*'.'), w^(ones*'!'), w^(ones*'?')
	return ((a-ones)&^a | (b-ones)&^b | (c-ones)&^c | (d-ones)&^d) & highs
}
