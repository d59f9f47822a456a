package redflag

import (
	"encoding/binary"
	"html"
	"math/bits"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// scanShortcutsOff turns the view and scan shortcuts off (views with their
// offset maps made at once, literals looked up one by one, the full task
// count): the reference their tests compare with.
var scanShortcutsOff = false

// newView folds orig into a view (see view). Only the folded text is made
// here: the offset maps, which only evidence spans need (a few a listing,
// against every byte of every field), are made by needOffsets on first
// use, by newViewOffsets, whose folded text foldText's is byte for byte.
func newView(field, orig string) *view {
	if scanShortcutsOff {
		return newViewOffsets(field, orig)
	}
	v := &view{field: field, orig: orig}
	if orig != "" {
		v.s = foldText(orig)
	}
	return v
}

// needOffsets makes v's offset maps (v.from, v.to) if they are not made
// yet; every reader of them calls it first.
func (v *view) needOffsets() {
	if v.from != nil || v.orig == "" {
		return
	}
	w := newViewOffsets(v.field, v.orig)
	v.from, v.to, v.offs = w.from, w.to, w.offs
}

// foldText returns newViewOffsets(field, orig).s. Eight bytes at a time,
// it copies the bytes that fold to themselves (foldsToSelf) and finds the
// first that may not (a byte past 0x7f, an upper-case letter, a control
// byte from 0x09 to 0x0d, an '&'), which the loop of newViewOffsets
// folds, one rune or entity at a time.
func foldText(orig string) string {
	buf := make([]byte, 0, len(orig)+len(orig)/16+8)
	var prev, prev2 rune // as in newViewOffsets
	run := 0             // where the current run of copied bytes started
	for i := 0; i < len(orig); {
		// The bytes that fold to themselves, eight at a time.
		for i+8 <= len(orig) {
			x := binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(orig[i:]), 8))
			m := mayFold8(x)
			k := 8
			if m != 0 {
				k = bits.TrailingZeros64(m) / 8
			}
			if cap(buf)-len(buf) >= 8 {
				// Eight bytes stored at once; only k of them kept.
				n := len(buf)
				binary.LittleEndian.PutUint64(buf[n:n+8], x)
				buf = buf[:n+k]
			} else {
				buf = append(buf, orig[i:i+k]...)
			}
			i += k
			if k < 8 {
				break
			}
		}
		if i == len(orig) {
			break
		}
		if foldsToSelf[orig[i]] {
			// A line break, or a byte of the last seven: copied alone.
			buf = append(buf, orig[i])
			i++
			continue
		}
		if i > run {
			// After a run of copied bytes: newViewOffsets's prev and
			// prev2 after its plainRun.
			if i-run >= 2 {
				prev2 = rune(orig[i-2])
			} else {
				prev2 = prev
			}
			prev = rune(orig[i-1])
		}
		if c := orig[i]; c < utf8.RuneSelf && c != '&' {
			// As newViewOffsets, without the maps.
			switch {
			case 'a' <= c && c <= 'z':
			case 'A' <= c && c <= 'Z':
				if needsBreak(prev2, prev, rune(c), orig[i+1:]) {
					buf = append(buf, ' ')
				}
				c += 'a' - 'A'
			case c == '\t' || c == '\r' || c == '\f' || c == '\v':
				c = ' '
			}
			buf = append(buf, c)
			prev2, prev = prev, rune(orig[i])
			i++
			run = i
			continue
		}
		r, end, dec := runeAt(orig, i)
		if dec != "" {
			buf = append(buf, fold(dec)...)
			prev2, prev = prev, r
			i, run = end, end
			continue
		}
		if needsBreak(prev2, prev, r, orig[end:]) {
			buf = append(buf, ' ')
		}
		buf = append(buf, foldRune(r)...)
		prev2, prev = prev, r
		i, run = end, end
	}
	return unsafe.String(unsafe.SliceData(buf), len(buf))
}

// mayFold8 returns a word whose lowest set bit, if any, is the high bit of
// the first of the eight bytes of x (little-endian) that is not sure to
// fold to itself: past 0x7f, from 'A' to 'Z', from 0x09 to 0x0d (a line
// break, which folds to itself, is let through to the byte loop) or an
// '&'. A byte that folds to itself may be marked after the first marked
// one, never before it.
func mayFold8(x uint64) uint64 {
	const ones, highs, lows = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	// Bytes of l strictly between m and n are marked by
	// (ones*(127+n) - l) &^ x & (l + ones*(127-m)) & highs, exactly: no
	// carry or borrow crosses a byte, as l's bytes are below 0x80.
	l := x & lows
	upper := (ones*(127+'Z'+1) - l) &^ x & (l + ones*(127-('A'-1)))
	ctrl := (ones*(127+0x0e) - l) &^ x & (l + ones*(127-0x08))
	amp := x ^ (ones * '&')
	return (x | upper | ctrl | (amp-ones)&^amp) & highs
}

// runeAt reads the rune of orig at i, an HTML entity there decoded: the
// rune and the end of what it read, and, for an entity that decodes to
// more than one rune, their text (dec), which the caller folds whole.
func runeAt(orig string, i int) (r rune, end int, dec string) {
	r, size := utf8.DecodeRuneInString(orig[i:])
	end = i + size
	if r != '&' {
		return r, end, ""
	}
	j := strings.IndexByte(orig[i:min(len(orig), i+maxEntity)], ';')
	if j <= 1 {
		return r, end, ""
	}
	ent := orig[i : i+j+1]
	d := html.UnescapeString(ent)
	if d == ent {
		return r, end, ""
	}
	r, _ = utf8.DecodeRuneInString(d)
	if utf8.RuneCountInString(d) != 1 {
		return r, i + j + 1, d
	}
	return r, i + j + 1, ""
}
