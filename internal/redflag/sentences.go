package redflag

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"unsafe"
)

// sentIndex holds where sentences may start and stop in a view's text,
// so that view.sentence answers by binary search instead of walking the
// sentence byte by byte: litWindows asks it for every occurrence of every
// literal of every gate, most of them in the same few sentences.
type sentIndex struct {
	// starts: the j >= 1 at which sentenceScan's backward walk stops (a
	// line break before j, or '.', '!' or '?' before a space at j).
	starts []int32
	// stops: the j at which its forward walk stops: a line break (the
	// sentence ends at j) or a '.', '!' or '?' before a space, a line
	// break or the end (it ends at j+1).
	stops []int32
}

// sentScanCalls is how many sentence calls on a view walk the text before
// the view builds its index (a title or a text asked once is cheaper
// walked).
const sentScanCalls = 2

// sentence returns the bounds of the sentence around s[a:b]: what
// sentenceScan returns.
func (v *view) sentence(a, b int) (int, int) {
	if v.sents == nil {
		if v.sentCalls < sentScanCalls {
			v.sentCalls++
			return v.sentenceScan(a, b)
		}
		v.sents = newSentIndex(v.s)
	}
	return v.sents.bounds(v.s, a, b)
}

func newSentIndex(s string) *sentIndex {
	x := &sentIndex{starts: make([]int32, 0, len(s)/64+4), stops: make([]int32, 0, len(s)/64+4)}
	b := unsafe.Slice(unsafe.StringData(s), len(s))
	for j := 0; j < len(s); {
		if j+8 <= len(s) {
			// Eight bytes at a time past those that cannot end a
			// sentence (most of them), then straight to the first that
			// may (sentence_bytes.go).
			m := sentBytes(binary.LittleEndian.Uint64(b[j:]))
			if m == 0 {
				j += 8
				continue
			}
			j += bits.TrailingZeros64(m) / 8
			x.add(s, j)
			j++
			continue
		}
		x.add(s, j)
		j++
	}
	return x
}

// add records the start and stop s[j] makes, if any.
func (x *sentIndex) add(s string, j int) {
	switch s[j] {
	case '\n':
		x.stops = append(x.stops, int32(j))
		x.starts = append(x.starts, int32(j+1))
	case '.', '!', '?':
		if j+1 == len(s) || s[j+1] == ' ' || s[j+1] == '\n' {
			x.stops = append(x.stops, int32(j))
		}
		if j+1 < len(s) && s[j+1] == ' ' {
			x.starts = append(x.starts, int32(j+1))
		}
	}
}

// bounds is sentenceScan on s by the index.
func (x *sentIndex) bounds(s string, a, b int) (int, int) {
	start := a
	if a > 0 {
		// The last start at or before a, else 0.
		i, found := slices.BinarySearch(x.starts, int32(a))
		switch {
		case found:
			start = a
		case i > 0:
			start = int(x.starts[i-1])
		default:
			start = 0
		}
	}
	end := b
	if b < len(s) {
		end = len(s)
		if i, _ := slices.BinarySearch(x.stops, int32(b)); i < len(x.stops) {
			if j := int(x.stops[i]); s[j] == '\n' {
				end = j
			} else {
				end = j + 1
			}
		}
	}
	return start, end
}
