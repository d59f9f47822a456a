package textcue

import (
	"errors"
	"slices"
	"strconv"
	"strings"
)

// NewMergedAutomaton builds an automaton that reports, for every
// occurrence of patterns[i] in a text, the id ids[i] (Start and End those
// of the occurrence): what NewAutomaton(patterns) reports with each
// PatternID i replaced by ids[i]. Patterns given one id must have one
// length (so that an id tells where its match starts).
//
// A caller that only needs to know what kind of pattern occurred (for
// instance which users a prefix has) gives equal ids to patterns that mean
// the same, and the automaton gets smaller: two bytes that no pattern
// tells apart (putting one for the other anywhere in a pattern gives
// another pattern with the same ids, as the digits of "$1", "$2", ...
// "$9") share a byte class, and patterns that then read the same share
// their states. The expansions of a class like \d, which make most of the
// prefixes of the rules, collapse to one path, so the table a scan walks
// is a fraction of the size and stays in cache.
func NewMergedAutomaton(patterns []string, ids []int) (*Automaton, error) {
	if len(ids) != len(patterns) {
		return nil, errors.New("textcue: one id per pattern")
	}
	// The ids each distinct pattern reports (several when it is given
	// more than once), in a canonical order.
	byPat := map[string][]int32{}
	var order []string
	nID := 0
	for i, p := range patterns {
		if p == "" {
			return nil, errors.New("textcue: empty pattern in automaton")
		}
		if ids[i] < 0 {
			return nil, errors.New("textcue: negative pattern id")
		}
		if _, ok := byPat[p]; !ok {
			order = append(order, p)
		}
		byPat[p] = append(byPat[p], int32(ids[i]))
		nID = max(nID, ids[i]+1)
	}
	lens := make([]int, nID)
	for i, p := range patterns {
		if l := lens[ids[i]]; l != 0 && l != len(p) {
			return nil, errors.New("textcue: patterns of one id differ in length")
		}
		lens[ids[i]] = len(p)
	}
	idKey := make(map[string]string, len(byPat))
	for p, list := range byPat {
		slices.Sort(list)
		var b strings.Builder
		for _, id := range list {
			b.WriteString(strconv.Itoa(int(id)))
			b.WriteByte(',')
		}
		idKey[p] = b.String()
	}
	class, stride := mergedClasses(order, idKey)
	if stride > 256 {
		return nil, errors.New("textcue: too many byte classes")
	}
	// The class strings: patterns that read the same report the same ids
	// (the classes are chosen so), so the first one stands for all.
	var keys []string
	var outs [][]int32
	seen := map[string]bool{}
	for _, p := range order {
		k := make([]byte, len(p))
		for j := 0; j < len(p); j++ {
			k[j] = class[p[j]]
		}
		if seen[string(k)] {
			continue
		}
		seen[string(k)] = true
		keys = append(keys, string(k))
		outs = append(outs, byPat[p])
	}
	return buildAutomaton(class, stride, keys, outs, lens)
}

// mergedClasses returns the byte classes of NewMergedAutomaton: bytes in
// no pattern are class 0; two bytes share a class when their signatures
// are equal, a byte's signature being the set of (pattern with a hole
// where the byte stands, the pattern's ids) over its occurrences in the
// patterns. Equal signatures mean that putting one byte for the other at
// one place of a pattern gives a pattern with the same ids, so by steps
// every string that reads the same, class for class, as a pattern is a
// pattern with its ids.
func mergedClasses(pats []string, idKey map[string]string) ([256]uint8, int) {
	var sig [256][]string
	for _, p := range pats {
		ids := idKey[p]
		for j := 0; j < len(p); j++ {
			// The hole's place and the bytes around it, then the ids:
			// the length of the rest is that of p less one, so the key
			// is unambiguous.
			sig[p[j]] = append(sig[p[j]], strconv.Itoa(j)+":"+p[:j]+p[j+1:]+"\x00"+ids)
		}
	}
	var class [256]uint8
	var reps []int // a byte of each class past 0
	for b := range 256 {
		if sig[b] == nil {
			continue
		}
		slices.Sort(sig[b])
		found := false
		for k, r := range reps {
			if slices.Equal(sig[r], sig[b]) {
				class[b] = uint8(k + 1)
				found = true
				break
			}
		}
		if !found {
			reps = append(reps, b)
			class[b] = uint8(len(reps)) // 0 past 255 classes: refused above
		}
	}
	return class, len(reps) + 1
}

