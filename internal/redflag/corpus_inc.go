package redflag

import (
	"math/bits"
	"slices"

	"github.com/gigscout/gigscout/internal/model"
)

// Corpus holds the cross-listing entries between recomputes with their
// fingerprint indexes, kept up to date entry by entry: Update costs time in
// proportion to the entries that changed and their near copies, not to the
// corpus (CorpusFlags compares every entry again). Its flags
// are those CorpusFlags gives over the whole corpus (TestCorpusIncremental).
// A Corpus is not safe for concurrent use.
type Corpus struct {
	c      corpusView // by slot; a free slot holds the zero entry
	slot   map[string]int32
	free   []int32
	keyNum map[string]int32 // company key -> number (never reused)
	tx, ix *dynSim
	lx     *dynLead
	hit    []bool // Update's marks, by slot (all false between calls)
}

// NewCorpus returns an empty corpus.
func NewCorpus() *Corpus {
	return &Corpus{slot: map[string]int32{}, keyNum: map[string]int32{},
		tx: newDynSim(true), ix: newDynSim(true), lx: &dynLead{dynSim: newDynSim(false), chunks: map[uint64][]int32{}}}
}

// Len is the number of entries.
func (c *Corpus) Len() int { return len(c.slot) }

// Load adds entries without computing flags (their flags are known, as
// CorpusFlags over the same entries gave them). Ids must be new.
func (c *Corpus) Load(es []CorpusEntry) {
	c.tx.loading, c.ix.loading = true, true
	defer func() {
		for _, x := range []*dynSim{c.tx, c.ix} {
			x.loading = false
			x.rebuild()
		}
	}()
	v := &c.c
	n := len(es)
	v.es, v.keys, v.texts, v.infos = slices.Grow(v.es, n), slices.Grow(v.keys, n), slices.Grow(v.texts, n), slices.Grow(v.infos, n)
	v.leads, v.fprints, v.ident = slices.Grow(v.leads, n), slices.Grow(v.fprints, n), slices.Grow(v.ident, n)
	for i := range es {
		c.insert(es[i])
	}
	c.lx.settle(&c.c)
}

// Update applies a change to the corpus: the entries of changed replace
// those with their ids (or are added), those with the ids in closed leave
// (an id in both stays, as changed). It returns the flags CorpusFlags over
// the new corpus gives the entries whose flags may differ from before (the
// new and changed entries, and every entry near one of them as it is or as
// it was, or near one that left), keyed by id, the ids of those entries
// (recompute), and the ids that left (gone), both sorted. An entry equal to
// the one it replaces is no change.
func (c *Corpus) Update(changed []CorpusEntry, closed []string) (flags map[string]model.Flag, recompute, gone []string) {
	var probes []CorpusEntry
	keep := make(map[string]bool, len(changed))
	for i := range changed {
		keep[changed[i].ID] = true
	}
	for _, id := range closed {
		if s, ok := c.slot[id]; ok && !keep[id] {
			probes = append(probes, c.c.es[s])
			c.remove(s)
			gone = append(gone, id)
		}
	}
	var dirty []int32
	c.reserve(len(changed))
	for i := range changed {
		e := &changed[i]
		if s, ok := c.slot[e.ID]; ok {
			if c.c.es[s] == *e {
				continue
			}
			probes = append(probes, c.c.es[s])
			c.remove(s)
		}
		dirty = append(dirty, c.insert(*e))
		probes = append(probes, *e)
	}
	slices.Sort(gone)
	flags = map[string]model.Flag{}
	c.lx.settle(&c.c)
	if len(probes) == 0 {
		return flags, nil, gone
	}
	c.hit = slices.Grow(c.hit[:0], len(c.c.es))[:len(c.c.es)]
	for _, s := range dirty {
		c.hit[s] = true
	}
	c.tx.memo, c.ix.memo, c.lx.nearMemo = map[uint64][]int32{}, map[uint64][]int32{}, map[int32][]int32{}
	c.memoProbes(probes)
	c.affected(probes, c.hit)
	var only []int32
	for i, ok := range c.hit {
		if ok {
			only = append(only, int32(i))
			c.hit[i] = false
		}
	}
	c.memoSlots(only)
	for _, i := range only {
		if fl, ok := c.flagOf(i); ok {
			flags[c.c.es[i].ID] = fl
		}
		recompute = append(recompute, c.c.es[i].ID)
	}
	c.tx.memo, c.ix.memo, c.lx.nearMemo = nil, nil, nil
	slices.Sort(recompute)
	return flags, recompute, gone
}

