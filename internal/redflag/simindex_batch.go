package redflag

import (
	"math/bits"
	"slices"
)

// Batched near lookups. A lookup in a large simIndex probes 1,108 buckets
// (block values), most of them out of cache: in a corpus of 200,000
// fingerprints it cost tens of microseconds, and an Update makes one for
// every listing that changed and for every near copy of one (about 1.3 a
// listing in a crawl). nearBatch answers many lookups at once: it places
// the (bucket, lookup) probes of all of them in runs by the bucket's
// upper byte and reads the runs in turn, so the buckets a run reads are a
// few kilobytes of the tables, read from the nearest cache by all the
// lookups probing them.

// batchChunk is how many lookups nearBatch places in runs together: enough that
// most buckets of a block are probed several times a chunk (the tables
// are then read in sequence), few enough that the probes stay a few
// megabytes.
const batchChunk = 1024

// batchFrom is the number of fingerprints in the base from which Update
// looks them up in batches: in a smaller base most buckets are empty (the
// bucket tables' bitmap skips them, in cache) and a lookup one at a time
// costs about as much as listing its probes (on the generated crawl,
// 16,384 did slightly better than 65,536; a variable for the tests).
var batchFrom = 1 << 14

// maskHigh is how many probe masks of a block have the upper byte high.
type maskHigh struct {
	high uint16
	n    int
}

// maskHighs counts, for each block, the probe masks by their upper byte,
// in the order of blockMasks (ascending, so the masks with one upper byte
// are consecutive there).
var maskHighs = func() (out [simBlocks][]maskHigh) {
	for b, masks := range blockMasks {
		var n [256]int
		for _, m := range masks {
			n[m>>8]++
		}
		for t, k := range n {
			if k > 0 {
				out[b] = append(out[b], maskHigh{uint16(t), k})
			}
		}
	}
	return out
}()

// nearBatch calls fn(q, g) once for every query qs[q] and every group g
// other than its own whose fingerprint is within corpusNearBits of it (as
// near(qs[q], -1, ...) does), in no set order.
//
// For each block, the probes (block value, query) of a chunk of queries
// are put in 256 runs by the block value's upper byte (counted first, then
// placed), and each run is read in turn: the bucket bounds and
// fingerprints of one run's 256 block values are a few kilobytes, which
// stay in the nearest cache while the run's probes read them in any order.
func (x *simIndex) nearBatch(qs []uint64, fn func(q int, g int32)) {
	if x.start[0] == nil {
		for q, h := range qs {
			x.near(h, -1, func(g int32) { fn(q, g) })
		}
		return
	}
	most := 0
	for _, m := range blockMasks {
		most = max(most, len(m))
	}
	probes := make([]uint32, min(len(qs), batchChunk)*most) // block value << probeQBits | query (corpusspeed8)
	for at := 0; at < len(qs); at += batchChunk {
		chunk := qs[at:min(at+batchChunk, len(qs))]
		for b := range simBlocks {
			st, ordg, ordv, used, masks := x.start[b], x.ordg[b], x.ordv[b], &x.used[b], blockMasks[b]
			// Room for every probe of a run, used bucket or not (counted
			// by the masks' upper bytes), then the used ones placed.
			var start, fill [257]int
			for _, h := range chunk {
				hi := block(h, b) >> 8
				for _, tc := range maskHighs[b] {
					start[(hi^tc.high)+1] += tc.n
				}
			}
			for i := range 256 {
				start[i+1] += start[i]
			}
			fill = start
			for q, h := range chunk {
				own := block(h, b)
				ms := masks
				for _, tc := range maskHighs[b] { // the masks sorted: one upper byte at a time
					run := own>>8 ^ tc.high
					f := fill[run]
					for _, m := range ms[:tc.n] {
						v := own ^ m
						if used[v>>6]&(1<<(v&63)) != 0 {
							probes[f] = uint32(v)<<probeQBits | uint32(q)
							f++
						}
					}
					fill[run], ms = f, ms[tc.n:]
				}
			}
			for run := range 256 {
				for _, p := range probes[start[run]:fill[run]] {
					v, q := p>>probeQBits, int(p&(1<<probeQBits-1))
					h := chunk[q]
					for k := st[v]; k < st[v+1]; k++ {
						d := h ^ ordv[k]
						if bits.OnesCount64(d) > corpusNearBits || d == 0 || foundEarlier(d, b) {
							continue
						}
						fn(at+q, ordg[k])
					}
				}
			}
		}
	}
}

// memoNear fills the memo of nearMemo for the fingerprints hs (those
// already held or 0 skipped) in one batch (see nearBatch): what a
// following nearMemo of any of them calls fn with.
func (x *dynSim) memoNear(hs []uint64) {
	if x.memo == nil || x.base == nil || len(x.base.vals) < batchFrom {
		return // lookups one at a time cost no more
	}
	var qs []uint64
	seen := make(map[uint64]bool, len(hs))
	for _, h := range hs {
		if _, ok := x.memo[h]; h != 0 && !ok && !seen[h] {
			seen[h] = true
			qs = append(qs, h)
		}
	}
	if len(qs) == 0 {
		return
	}
	found := make([][]int32, len(qs))
	x.base.nearBatch(qs, func(q int, bg int32) {
		if g, ok := x.group[x.base.vals[bg]]; ok {
			found[q] = append(found[q], g)
		}
	})
	over := x.overIndex()
	over.nearBatch(qs, func(q int, og int32) {
		if g, ok := x.group[over.vals[og]]; ok {
			found[q] = append(found[q], g)
		}
	})
	for q, h := range qs {
		x.memo[h] = found[q]
	}
}

// overIndex is a simIndex of the fingerprints made since the last rebuild
// (over): looked up in a batch, like the base.
func (x *dynSim) overIndex() *simIndex {
	return newSimIndex(x.over)
}

// memoProbes fills the lookup memos for what affected looks up of probes.
func (c *Corpus) memoProbes(probes []CorpusEntry) {
	tx, ix := make([]uint64, 0, len(probes)), make([]uint64, 0, len(probes))
	for i := range probes {
		if e := &probes[i]; e.TextLen >= minReuseText {
			tx = append(tx, e.TextSim)
		}
		if e := &probes[i]; e.InfoLen >= minReuseInfo {
			ix = append(ix, e.InfoSim)
		}
	}
	c.tx.memoNear(tx)
	c.ix.memoNear(ix)
}

// memoSlots fills the lookup memos for what flagOf looks up of slots.
func (c *Corpus) memoSlots(slots []int32) {
	tx, ix := make([]uint64, 0, len(slots)), make([]uint64, 0, len(slots))
	for _, s := range slots {
		tx, ix = append(tx, c.c.texts[s]), append(ix, c.c.infos[s])
	}
	c.tx.memoNear(tx)
	c.ix.memoNear(ix)
}

// reserve makes room for n more slots, doubling the slot slices when they
// are full (append grows a large slice by a quarter, and copying the
// entries, a few hundred bytes each, took a sizeable share of a growing
// corpus's updates).
func (c *Corpus) reserve(n int) {
	v := &c.c
	if need := len(v.es) + n - len(c.free); need > cap(v.es) {
		n = max(need, 2*cap(v.es)) - len(v.es)
		v.es, v.keys, v.texts, v.infos = slices.Grow(v.es, n), slices.Grow(v.keys, n), slices.Grow(v.texts, n), slices.Grow(v.infos, n)
		v.leads, v.fprints, v.ident = slices.Grow(v.leads, n), slices.Grow(v.fprints, n), slices.Grow(v.ident, n)
	}
}