// buildAutomaton builds the automaton of the class strings keys, key i
// ending in the ids outs[i]; lens[id] is the length of id's patterns.
func buildAutomaton(class [256]uint8, stride int, keys []string, outIDs [][]int32, lens []int) (*Automaton, error) {
	a := &Automaton{class: class, stride: stride, lens: lens}
	for _, l := range lens {
		a.maxLen = max(a.maxLen, l)
	}
	// The trie: goto[s*stride+c] = child+1 (0: none).
	gotoT := make([]int32, stride)
	var own [][]int32 // ids ending at each state
	own = append(own, nil)
	for i, k := range keys {
		s := 0
		for j := 0; j < len(k); j++ {
			c := int(k[j])
			if next := gotoT[s*stride+c]; next != 0 {
				s = int(next - 1)
				continue
			}
			if len(own) >= maxACStates {
				return nil, errors.New("textcue: too many automaton states")
			}
			gotoT = append(gotoT, make([]int32, stride)...)
			own = append(own, nil)
			gotoT[s*stride+c] = int32(len(own))
			s = len(own) - 1
		}
		own[s] = append(own[s], outIDs[i]...)
	}
	states := len(own)
	// Breadth first: failure links, full transitions and outputs (a
	// state's own patterns, then its failure state's).
	fail := make([]int32, states)
	delta := make([]int32, states*stride)
	outs := make([][]int32, states)
	outs[0] = own[0]
	queue := make([]int32, 0, states)
	for c := range stride {
		if next := gotoT[c]; next != 0 {
			delta[c] = next - 1
			queue = append(queue, next-1)
		}
	}
	for len(queue) > 0 {
		s := int(queue[0])
		queue = queue[1:]
		f := int(fail[s])
		outs[s] = append(append([]int32(nil), own[s]...), outs[f]...)
		for c := range stride {
			if next := gotoT[s*stride+c]; next != 0 {
				child := next - 1
				fail[child] = delta[f*stride+c]
				delta[s*stride+c] = child
				queue = append(queue, child)
			} else {
				delta[s*stride+c] = delta[f*stride+c]
			}
		}
	}
	if states < smallOut {
		// A power-of-two length: the two-walk scan masks its reads
		// with len-1 (pairSkip); the padding is never read.
		a.small = make([]uint16, ceilPow2(states*stride))
		for i, t := range delta {
			v := uint16(t)
			if len(outs[t]) > 0 {
				v |= smallOut
			}
			a.small[i] = v
		}
		if states*stride < smallOut {
			a.pre = make([]uint16, ceilPow2(states*stride)) // masked reads (appendPre)
			for i, t := range delta {
				a.pre[i] = a.small[i]&smallOut | uint16(int(t)*stride)
			}
		}
	} else {
		a.trans = make([]uint32, states*stride)
		for i, t := range delta {
			v := uint32(t)
			if len(outs[t]) > 0 {
				v |= outFlag
			}
			a.trans[i] = v
		}
	}
	a.outAt = make([]int32, states+1)
	for s := range states {
		a.outAt[s] = int32(len(a.outIDs))
		a.outIDs = append(a.outIDs, outs[s]...)
	}
	a.outAt[states] = int32(len(a.outIDs))
	return a, nil
}

// AppendOverlappingHalves appends what AppendOverlapping appends, in the
// same order, scanning a long text (minPairScan bytes or more, on an
// automaton of fewer than 32,768 states) by two walks at once (see
// appendPair): about 1.6 times faster where matches are sparse, as the
// prefixes of the red-flag rules are in job ads (a few per hundred
// bytes), but slower where a match ends at most bytes.
func (a *Automaton) AppendOverlappingHalves(dst []ACMatch, hay []byte) []ACMatch {
	if a.small == nil || len(hay) < minPairScan {
		return a.AppendOverlapping(dst, hay)
	}
	return a.appendPair(dst, hay)
}

// minPairScan is the shortest text AppendOverlappingHalves scans by two
// walks.
const minPairScan = 128

// appendPair is AppendOverlapping on the uint16 table by two walks at
// once, one over each half of hay: the scan is bound by the latency of its
// chain of table loads, and two independent chains overlap. The second
// walk starts from the root maxLen-1 bytes before the middle, so that it
// is in the state of one walk over all of hay from the middle on (a state
// is the longest suffix read that starts a pattern, never longer than a
// pattern), and reports only the matches that end past the middle, which
// it keeps apart and appends after the first walk's: the matches come in
// the order of one walk.
//
// appendEndsPair does the walking; appendPair expands each place a
// pattern ends into its patterns' matches.
func (a *Automaton) appendPair(dst []ACMatch, hay []byte) []ACMatch {
	ep := GetEnds()
	ends := a.appendEndsPair(*ep, hay) // the two walks (automaton_ends.go)
	for _, e := range ends {
		for _, id := range a.outIDs[a.outAt[e.State]:a.outAt[e.State+1]] {
			dst = append(dst, ACMatch{PatternID: int(id), Start: e.End - a.lens[id], End: e.End})
		}
	}
	PutEnds(ep, ends)
	return dst
}

// ceilPow2 is the least power of two at least n (n > 0).
func ceilPow2(n int) int {
	p := 1
	for p < n {
		p <<= 1
	}
	return p
}
