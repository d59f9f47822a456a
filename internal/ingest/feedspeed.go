package ingest

import "github.com/gigscout/gigscout/internal/store"

// keptWritten bounds the listings the store keeps for the pipeline's
// read-back (store.WrittenKeeper): the listings stored since the last
// catch-up (about index.BatchSize) and since the last cross-listing
// recompute (at most maxStoredBeforeRecompute), at a few KB of JSON each.
const keptWritten = 48 << 20

// keepWritten asks the store, once, to keep what the pipeline stores: the
// index's catch-up and the cross-listing recompute read it back, and a
// kept listing is not decoded again. The reads still go to the store
// (what another process wrote, or what was written before a restart, is
// read as before).
func (p *Pipeline) keepWritten() {
	p.keepOnce.Do(func() {
		if k, ok := p.Store.(store.WrittenKeeper); ok {
			k.KeepWritten(keptWritten)
		}
	})
}