// insert puts e in a free slot and indexes it.
func (c *Corpus) insert(e CorpusEntry) int32 {
	var s int32
	if n := len(c.free); n > 0 {
		s, c.free = c.free[n-1], c.free[:n-1]
	} else {
		s = int32(len(c.c.es))
		v := &c.c
		v.es, v.keys, v.texts, v.infos = append(v.es, CorpusEntry{}), append(v.keys, 0), append(v.texts, 0), append(v.infos, 0)
		v.leads, v.fprints, v.ident = append(v.leads, 0), append(v.fprints, ""), append(v.ident, false)
	}
	c.slot[e.ID] = s
	v := &c.c
	v.es[s] = e
	v.keys[s] = 0
	if e.CompanyKey != "" {
		k, ok := c.keyNum[e.CompanyKey]
		if !ok {
			k = int32(len(c.keyNum) + 1)
			c.keyNum[e.CompanyKey] = k
		}
		v.keys[s] = k
	}
	v.texts[s], v.infos[s] = 0, 0
	if e.TextLen >= minReuseText {
		v.texts[s] = e.TextSim
	}
	if e.InfoLen >= minReuseInfo {
		v.infos[s] = e.InfoSim
	}
	v.leads[s], v.fprints[s], v.ident[s] = e.Sketch.LeadKey, e.Fingerprint, e.Identified
	c.tx.add(v.texts[s], s)
	c.ix.add(v.infos[s], s)
	c.lx.addLead(v, v.leads[s], s)
	return s
}

// remove takes slot s out of the indexes and frees it.
func (c *Corpus) remove(s int32) {
	v := &c.c
	c.tx.remove(v.texts[s], s)
	c.ix.remove(v.infos[s], s)
	c.lx.removeLead(v, v.leads[s], s)
	delete(c.slot, v.es[s].ID)
	v.es[s] = CorpusEntry{}
	v.keys[s], v.texts[s], v.infos[s], v.leads[s], v.fprints[s], v.ident[s] = 0, 0, 0, 0, "", false
	c.free = append(c.free, s)
}

// affected marks in hit the slots whose flags a change to probes can alter,
// on the corpus as it is now: those whose text or profile is within the
// window of a probe's, or whose lead is near a probe's under another
// employer name (probes hold the changed listings as they are now and as
// they were, and those that left).
func (c *Corpus) affected(probes []CorpusEntry, hit []bool) {
	p := newCorpusView(probes)
	for _, v := range []struct {
		x    *dynSim
		want []uint64
	}{{c.tx, p.texts}, {c.ix, p.infos}} {
		x := v.x
		each := func(g int32) {
			for _, j := range x.members[g] {
				hit[j] = true
			}
		}
		for _, h := range v.want {
			if h == 0 {
				continue
			}
			if g, ok := x.group[h]; ok {
				each(g)
			}
			x.nearMemo(h, each)
		}
	}
	lx := c.lx
	for i := range probes {
		pk := probes[i].CompanyKey
		if p.leads[i] == 0 || pk == "" {
			continue
		}
		a := &probes[i].Sketch
		for k, ck := range a.Chunks {
			for _, g := range lx.chunks[ck] {
				rep := &c.c.es[lx.members[g][0]]
				if lx.soleKey[g] == 0 || (lx.soleKey[g] > 0 && rep.CompanyKey == pk) {
					continue // no named member, or all under the probe's name
				}
				if b := &rep.Sketch; chunkShared(a, b, k) || !leadsNear(a, b) {
					continue
				}
				for _, j := range lx.members[g] {
					if jk := c.c.es[j].CompanyKey; jk != "" && jk != pk {
						hit[j] = true
					}
				}
			}
		}
	}
}

// flagOf is the flag of slot i over the whole corpus (what CorpusFlags
// gives that entry).
func (c *Corpus) flagOf(i int32) (model.Flag, bool) {
	v := &c.c
	var f reuseFinding
	visit := func(x *dynSim, h uint64, pair func(f *reuseFinding, i, j int32)) {
		if h == 0 {
			return
		}
		each := func(g int32) {
			for _, j := range x.members[g] {
				if j != i {
					pair(&f, i, j)
				}
			}
		}
		each(x.group[h])
		x.nearMemo(h, each)
	}
	visit(c.tx, v.texts[i], func(f *reuseFinding, i, j int32) {
		if v.confirmed(i, j) {
			v.textPair(f, i, j)
		}
	})
	visit(c.ix, v.infos[i], v.infoPair)
	c.lx.finding(v, &f, i)
	return reuseFlag(v.es, &f)
}

