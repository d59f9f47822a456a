package ingest

import "github.com/gigscout/gigscout/internal/store"

// keptWritten bounds the listings the store keeps for the pipeline's
// read-back (store.WrittenKeeper): those stored and not yet read by the
// index's catch-up and the cross-listing recompute. In a 20,000-listing
// first crawl (cmd/gigbench -ingest-only, 4 boards at a time) that was at
// most 34 MB of JSON (7,500 listings); with 32 MB 99 % of the read-back
// was not decoded (24 MB: 90 %). What is kept stays on the heap, which the
// crawl's collector setting (GOGC 200) lets grow to three times that.
const keptWritten = 32 << 20

// keepWritten asks the store, once, to keep what the pipeline stores: the
// index's catch-up and the cross-listing recompute read it back, and a
// kept listing is not decoded again. The reads still go to the store
// (what another process wrote, or what was written before a restart, is
// read as before).
func (p *Pipeline) keepWritten() {
	p.keepOnce.Do(func() {
		if k, ok := p.Store.(store.WrittenKeeper); ok {
			reads := store.ReadCorpus
			if p.Index != nil {
				reads |= store.ReadChanges
			}
			k.KeepWritten(keptWritten, reads)
		}
	})
}
