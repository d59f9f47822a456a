package redflag

import (
	"unsafe"

	"github.com/gigscout/gigscout/internal/textcue"
)

// A scan used to sort every cue's starts and every literal's occurrences
// into their lists at once, in two passes over the automaton's matches
// (count, then fill), although a listing's rules ask for the starts of
// about a third of them (a cue whose rule a gate or an earlier answer
// rules out is never asked). Now the one pass over the automaton's ends
// links each start into a chain of its list, and a list is laid out (and
// a cue's sorted) when it is first asked for.

// A cueScan is what one pass of a set's automaton found in a text: for
// each cue the ascending starts of its prefixes with the masks of the
// alternatives they allow, for each literal the ascending starts of its
// occurrences (overlapping ones included); bit l of seen is set when
// literal l occurs.
//
// The pass links the starts of each list into a chain of ent (latest
// first): chains[k] (cue k) and chains[nc+l] (literal l) hold the chain's
// last entry plus one (0 for an empty chain) and its length. cands and
// lit lay a chain out in pos (and alts) on first use, as the range
// laid[k] (laid[nc+l]), marked by bit k (nc+l) of laidBits.
type cueScan struct {
	ent      []chainEnt
	chains   []chain
	laid     []span32
	laidBits []uint64
	seen     []uint64
	pos      []int
	alts     []uint64 // by pos, for the cues' ranges
	end      int32    // pos is laid out to here
	nc       int
	bufs     *scanBufs // where the arrays come from (see release)
}

// chainEnt is one start in a chain: next is the index of the one before
// it in its list plus one, 0 for none.
type chainEnt struct {
	pos  int
	alts uint64
	next int32
}

// chain is the last entry of a chain plus one (0: none) and its length.
type chain struct{ last, n int32 }

// span32 is a range of pos.
type span32 struct{ a, b int32 }

// cands returns cue k's starts and masks.
func (sc *cueScan) cands(k int) ([]int, []uint64) {
	if sc.laidBits[k/64]&(1<<(k%64)) == 0 {
		sc.lay(k, true)
	}
	r := sc.laid[k]
	return sc.pos[r.a:r.b:r.b], sc.alts[r.a:r.b:r.b]
}

// lit returns literal l's starts.
func (sc *cueScan) lit(l int) []int {
	k := sc.nc + l
	if sc.laidBits[k/64]&(1<<(k%64)) == 0 {
		sc.lay(k, false)
	}
	r := sc.laid[k]
	return sc.pos[r.a:r.b:r.b]
}

// lay lays chain k out in pos (and alts), by start: a cue's (cue true)
// sorted with equal starts merged, a literal's as it comes.
func (sc *cueScan) lay(k int, cue bool) {
	sc.laidBits[k/64] |= 1 << (k % 64)
	c := sc.chains[k]
	a := sc.end
	sc.end += c.n
	ps, as := sc.pos[a:a+c.n], sc.alts[a:a+c.n]
	// The chain runs from the latest end back: filled from the back, the
	// starts come by their end, so a literal's by start and a cue's
	// nearly so.
	for e, i := c.last, c.n-1; i >= 0; i-- {
		x := &sc.ent[e-1]
		ps[i], as[i] = x.pos, x.alts
		e = x.next
	}
	if cue && c.n > 1 {
		ps, _ = sortCands(ps, as)
	}
	sc.laid[k] = span32{a, a + int32(len(ps))}
}

// A chainAct is what the scan does where the automaton enters a state
// that ends patterns, for one of them: link the start back bytes before
// the end into chain slot with the mask alts; for a literal (kind
// actLit), set its bit (alts, in word w of seen: lit never reads it back
// as a mask); for a bounded prefix (actBounded), only where the start is
// at a word boundary. The acts of a state are those of its patterns
// (textcue.Automaton.Outputs) in their order, each pattern's literal
// first, then its users.
type chainAct struct {
	back int32
	slot int32
	w    int32
	kind uint8
	alts uint64 // for a literal, its bit
}

const (
	actCue = iota
	actBounded
	actLit
)

// prepareChains fills set.actOf: the acts of each state.
func (set *cueSet) prepareChains() {
	ac := set.ac
	nc := int32(len(set.cues))
	set.actOf = make([][]chainAct, ac.States())
	var all []chainAct
	at := make([]int, ac.States()+1)
	for k := range ac.States() {
		at[k] = len(all)
		for _, id := range ac.Outputs(k) {
			back := int32(ac.PatternLen(int(id)))
			if l := set.lit[id]; l >= 0 {
				all = append(all, chainAct{back: back, slot: nc + int32(l), kind: actLit, w: int32(l / 64), alts: 1 << (l % 64)})
			}
			for _, u := range set.users[id] {
				kind := uint8(actCue)
				if u.bounded {
					kind = actBounded
				}
				all = append(all, chainAct{back: back, slot: int32(u.cue), kind: kind, alts: u.alts})
			}
		}
	}
	at[ac.States()] = len(all)
	for k := range ac.States() {
		if at[k] < at[k+1] {
			set.actOf[k] = all[at[k]:at[k+1]:at[k+1]]
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
	out.bufs, out.end, out.nc = bufs, 0, nc
	out.chains, out.laid = bufs.arrays(nc + nl)
	wl, wa := (nl+63)/64, (nc+nl+63)/64
	bs := bufs.bits(wl + wa) // scan_litbits.go
	out.seen, out.laidBits = bs[:wl:wl], bs[wl:]
	if set.ac == nil || s == "" {
		out.ent = bufs.ent[:0]
		out.pos, out.alts = bufs.lists(0, 0)
		return out
	}
	ep := textcue.GetEnds()
	ends := set.ac.AppendEnds(*ep, unsafe.Slice(unsafe.StringData(s), len(s)))
	actOf, chains, seen := set.actOf, out.chains, out.seen
	ent := bufs.ent[:0]
	for _, e := range ends {
		end := e.End
		as := actOf[e.State]
		for i := range as {
			a := &as[i]
			p := end - int(a.back)
			if a.kind != actCue {
				if a.kind == actLit {
					seen[a.w] |= a.alts
				} else if (p > 0 && reWordByte[s[p-1]]) == reWordByte[s[p]] {
					// A window never starts after a word byte (see
					// view.matches), so the boundary is the same in the
					// window and in the whole text.
					continue
				}
			}
			c := &chains[a.slot]
			ent = append(ent, chainEnt{pos: p, next: c.last, alts: a.alts}) // a literal's mask unread
			c.last = int32(len(ent))
			c.n++
		}
	}
	textcue.PutEnds(ep, ends)
	out.ent, bufs.ent = ent, ent
	out.pos, out.alts = bufs.lists(len(ent), len(ent))
	return out
}
