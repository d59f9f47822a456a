package normalize

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// scanKeysOld is the shared key scan as keyCache.hits made it before
// keyHits.scan: the oracle of the tests.
func scanKeysOld(s string) *keyHits {
	keyOnce.Do(shareKeys)
	h := &keyHits{text: s}
	for i := 0; i < len(s); i++ {
		if sharedKeys.short {
			for _, id := range sharedKeys.byFirst[s[i]] {
				if hasPrefixFold(s[i:], sharedKeys.keys[id]) {
					h.pos, h.key = append(h.pos, int32(i)), append(h.key, id)
				}
			}
		}
		if i+1 == len(s) {
			break
		}
		if p := keyPair(lowerBytes[s[i]], lowerBytes[s[i+1]]); sharedKeys.pairs[p/64]&(1<<(p%64)) == 0 {
			continue
		}
		h.add(s, i, keyHead(s[i:i+2]))
		if i+2 < len(s) {
			h.add(s, i, keyHead(s[i:i+3]))
		}
	}
	return h
}

// checkKeyScan checks keyHits.scan against scanKeysOld on s; it returns
// the hits.
func checkKeyScan(t *testing.T, s string) int {
	t.Helper()
	want := scanKeysOld(s)
	got := &keyHits{text: s}
	got.scan(s)
	if !reflect.DeepEqual(got.pos, want.pos) || !reflect.DeepEqual(got.key, want.key) {
		t.Fatalf("key scan of %q: %v %v, want %v %v", s, got.pos, got.key, want.pos, want.key)
	}
	return len(got.pos)
}

// normspeed7KeyTexts are texts for the key scan: the differential tests'
// texts, the key regexps' and every shared key in varied case, cut and
// glued to others.
func normspeed7KeyTexts(t *testing.T) []string {
	out := append(normspeed7Texts(t), keyTexts(t)...)
	keyOnce.Do(shareKeys)
	rng := rand.New(rand.NewPCG(1, 15))
	for range 2000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			k := sharedKeys.keys[rng.IntN(len(sharedKeys.keys))]
			switch rng.IntN(4) {
			case 0:
				k = strings.ToUpper(k)
			case 1:
				k = k[:rng.IntN(len(k)+1)]
			}
			b.WriteString(k)
			b.WriteString([]string{"", " ", "s", "-", "\u212a", "é", "\n"}[rng.IntN(7)])
		}
		out = append(out, b.String())
	}
	return out
}

// TestNormspeed7KeyScan: the scan finds the keys the old scan found, at
// the same places in the same order, by scan3 (no key has fewer than three
// bytes) and by the general loop (as if one had two).
func TestNormspeed7KeyScan(t *testing.T) {
	texts := normspeed7KeyTexts(t)
	keyBucketsOnce.Do(buildKeyBuckets)
	for _, two := range []bool{keyBuckets.two, true} {
		saved := keyBuckets.two
		keyBuckets.two = two
		n := 0
		for _, s := range texts {
			n += checkKeyScan(t, s)
		}
		keyBuckets.two = saved
		if n < 10000 {
			t.Fatalf("only %d key hits: the texts do not exercise the scan", n)
		}
	}
}

// TestSharedKeysThreeBytes: every key of the package's key regexps has three
// bytes or more, so the shared scan takes scan3. One key of two bytes sends
// every description through the general loop: in cachegrind a two-byte
// "gg" cost normalize 113K more instructions a listing (11 %) than scan3's
// 48K for all keys. Lengthen such a key by the byte every match has after
// it (see italianDays).
func TestSharedKeysThreeBytes(t *testing.T) {
	keyOnce.Do(shareKeys)
	for _, k := range keyRegistry {
		for _, key := range k.keys {
			if len(key) < 3 {
				t.Errorf("key %q of %s has %d bytes: the shared scan leaves its fast path", key, k.plain(), len(key))
			}
		}
	}
	keyBucketsOnce.Do(buildKeyBuckets)
	if keyBuckets.two || sharedKeys.short {
		t.Error("a shared key has fewer than three bytes: scan3 is not used")
	}
}

// FuzzNormspeed7KeyScan: on any text the scan finds the old scan's hits.
func FuzzNormspeed7KeyScan(f *testing.F) {
	rng := rand.New(rand.NewPCG(5, 5))
	for range 40 {
		f.Add(normspeed7Listing(rng))
	}
	f.Add("Workplace type: Hybrid\nREMOTE-FRIENDLY on site in-office")
	f.Fuzz(func(t *testing.T, s string) {
		checkKeyScan(t, s)
	})
}
