package ingest

import "github.com/gigscout/gigscout/internal/model"

// Which listings an incremental recompute hands the store (issue 15).
//
// RecomputeCorpus writes the listings whose cross-listing flags changed,
// those that left, and every listing stored with a change since the run
// before (touched): a touched listing's own flags may have changed, and its
// stored risk combines them with its cross-listing flags. The store then
// read, for each touched listing, whether it holds cross-listing flags or a
// combined risk: a query row a listing, through the listing's whole row
// (the flag columns sit after its data), 12 µs of a crawl's 1.05 ms a
// listing at 60,000 listings, for what is nearly always "none".
//
// The pipeline knows the answer: after a successful write the store holds
// cross-listing flags (and a combined risk) only for listings in
// corpusState.flags (what was last written, before the engine's overrides,
// which only drop flags). A touched listing that had none there and has
// none now has nothing stored and nothing to write (its risk is its own
// flags' alone, written by the upsert), so it is left out; every other id
// goes to the store as before, which still compares and skips what is
// unchanged. Like the rest of RecomputeCorpus this assumes one process
// writes the cross-listing flags (a second writer's flags would already be
// missed by the flags the pipeline compares its findings with).

// corpusWrites returns the ids of ids that the store may have to write:
// those with cross-listing flags wanted now or held before (had: the
// flags last written). ids is not changed.
var corpusWrites = func(ids []string, want map[string][]model.Flag, had map[string]model.Flag) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		_, w := want[id]
		_, h := had[id]
		if w || h {
			out = append(out, id)
		}
	}
	return out
}
