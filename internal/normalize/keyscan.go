package normalize

import "sync"

// keyBuckets lists the shared keys of three or more bytes by the headBit
// of their head (ascending ids; keys whose heads share a bit share its
// list): the scan looks a head up in a slice, not in sharedKeys.byHead, a
// map whose look-ups were most of its cost.
var (
	keyBucketsOnce sync.Once
	keyBuckets     struct {
		off []uint32 // the list of bit b is ids[off[b]:off[b+1]]
		ids []uint16
		two bool // whether a key has two bytes (its head is those)
		// ents lists, in the order of ids, the first four bytes of each
		// key (a key of three: those, and a zero byte) as scan3 compares
		// them with the text's at once; hasPrefixFold reads on from the
		// fifth. On the generated corpus a head three bytes long matched
		// about 1,200 times a description for 36 keys found.
		ents []keyEnt
		// heads3 has the head bit of every key of three bytes, quads the
		// quadBit of the first four bytes of every longer key: scan3
		// looks past a place whose three bytes begin only longer keys
		// unless its four do too. On the generated corpus one place in
		// five held the three bytes of some key's head ("wor", "pro",
		// "sal"), far fewer the four.
		heads3, quads [1 << 16 / 64]uint64
	}
)

// quadBit is the bit of four folded bytes in keyBuckets.quads.
func quadBit(h4 uint32) uint16 { return uint16((h4 * 0x85ebca6b) >> 16) }

// keyEnt is a key of three bytes or more as scan3 looks for it: head is
// its first four bytes (a key of three has a zero byte last, which no
// text byte folds to: short says to compare the first three alone).
type keyEnt struct {
	head  uint32
	id    uint16
	short bool
}

func buildKeyBuckets() {
	n := make([]uint32, 1<<16+1)
	for _, key := range sharedKeys.keys {
		switch {
		case len(key) == 2:
			keyBuckets.two = true
		case len(key) >= 3:
			n[headBit(keyHead(key))+1]++
		}
	}
	for b := 1; b < len(n); b++ {
		n[b] += n[b-1]
	}
	keyBuckets.off = n
	keyBuckets.ids = make([]uint16, n[1<<16])
	keyBuckets.ents = make([]keyEnt, n[1<<16])
	next := append([]uint32(nil), n[:1<<16]...)
	for id, key := range sharedKeys.keys {
		if len(key) >= 3 {
			b := headBit(keyHead(key))
			e := keyEnt{head: uint32(key[0])<<24 | uint32(key[1])<<16 | uint32(key[2])<<8, id: uint16(id), short: len(key) == 3}
			if !e.short {
				e.head |= uint32(key[3])
			}
			if e.short {
				keyBuckets.heads3[b/64] |= 1 << (b % 64)
			} else {
				q := quadBit(e.head)
				keyBuckets.quads[q/64] |= 1 << (q % 64)
			}
			keyBuckets.ids[next[b]] = uint16(id)
			keyBuckets.ents[next[b]] = e
			next[b]++
		}
	}
}

// scan appends the places of the shared keys in s to h: at each place the
// one-byte keys, then those of two bytes, then the longer ones, each in
// the order of their ids.
func (h *keyHits) scan(s string) {
	keyBucketsOnce.Do(buildKeyBuckets)
	sk, kb := &sharedKeys, &keyBuckets
	if !sk.short && !kb.two {
		h.scan3(s)
		return
	}
	for i := 0; i < len(s); i++ {
		if sk.short {
			for _, id := range sk.byFirst[s[i]] {
				if hasPrefixFold(s[i:], sk.keys[id]) {
					h.pos, h.key = append(h.pos, int32(i)), append(h.key, id)
				}
			}
		}
		if i+1 == len(s) {
			break
		}
		// A key is there only if its first two bytes are (one bit set
		// looked up, mostly clear), and its head (those, and its third
		// byte if it has one: folded).
		if p := keyPair(lowerBytes[s[i]], lowerBytes[s[i+1]]); sk.pairs[p/64]&(1<<(p%64)) == 0 {
			continue
		}
		if kb.two {
			h.add(s, i, keyHead(s[i:i+2]))
		}
		if i+2 == len(s) {
			continue
		}
		b := headBit(3<<24 | uint32(lowerBytes[s[i]])<<16 | uint32(lowerBytes[s[i+1]])<<8 | uint32(lowerBytes[s[i+2]]))
		if sk.heads[b/64]&(1<<(b%64)) == 0 {
			continue
		}
		for _, id := range kb.ids[kb.off[b]:kb.off[b+1]] {
			if hasPrefixFold(s[i:], sk.keys[id]) {
				h.pos, h.key = append(h.pos, int32(i)), append(h.key, id)
			}
		}
	}
}

// scan3 is scan when every key has three bytes or more: a key is at i only
// if the bit of the head there is set (one place in five on the generated
// corpus), with no look at the first two bytes alone first (about one
// place in four passes that, too many for the branch to be predicted), and
// then only if a key of three has that head or a longer key the bit of the
// four bytes there (keyBuckets.quads).
func (h *keyHits) scan3(s string) {
	sk, kb := &sharedKeys, &keyBuckets
	if len(s) < 3 {
		return
	}
	// x holds the folded bytes up to s[j] (the head of three at j-2 is its
	// low 24 bits): rolled on by one byte a step, not shifted together
	// from three, the loop takes about 20 instructions a byte (was 25).
	x := uint32(lowerBytes[s[0]])<<8 | uint32(lowerBytes[s[1]])
	for j := 2; j < len(s); j++ {
		x = x<<8 | uint32(lowerBytes[s[j]])
		b := headBit(3<<24 | x&(1<<24-1))
		if sk.heads[b/64]&(1<<(b%64)) == 0 {
			continue
		}
		// The text's four bytes from i (a zero after its end), compared
		// with each key's head: a key of three compares three.
		h4 := x << 8
		if j+1 < len(s) {
			h4 |= uint32(lowerBytes[s[j+1]])
		}
		// Only longer keys begin with these three bytes, and none with
		// these four (a zero after the text's end: no key of four).
		if q := quadBit(h4); kb.heads3[b/64]&(1<<(b%64)) == 0 && kb.quads[q/64]&(1<<(q%64)) == 0 {
			continue
		}
		for _, e := range kb.ents[kb.off[b]:kb.off[b+1]] {
			if e.short {
				if e.head>>8 == h4>>8 {
					h.pos, h.key = append(h.pos, int32(j-2)), append(h.key, e.id)
				}
			} else if e.head == h4 && hasPrefixFold(s[j+2:], sk.keys[e.id][4:]) {
				h.pos, h.key = append(h.pos, int32(j-2)), append(h.key, e.id)
			}
		}
	}
}
