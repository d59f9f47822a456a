package textcue

import (
	"errors"
	"sync"
)

// An Automaton finds every occurrence of a set of byte strings in one pass
// (Aho-Corasick, as a full DFA over byte classes): the overlapping matches
// github.com/coregx/ahocorasick's FindAllOverlapping reports, appended to
// a buffer the caller keeps (that library allocates a new slice on every
// scan, which cost more than the scan) or handed to a function, with no
// allocation.
type Automaton struct {
	class  [256]uint8 // byte -> class; 0: in no pattern
	stride int        // classes
	// small[k*stride+c] is the state after state k on class c, with
	// smallOut set when that state ends a pattern, for an automaton of
	// fewer than smallOut states; else trans holds the same as uint32s
	// with outFlag. A table half the size (and rows no longer than the
	// classes) keeps more of it in cache: the scan is bound by its loads.
	small []uint16
	trans []uint32
	// pre, for an automaton of fewer than smallOut table entries, is small
	// with each state k written as k*stride (pre-multiplied): the scan
	// adds the class to the value it read, with no multiplication (see
	// appendPre).
	pre []uint16
	// outAt[k]:outAt[k+1] are the patterns state k ends: outIDs, their
	// ids.
	outAt  []int32
	outIDs []int32
	lens   []int
	maxLen int // the longest pattern (see appendPair)
}

const smallOut = 1 << 15

const outFlag = 1 << 31

// ACMatch is one occurrence: pattern PatternID at [Start, End).
type ACMatch struct {
	PatternID  int
	Start, End int
}

// maxACStates bounds an automaton's states (its table has states × classes
// entries).
const maxACStates = 1 << 20

// NewAutomaton builds the automaton of patterns (ids by index); it fails
// on an empty pattern or too many states.
func NewAutomaton(patterns []string) (*Automaton, error) {
	a := &Automaton{lens: make([]int, len(patterns))}
	var used [256]bool
	for i, p := range patterns {
		if p == "" {
			return nil, errors.New("textcue: empty pattern in automaton")
		}
		a.lens[i] = len(p)
		for j := 0; j < len(p); j++ {
			used[p[j]] = true
		}
	}
	n := 1
	for b := range used {
		if used[b] {
			a.class[b] = uint8(n)
			n++
		}
	}
	if n > 256 {
		// Class 0 is "no pattern's byte": 256 used bytes need 257 classes,
		// which a uint8 class cannot name.
		return nil, errors.New("textcue: too many byte classes (patterns use all 256 byte values)")
	}
	// Each pattern is its own key, reporting its index.
	keys := make([]string, len(patterns))
	outs := make([][]int32, len(patterns))
	for i, p := range patterns {
		k := []byte(p)
		for j := range k {
			k[j] = a.class[k[j]]
		}
		keys[i], outs[i] = string(k), []int32{int32(i)}
	}
	return buildAutomaton(a.class, n, keys, outs, a.lens)
}

// foldInput makes the automaton read each byte b as Fold[b]: built on
// folded patterns, it then finds in a text what it finds in the text's
// Fold copy. (Fold's values are its own fixed points, so the table is
// rewritten in place.)
func (a *Automaton) foldInput() {
	for b := range a.class {
		a.class[b] = a.class[Fold[b]]
	}
}

// AppendOverlapping appends to dst every occurrence of the patterns in
// hay, overlapping ones included, by their end (those ending at one byte
// in no particular order), and returns the extended buffer.
func (a *Automaton) AppendOverlapping(dst []ACMatch, hay []byte) []ACMatch {
	if a.pre != nil {
		if len(hay) >= minPairScan {
			return a.appendPrePair(dst, hay)
		}
		return a.appendPre(dst, hay)
	}
	if a.small == nil {
		return a.appendLarge(dst, hay)
	}
	small, class, stride := a.small, &a.class, a.stride
	k := 0
	for i, b := range hay {
		v := small[k*stride+int(class[b])]
		k = int(v &^ smallOut)
		if v&smallOut != 0 {
			dst = a.appendOuts(dst, k, i+1)
		}
	}
	return dst
}

