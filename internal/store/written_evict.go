package store

import "slices"

// Which listings a full written cache (written.go) drops. It
// dropped its oldest, which suits reads that follow the writes closely:
// the cross-listing recompute reads a batch's listings soon after they are
// stored. The index's catch-up does not: with several runs building at
// once it fell behind (in a 60,000-listing first crawl, cmd/gigbench
// -ingest-only with 4 boards at a time, up to 25,000 changes behind the
// store), and once it was further behind than the cache holds (about
// 7,400 listings in 32 MB) the listings it read next were always those
// just dropped: every change it read was decoded from its JSON again
// (json.Unmarshal, 2 to 3.6 % of that crawl's CPU), while the cache held
// listings it would reach only after they too were dropped.
//
// So a full cache drops, in this order:
//   - the listings every read has gone past without taking them
//     (passSlack listings later), oldest first: a listing rewritten before
//     it was read, one closed before the recompute read it, or one a
//     change-feed read took from the store because most of its rows were
//     not kept; none would be read from the cache;
//   - the newest of the listings the recompute has read and the change
//     feed has not: the feed reads in seq order, so those it would reach
//     last;
//   - then, as before, the oldest.
// The recompute still finds every listing it reads soon after the write,
// and a change feed that falls behind by L listings with C kept finds
// about C of every L, where it found none.

// passSlack is how many listings (in the order they were kept) a read may
// take past a kept one before that one counts as passed: concurrent
// Upserts keep their batches in the order their commits return, not always
// in seq order, and a cross-listing flag or a duplicate link moves a
// listing's seq (the feed reads it later) without changing its content.
const passSlack = 4096

// readIndex is a read's place in writtenCache.taken.
func readIndex(r ReadBack) int {
	if r == ReadCorpus {
		return 1
	}
	return 0
}

// noteTaken records that reader took the listing kept as e (already
// marked read by it), and whether e now waits for the change feed alone;
// c.mu is held.
func (c *writtenCache) noteTaken(reader ReadBack, hash string, e writtenEntry) {
	i := readIndex(reader)
	c.taken[i] = max(c.taken[i], e.gen)
	if c.readers&^e.read == ReadChanges {
		c.feedOnly = append(c.feedOnly, keyGen{hash, e.gen})
		if len(c.feedOnly) > 2*len(c.m)+1024 {
			c.feedOnly = slices.DeleteFunc(c.feedOnly, func(k keyGen) bool { return !c.waitsForFeed(k) })
		}
	}
}

// waitsForFeed reports whether k is kept and waits for the change feed
// alone; c.mu is held.
func (c *writtenCache) waitsForFeed(k keyGen) bool {
	e, ok := c.m[k.key]
	return ok && e.gen == k.gen && c.readers&^e.read == ReadChanges
}

// passed reports whether every read e waits for has taken listings kept
// well after it (passSlack) without taking e; c.mu is held.
func (c *writtenCache) passed(e writtenEntry) bool {
	for _, r := range [...]ReadBack{ReadChanges, ReadCorpus} {
		if c.readers&r == 0 || e.read&r != 0 {
			continue
		}
		if c.taken[readIndex(r)] <= e.gen+passSlack {
			return false
		}
	}
	return true
}

// makeRoom drops kept listings until n more bytes fit, the passed ones
// (oldest first) and then the newest of those waiting for the change feed
// alone; evict drops the oldest if that was not enough. c.mu is held.
func (c *writtenCache) makeRoom(n int64) {
	for c.size+n > c.max && c.head < len(c.order) {
		k := c.order[c.head]
		if e, ok := c.m[k.key]; ok && e.gen == k.gen {
			if !c.passed(e) {
				break
			}
			c.size -= e.n
			delete(c.m, k.key)
		}
		c.order[c.head] = keyGen{}
		c.head++
	}
	for c.size+n > c.max && len(c.feedOnly) > 0 {
		k := c.feedOnly[len(c.feedOnly)-1]
		c.feedOnly = c.feedOnly[:len(c.feedOnly)-1]
		if c.waitsForFeed(k) {
			c.size -= c.m[k.key].n
			delete(c.m, k.key)
		}
	}
}