// dynSim is simIndex kept up to date entry by entry: groups of equal
// fingerprints and, with near lookups, the fingerprints in a simIndex built
// at the last rebuild (base) and those made since in a list scanned in
// full (over). A fingerprint that left stays in both until the next rebuild
// and is skipped; the base is built again once the list holds a 16th of
// it (at least minOver), so rebuilding costs a few entries' work a change.
type dynSim struct {
	group   map[uint64]int32
	vals    []uint64
	members [][]int32
	free    []int32
	lookups bool               // keeps base and over
	loading bool               // Load runs: one rebuild at its end
	base    *simIndex          // nil before the first rebuild
	over    []uint64           // live fingerprints made since the rebuild, not in base
	inOver  map[uint64]bool    // over as a set
	memo    map[uint64][]int32 // nearMemo's, within one Update
	inBase  []bool             // by group: its fingerprint is in base (simindex_base.go)
	ghost   map[uint64]bool    // fingerprints in base whose group left since the rebuild
}

// minOver is the smallest list of new fingerprints that rebuilds the base
// (scanning it costs about a nanosecond an entry; a variable for the
// tests).
var minOver = 2048

func newDynSim(lookups bool) *dynSim {
	return &dynSim{group: map[uint64]int32{}, lookups: lookups, inOver: map[uint64]bool{}, ghost: map[uint64]bool{}}
}

// add puts entry i in the group of h (none for 0) and returns the group
// and whether it is new.
func (x *dynSim) add(h uint64, i int32) (int32, bool) {
	if h == 0 {
		return -1, false
	}
	if g, ok := x.group[h]; ok {
		x.members[g] = append(x.members[g], i)
		return g, false
	}
	var g int32
	if n := len(x.free); n > 0 {
		g, x.free = x.free[n-1], x.free[:n-1]
		x.vals[g], x.members[g] = h, append(x.members[g][:0], i)
	} else {
		g = int32(len(x.vals))
		x.vals, x.members, x.inBase = append(x.vals, h), append(x.members, []int32{i}), append(x.inBase, false)
	}
	x.group[h] = g
	x.inBase[g] = x.ghost[h] // a fingerprint in base that left and came back
	delete(x.ghost, h)
	if x.lookups && !x.inOver[h] {
		if !x.inBase[g] {
			x.over = append(x.over, h)
			x.inOver[h] = true
			if !x.loading && len(x.over) > minOver && len(x.over) > x.baseLen()/16 {
				x.rebuild()
			}
		}
	}
	return g, true
}

func (x *dynSim) baseLen() int {
	if x.base == nil {
		return 0
	}
	return len(x.base.vals)
}

// rebuild indexes the live fingerprints in a new base.
func (x *dynSim) rebuild() {
	hs := make([]uint64, 0, len(x.group))
	for h, g := range x.group {
		hs = append(hs, h)
		x.inBase[g] = true
	}
	x.base, x.over = newBaseIndex(hs), nil
	clear(x.inOver)
	clear(x.ghost)
}

// remove takes entry i out of the group of h and returns the group and
// whether it is gone (emptied).
func (x *dynSim) remove(h uint64, i int32) (int32, bool) {
	if h == 0 {
		return -1, false
	}
	g := x.group[h]
	m := x.members[g]
	k := slices.Index(m, i)
	m[k] = m[len(m)-1]
	x.members[g] = m[:len(m)-1]
	if len(m) > 1 {
		return g, false
	}
	delete(x.group, h)
	if x.inBase[g] {
		x.ghost[h] = true
	}
	x.vals[g] = 0
	x.free = append(x.free, g)
	return g, true
}

// dropGroup removes g from gs (order not kept).
func dropGroup(gs []int32, g int32) []int32 {
	k := slices.Index(gs, g)
	gs[k] = gs[len(gs)-1]
	return gs[:len(gs)-1]
}

// near is simIndex.near: every live group but h's own within
// corpusNearBits of h, each once, in no set order.
func (x *dynSim) near(h uint64, fn func(g int32)) {
	if x.base != nil {
		x.base.near(h, -1, func(bg int32) {
			if g, ok := x.group[x.base.vals[bg]]; ok {
				fn(g)
			}
		})
	}
	for _, v := range x.over {
		if d := h ^ v; d != 0 && bits.OnesCount64(d) <= corpusNearBits {
			if g, ok := x.group[v]; ok {
				fn(g)
			}
		}
	}
}

