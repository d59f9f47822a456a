package textcue

import "sync"

// An ACEnd is a place where a scan enters a state that ends patterns:
// the patterns Outputs(State) (ids as AppendOverlapping reports them)
// occur ending at End, pattern id starting at End - PatternLen(id).
//
// A caller that maps each state's patterns to its own actions once (see
// redflag's cue scan) reads one ACEnd where AppendOverlapping appends an
// ACMatch for every pattern: fewer, smaller records, and no pattern
// lengths to look up.
type ACEnd struct {
	End   int
	State int32
}

// States is the number of states of the automaton (State of an ACEnd is
// below it).
func (a *Automaton) States() int { return len(a.outAt) - 1 }

// Outputs returns the ids of the patterns that end at state k, in the
// order AppendOverlapping reports them; the slice must not be changed.
func (a *Automaton) Outputs(k int) []int32 { return a.outIDs[a.outAt[k]:a.outAt[k+1]:a.outAt[k+1]] }

// PatternLen returns the length of pattern id.
func (a *Automaton) PatternLen(id int) int { return a.lens[id] }

// AppendEnds appends to dst, by ascending End, the places where hay
// holds patterns: expanded by Outputs, what AppendOverlappingHalves
// appends, in its order. A long text is scanned by two walks at once, as
// AppendOverlappingHalves does.
func (a *Automaton) AppendEnds(dst []ACEnd, hay []byte) []ACEnd {
	if a.small != nil && len(hay) >= minPairScan {
		return a.appendEndsPair(dst, hay)
	}
	if a.small == nil {
		trans, class, stride := a.trans, &a.class, a.stride
		k := 0
		for i, b := range hay {
			v := trans[k*stride+int(class[b])]
			k = int(v &^ outFlag)
			if v&outFlag != 0 {
				dst = append(dst, ACEnd{End: i + 1, State: int32(k)})
			}
		}
		return dst
	}
	small, class, stride := a.small, &a.class, a.stride
	k := 0
	for i, b := range hay {
		v := small[k*stride+int(class[b])]
		k = int(v &^ smallOut)
		if v&smallOut != 0 {
			dst = append(dst, ACEnd{End: i + 1, State: int32(k)})
		}
	}
	return dst
}

// appendEndsPair is AppendEnds by two walks at once (appendPair's doc
// says why and how): the second walk's ends are kept apart and appended
// after the first's.
func (a *Automaton) appendEndsPair(dst []ACEnd, hay []byte) []ACEnd {
	small, class, stride := a.small, &a.class, a.stride
	mid := len(hay) / 2
	ka, kb := 0, 0
	for j := max(0, mid-(a.maxLen-1)); j < mid; j++ {
		kb = int(small[kb*stride+int(class[hay[j]])] &^ smallOut)
	}
	bp := GetEnds()
	second := *bp
	lo, hi := hay[:mid], hay[mid:2*mid]
	for i := 0; ; i++ {
		var va, vb uint16
		i, va, vb = pairSkip(small, class, stride, lo, hi, i, ka, kb)
		ka, kb = int(va&^smallOut), int(vb&^smallOut)
		if i == len(lo) {
			break
		}
		if va&smallOut != 0 {
			dst = append(dst, ACEnd{End: i + 1, State: int32(ka)})
		}
		if vb&smallOut != 0 {
			second = append(second, ACEnd{End: mid + i + 1, State: int32(kb)})
		}
	}
	for j := 2 * mid; j < len(hay); j++ { // an odd length's last byte
		v := small[kb*stride+int(class[hay[j]])]
		kb = int(v &^ smallOut)
		if v&smallOut != 0 {
			second = append(second, ACEnd{End: j + 1, State: int32(kb)})
		}
	}
	dst = append(dst, second...)
	PutEnds(bp, second)
	return dst
}

// endPool holds end buffers, as matchPool match buffers.
var endPool = sync.Pool{New: func() any { return new([]ACEnd) }}

// GetEnds returns a kept end buffer (empty), to give back with PutEnds.
func GetEnds() *[]ACEnd {
	ep := endPool.Get().(*[]ACEnd)
	*ep = (*ep)[:0]
	return ep
}

// PutEnds keeps es, the buffer grown from ep, for a later GetEnds.
func PutEnds(ep *[]ACEnd, es []ACEnd) {
	if cap(es) > maxKeptMatches {
		return
	}
	*ep = es
	endPool.Put(ep)
}
