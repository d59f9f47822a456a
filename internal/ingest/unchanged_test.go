package ingest

import (
	"context"
	"testing"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/redflag"
)

// TestUnchangedPostingsAreNotRebuilt: a re-crawl builds only the postings
// that changed, reappeared after closing or are new; an unchanged posting
// only has its last_seen moved. Other rule options rebuild everything.
func TestUnchangedPostingsAreNotRebuilt(t *testing.T) {
	h := newHarness(t, "acme")
	step := func(name string, wantBuilt int64, check func(r *crawler.Run) bool) *crawler.Run {
		t.Helper()
		before := h.pipe.built.Load()
		r := h.crawl(t, "acme")
		if got := h.pipe.built.Load() - before; got != wantBuilt || r.Status != crawler.StatusOK || !check(r) {
			t.Fatalf("%s: built %d, want %d; run %+v", name, got, wantBuilt, r)
		}
		return r
	}
	h.boards.set("acme", 1, 2, 3)
	step("first crawl", 3, func(r *crawler.Run) bool { return r.New == 3 })
	step("same postings", 0, func(r *crawler.Run) bool { return r.Unchanged == 3 && r.New == 0 && r.Updated == 0 })
	l, err := h.pipe.Store.Get(context.Background(), h.idOf(t, "acme", 1))
	if err != nil {
		t.Fatal(err)
	}
	if !l.LastSeen.Equal(*h.now) {
		t.Errorf("an unchanged sighting did not move last_seen: %v, now %v", l.LastSeen, *h.now)
	}
	h.boards.set("acme", 1, 2, 4)
	step("one new, one gone", 1, func(r *crawler.Run) bool { return r.New == 1 && r.Unchanged == 2 && r.Closed == 1 })
	h.boards.set("acme", 1, 2, 3, 4)
	step("a closed one back", 1, func(r *crawler.Run) bool { return r.Updated == 1 && r.Unchanged == 3 })
	h.boards.mu.Lock()
	h.boards.company["acme"] = "Acme Analytics"
	h.boards.mu.Unlock()
	step("every posting changed", 4, func(r *crawler.Run) bool { return r.Updated == 4 })
	if n := h.open(t, "acme"); n != 4 {
		t.Errorf("open listings %d, want 4", n)
	}

	// Other options: the same postings are built again, once.
	h.pipe = &Pipeline{Store: h.pipe.Store, Index: h.pipe.Index, Logger: h.pipe.Logger,
		Engine: redflag.New(redflag.Options{FloorHourlyUSD: 30})}
	h.runner.Sink = h.pipe
	step("new options", 4, func(r *crawler.Run) bool { return r.Unchanged == 4 })
	step("new options, again", 0, func(r *crawler.Run) bool { return r.Unchanged == 4 })
}