// nearMemo is near with its groups kept for h: an Update asks about the
// same fingerprints as probes and as recomputed entries.
func (x *dynSim) nearMemo(h uint64, fn func(g int32)) {
	gs, ok := x.memo[h]
	if !ok {
		x.near(h, func(g int32) { gs = append(gs, g) })
		if x.memo != nil {
			x.memo[h] = gs
		}
	}
	for _, g := range gs {
		fn(g)
	}
}

// dynLead is leadIndex kept up to date entry by entry: groups of equal
// leads, the groups by chunk key, and each group's sole company key and
// summary, brought up to date for the groups that changed (settle).
type dynLead struct {
	*dynSim
	chunks   map[uint64][]int32 // chunk key -> groups (one per chunk of the group's lead)
	soleKey  []int32            // as leadIndex.soleKey
	sum      []*leadGroup       // summaries of large groups, nil when not made or stale
	dirty    []int32            // groups changed since settle
	nearMemo map[int32][]int32  // nearOf within one Update
}

func (x *dynLead) addLead(v *corpusView, h uint64, i int32) {
	g, fresh := x.add(h, i)
	if g < 0 {
		return
	}
	for int(g) >= len(x.soleKey) {
		x.soleKey, x.sum = append(x.soleKey, 0), append(x.sum, nil)
	}
	if fresh {
		for _, ck := range v.es[i].Sketch.Chunks {
			x.chunks[ck] = append(x.chunks[ck], g)
		}
	}
	x.dirty = append(x.dirty, g)
}

func (x *dynLead) removeLead(v *corpusView, h uint64, i int32) {
	if h == 0 {
		return
	}
	g, gone := x.remove(h, i)
	if gone {
		for _, ck := range v.es[i].Sketch.Chunks { // i's entry is still in v
			if gs := dropGroup(x.chunks[ck], g); len(gs) > 0 {
				x.chunks[ck] = gs
			} else {
				delete(x.chunks, ck)
			}
		}
	}
	x.dirty = append(x.dirty, g)
}

// settle recomputes the sole keys of the groups that changed and drops
// their summaries.
func (x *dynLead) settle(v *corpusView) {
	for _, g := range x.dirty {
		x.sum[g] = nil
		x.soleKey[g] = 0
		for _, j := range x.members[g] {
			switch k := v.keys[j]; {
			case k == 0:
			case x.soleKey[g] == 0:
				x.soleKey[g] = k
			case x.soleKey[g] != k:
				x.soleKey[g] = -1
			}
		}
	}
	x.dirty = x.dirty[:0]
}

// nearOf is leadIndex.nearOf: the other groups whose leads are near group
// g's and whose named members can count for g's.
func (x *dynLead) nearOf(v *corpusView, g int32) []int32 {
	if out, ok := x.nearMemo[g]; ok {
		return out
	}
	a := &v.es[x.members[g][0]].Sketch
	var out []int32
	for k, ck := range a.Chunks {
		for _, h := range x.chunks[ck] {
			if h == g || x.soleKey[h] == 0 || (x.soleKey[g] > 0 && x.soleKey[h] == x.soleKey[g]) {
				continue
			}
			b := &v.es[x.members[h][0]].Sketch
			if chunkShared(a, b, k) {
				continue // found at an earlier chunk
			}
			if leadsNear(a, b) {
				out = append(out, h)
			}
		}
	}
	if x.nearMemo != nil {
		x.nearMemo[g] = out
	}
	return out
}

// finding is leadIndex.finding: f.copiedLead for entry i.
func (x *dynLead) finding(v *corpusView, f *reuseFinding, i int32) { copiedLead(x, v, f, i) }

func (x *dynLead) groupOf(lead uint64) (int32, bool) { g, ok := x.group[lead]; return g, ok }
func (x *dynLead) sole(g int32) int32                { return x.soleKey[g] }
func (x *dynLead) groupMembers(g int32) []int32      { return x.members[g] }

// summary is leadIndex.summary: group g's summary, made once until the
// group changes (settle).
func (x *dynLead) summary(v *corpusView, g int32, m []int32) *leadGroup {
	if x.sum[g] == nil {
		x.sum[g] = newLeadGroup(v, m)
	}
	return x.sum[g]
}