// appendPre is AppendOverlapping on the pre-multiplied table. Every
// value of pre (less smallOut) is k*stride for a state k and every class
// is below stride, so k*stride+class is an index inside pre; pre's length
// is a power of two, so masking that index with len(pre)-1 changes no
// index a valid table makes, keeps every read inside pre whatever the
// table holds, and lets the compiler drop the bounds check: about 12
// instructions a byte instead of 15 (the multiplication and the check
// go).
func (a *Automaton) appendPre(dst []ACMatch, hay []byte) []ACMatch {
	pre, class, stride := a.pre, &a.class, a.stride
	mask := uint(len(pre) - 1)
	if mask >= uint(len(pre)) { // pre is empty
		return dst
	}
	k := uint(0)
	for i, b := range hay {
		v := pre[(k+uint(class[b]))&mask]
		k = uint(v &^ smallOut)
		if v&smallOut != 0 {
			dst = a.appendOuts(dst, int(k)/stride, i+1)
		}
	}
	return dst
}

// appendPrePair is appendPre by two walks at once, as appendPair walks
// the uint16 table (see its doc): the matches in the same order, in
// about 9 instructions a byte instead of 12 (the loop's count and test
// are shared by two bytes).
func (a *Automaton) appendPrePair(dst []ACMatch, hay []byte) []ACMatch {
	pre, class, stride := a.pre, &a.class, a.stride
	mask := uint(len(pre) - 1)
	if mask >= uint(len(pre)) { // pre is empty
		return dst
	}
	mid := len(hay) / 2
	ka, kb := 0, 0
	for j := max(0, mid-(a.maxLen-1)); j < mid; j++ {
		kb = int(pre[(uint(kb)+uint(class[hay[j]]))&mask] &^ smallOut)
	}
	ep := GetEnds()
	second := *ep
	lo, hi := hay[:mid], hay[mid:2*mid]
	for i := 0; ; i++ {
		var va, vb uint16
		i, va, vb = pairSkipPre(pre, class, lo, hi, i, ka, kb)
		ka, kb = int(va&^smallOut), int(vb&^smallOut)
		if i == len(lo) {
			break
		}
		if va&smallOut != 0 {
			dst = a.appendOuts(dst, ka/stride, i+1)
		}
		if vb&smallOut != 0 {
			second = append(second, ACEnd{End: mid + i + 1, State: int32(kb / stride)})
		}
	}
	for j := 2 * mid; j < len(hay); j++ { // an odd length's last byte
		v := pre[(uint(kb)+uint(class[hay[j]]))&mask]
		kb = int(v &^ smallOut)
		if v&smallOut != 0 {
			second = append(second, ACEnd{End: j + 1, State: int32(kb / stride)})
		}
	}
	for _, e := range second {
		dst = a.appendOuts(dst, int(e.State), e.End)
	}
	PutEnds(ep, second)
	return dst
}

// appendOuts appends the matches of the patterns state k ends, ending at
// end.
func (a *Automaton) appendOuts(dst []ACMatch, k, end int) []ACMatch {
	for _, id := range a.outIDs[a.outAt[k]:a.outAt[k+1]] {
		dst = append(dst, ACMatch{PatternID: int(id), Start: end - a.lens[id], End: end})
	}
	return dst
}

// appendLarge is AppendOverlapping on the uint32 table.
func (a *Automaton) appendLarge(dst []ACMatch, hay []byte) []ACMatch {
	trans, class, stride := a.trans, &a.class, a.stride
	k := 0
	for i, b := range hay {
		v := trans[k*stride+int(class[b])]
		k = int(v &^ outFlag)
		if v&outFlag == 0 {
			continue
		}
		for _, id := range a.outIDs[a.outAt[k]:a.outAt[k+1]] {
			dst = append(dst, ACMatch{PatternID: int(id), Start: i + 1 - a.lens[id], End: i + 1})
		}
	}
	return dst
}

// PatternCount is the number of patterns.
func (a *Automaton) PatternCount() int { return len(a.lens) }

// matchPool holds match buffers for AppendOverlapping.
var matchPool = sync.Pool{New: func() any { return new([]ACMatch) }}

// GetMatches returns a kept match buffer (empty), to give back with
// PutMatches.
func GetMatches() *[]ACMatch {
	mp := matchPool.Get().(*[]ACMatch)
	*mp = (*mp)[:0]
	return mp
}

// maxKeptMatches bounds the buffers kept: a very long text's is dropped.
const maxKeptMatches = 1 << 15

// PutMatches keeps ms, the buffer grown from mp, for a later GetMatches.
func PutMatches(mp *[]ACMatch, ms []ACMatch) {
	if cap(ms) > maxKeptMatches {
		return
	}
	*mp = ms
	matchPool.Put(mp)
}
