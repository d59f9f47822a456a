package ingest

import (
	"context"

	"github.com/gigscout/gigscout/index"
	"github.com/gigscout/gigscout/internal/model"
)

// indexFeed is the store's change feed as the index reads it, less the
// changes that cannot alter a listing's document: a cross-listing recompute
// rewrites a flag's reason and the other listings it names (each takes a
// new seq, for the API and the change feed), while the index holds only
// the flags' ids and the risk. Re-indexing such a listing cost a full
// analysis of its text.
//
// It remembers what it passed on (a hash of the listing's document) and drops a change whose hash it already passed,
// except the last of each read, so the index's seq still reaches the
// store's. The pipeline forgets everything after a failed catch-up: the
// index then re-reads from its own seq and must see those changes.
type indexFeed struct {
	src  index.ChangeSource
	seen map[string]uint64
}

// maxFeedSeen bounds the memory of what was indexed; past it the feed
// starts over (a forgotten listing is only indexed again).
const maxFeedSeen = 1 << 20

func (f *indexFeed) ChangesSince(ctx context.Context, after int64, limit int) ([]model.Change, error) {
	cs, err := f.src.ChangesSince(ctx, after, limit)
	if err != nil || len(cs) == 0 {
		return cs, err
	}
	if f.seen == nil || len(f.seen) > maxFeedSeen {
		f.seen = make(map[string]uint64, len(cs))
	}
	out := cs[:0:0]
	for i, c := range cs {
		if c.Listing == nil {
			delete(f.seen, c.ID)
			out = append(out, c)
			continue
		}
		h := indexedHash(c.Listing)
		if old, ok := f.seen[c.ID]; ok && old == h && h != 0 && i < len(cs)-1 {
			continue
		}
		f.seen[c.ID] = h
		out = append(out, c)
	}
	return out, nil
}

// forget drops what the feed remembers (after a failed catch-up).
func (f *indexFeed) forget() { f.seen = nil }

// indexedHash is a hash of what the index holds of a listing (its
// document: index.DocHash), so flag reasons, evidence and the other
// listings a flag names, which the index does not hold, change nothing.
// (It was a JSON encoding of the whole listing, text included, hashed: a
// third of the feed's CPU.)
func indexedHash(l *model.Listing) uint64 { return index.DocHash(l) }
