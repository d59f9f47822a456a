package redflag

import (
	"unsafe"

	"github.com/gigscout/gigscout/internal/textcue"
)

// A scan used to sort every cue's starts and every literal's occurrences
// into their lists at once, in two passes over the automaton's matches
// (count, then fill), although a listing's rules ask for the starts of
// about a third of them (a cue whose rule a gate or an earlier answer
// rules out is never asked). Now the one pass over the matches links each
// start into a chain of its list, and a list is laid out (and a cue's
// sorted) when it is first asked for.

// A cueScan is what one pass of a set's automaton found in a text: for
// each cue the ascending starts of its prefixes with the masks of the
// alternatives they allow, for each literal the ascending starts of its
// occurrences (overlapping ones included); bit l of seen is set when
// literal l occurs.
//
// The pass links the starts of each list into a chain of ent (latest
// first): cueHead[k], cueN[k] (litHead[l], litN[l]) are the last entry and
// the length of cue k's (literal l's) chain, valid when bit k of cueSeen
// (bit l of seen) is set. cands and lit lay a chain out in pos (and alts)
// on first use, as the range cueAt[k]:cueEnd[k] (litAt[l]:litEnd[l]),
// marked by bit k of cueLaid (bit l of litLaid).
type cueScan struct {
	ent              []chainEnt
	cueHead, cueN    []int32
	litHead, litN    []int32
	cueSeen, seen    []uint64
	pos              []int
	alts             []uint64 // by pos, for the cues' ranges
	laid             int32    // pos is laid out to here
	cueAt, cueEnd    []int32
	litAt, litEnd    []int32
	cueLaid, litLaid []uint64
	bufs             *scanBufs // where the arrays come from (see release)
}

// chainEnt is one start in a chain: next is the index of the one before
// it in its list, -1 for none.
type chainEnt struct {
	pos, next int32
	alts      uint64
}

// cands returns cue k's starts and masks.
func (sc *cueScan) cands(k int) ([]int, []uint64) {
	if sc.cueLaid[k/64]&(1<<(k%64)) == 0 {
		sc.layCue(k)
	}
	a, e := sc.cueAt[k], sc.cueEnd[k]
	return sc.pos[a:e:e], sc.alts[a:e:e]
}

// layCue lays cue k's chain out in pos and alts, sorted by start with
// equal starts merged (an empty range when it has none).
func (sc *cueScan) layCue(k int) {
	w, b := k/64, uint64(1)<<(k%64)
	sc.cueLaid[w] |= b
	if sc.cueSeen[w]&b == 0 {
		sc.cueAt[k], sc.cueEnd[k] = 0, 0
		return
	}
	n := sc.cueN[k]
	a := sc.laid
	sc.laid += n
	ps, as := sc.pos[a:a+n], sc.alts[a:a+n]
	// The chain runs from the latest match back: filled from the end,
	// the starts come by their end, so nearly sorted.
	for e, i := sc.cueHead[k], n-1; i >= 0; i-- {
		c := &sc.ent[e]
		ps[i], as[i] = int(c.pos), c.alts
		e = c.next
	}
	if n > 1 {
		ps, _ = sortCands(ps, as)
	}
	sc.cueAt[k], sc.cueEnd[k] = a, a+int32(len(ps))
}

// lit returns literal l's starts.
func (sc *cueScan) lit(l int) []int {
	if sc.litLaid[l/64]&(1<<(l%64)) == 0 {
		sc.layLit(l)
	}
	a, e := sc.litAt[l], sc.litEnd[l]
	return sc.pos[a:e:e]
}

// layLit lays literal l's chain out in pos (an empty range when it has
// none).
func (sc *cueScan) layLit(l int) {
	w, b := l/64, uint64(1)<<(l%64)
	sc.litLaid[w] |= b
	if sc.seen[w]&b == 0 {
		sc.litAt[l], sc.litEnd[l] = 0, 0
		return
	}
	n := sc.litN[l]
	a := sc.laid
	sc.laid += n
	ps := sc.pos[a : a+n]
	for e, i := sc.litHead[l], n-1; i >= 0; i-- {
		ps[i] = int(sc.ent[e].pos)
		e = sc.ent[e].next
	}
	sc.litAt[l], sc.litEnd[l] = a, a+n
}

// prepareChains fills set.bounded.
func (set *cueSet) prepareChains() {
	set.bounded = make([]bool, len(set.users))
	for k, us := range set.users {
		for _, u := range us {
			set.bounded[k] = set.bounded[k] || u.bounded
		}
	}
}

// reWordByte is textcue.IsWord (the \b of a regexp) by table.
var reWordByte = func() (t [256]bool) {
	for b := range 256 {
		t[b] = textcue.IsWord(byte(b))
	}
	return t
}()

// scan runs the set's automaton over s.
func (set *cueSet) scan(s string) *cueScan {
	nc, nl := len(set.cues), len(set.lits)
	bufs := getScanBufs()
	out := &bufs.sc
	out.bufs, out.laid = bufs, 0
	out.cueHead, out.cueN, out.cueAt, out.cueEnd, out.litHead, out.litN, out.litAt, out.litEnd = bufs.arrays(nc, nl)
	wc, wl := (nc+63)/64, (nl+63)/64
	bs := bufs.bits(2*wc + 2*wl) // scan_litbits.go
	out.cueSeen, out.cueLaid, out.seen, out.litLaid = bs[:wc], bs[wc:2*wc], bs[2*wc:2*wc+wl], bs[2*wc+wl:]
	if set.ac == nil || s == "" {
		return out
	}
	mp := textcue.GetMatches()
	ms := set.ac.AppendOverlappingHalves(*mp, unsafe.Slice(unsafe.StringData(s), len(s)))
	ent := bufs.ent[:0]
	for i := range ms {
		m := &ms[i]
		id, p := m.PatternID, m.Start
		if l := set.lit[id]; l >= 0 {
			w, b := l/64, uint64(1)<<(l%64)
			next := int32(-1)
			if out.seen[w]&b != 0 {
				next = out.litHead[l]
				out.litN[l]++
			} else {
				out.seen[w] |= b
				out.litN[l] = 1
			}
			out.litHead[l] = int32(len(ent))
			ent = append(ent, chainEnt{pos: int32(p), next: next})
		}
		us := set.users[id]
		if len(us) == 0 {
			continue
		}
		// A window never starts after a word byte (see view.matches), so
		// the boundary is the same in the window and in the whole text.
		boundary := !set.bounded[id] || (p > 0 && reWordByte[s[p-1]]) != reWordByte[s[p]]
		for _, u := range us {
			if u.bounded && !boundary {
				continue
			}
			k := u.cue
			w, b := k/64, uint64(1)<<(k%64)
			next := int32(-1)
			if out.cueSeen[w]&b != 0 {
				next = out.cueHead[k]
				out.cueN[k]++
			} else {
				out.cueSeen[w] |= b
				out.cueN[k] = 1
			}
			out.cueHead[k] = int32(len(ent))
			ent = append(ent, chainEnt{pos: int32(p), next: next, alts: u.alts})
		}
	}
	textcue.PutMatches(mp, ms)
	out.ent, bufs.ent = ent, ent
	out.pos, out.alts = bufs.lists(len(ent), len(ent))
	return out
}
