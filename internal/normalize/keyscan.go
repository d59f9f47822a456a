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
		// head3[id] is the first three bytes of a key of three or more,
		// as scan3 rolls them: compared at once, hasPrefixFold reads on
		// from the fourth.
		head3 []uint32
	}
)

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
	keyBuckets.head3 = make([]uint32, len(sharedKeys.keys))
	for id, key := range sharedKeys.keys {
		if len(key) >= 3 {
			keyBuckets.head3[id] = uint32(key[0])<<16 | uint32(key[1])<<8 | uint32(key[2])
		}
	}
	keyBuckets.ids = make([]uint16, n[1<<16])
	next := append([]uint32(nil), n[:1<<16]...)
	for id, key := range sharedKeys.keys {
		if len(key) >= 3 {
			b := headBit(keyHead(key))
			keyBuckets.ids[next[b]] = uint16(id)
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
// if the bit of the head there is set (about one place in twenty), with no
// look at the first two bytes alone first (about one place in four
// passes that, too many for the branch to be predicted).
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
		i, h3 := j-2, x&(1<<24-1)
		for _, id := range kb.ids[kb.off[b]:kb.off[b+1]] {
			if kb.head3[id] == h3 && hasPrefixFold(s[j+1:], sk.keys[id][3:]) {
				h.pos, h.key = append(h.pos, int32(i)), append(h.key, id)
			}
		}
	}
}
