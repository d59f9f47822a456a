package ingest

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"testing"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/index"
	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/redflag"
	"github.com/gigscout/gigscout/internal/store"
)

// TestKeptReadBackCatchesUp: the store keeps what the pipeline stores
// (store.WrittenKeeper), and the index still follows the store, not the
// pipeline: listings stored while no index was open (a crash between
// store and index, or a `gigscout crawl` beside `serve`) are indexed by
// the next catch-up, as are those another process stored and rewrote, and
// the index's seq reaches the store's.
func TestKeptReadBackCatchesUp(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	openStore := func() store.Store {
		st, err := store.Open(ctx, filepath.Join(dir, "db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	}
	posts := func(src string, from, to int, note string) []model.Posting {
		var out []model.Posting
		for i := from; i < to; i++ {
			out = append(out, model.Posting{Source: src, Kind: "greenhouse", ExternalID: fmt.Sprint(i), URL: fmt.Sprint("https://x.test/", src, "/", i),
				Title: fmt.Sprint("Survey analysis micro-internship ", i), Company: "Acme " + src, Locations: []string{"Remote (United States)"},
				DescriptionHTML: fmt.Sprintf("<p>Clean survey answers and chart weekly sign-ups, task %d. %s We pay $300 for about 15 hours over three weeks.</p>", i%4, note)})
		}
		return out
	}
	put := func(p *Pipeline, src string, batches ...[]model.Posting) {
		run := &crawler.Run{Source: src, Status: crawler.StatusOK, Seen: map[string]struct{}{}}
		for _, b := range batches {
			for _, po := range b {
				run.Seen[po.ExternalID] = struct{}{}
			}
			if err := p.Put(ctx, run, b); err != nil {
				t.Fatal(err)
			}
		}
		if err := p.Finish(ctx, run); err != nil {
			t.Fatal(err)
		}
	}
	ours, theirs := openStore(), openStore()
	eng := redflag.New(redflag.Options{})
	// Stored with no index open: kept, never read back by an index.
	put(&Pipeline{Store: ours, Engine: eng, Logger: log}, "a", posts("a", 0, 40, ""), posts("a", 40, 80, ""))
	ix, err := index.Open(filepath.Join(dir, "idx"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	p := &Pipeline{Store: ours, Index: ix, Engine: eng, Logger: log}
	check := func(step string) {
		t.Helper()
		all, _, err := ours.Count(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if n, _ := ix.Count(); int(n) != all {
			t.Errorf("%s: indexed %d listings, stored %d", step, n, all)
		}
		seq, _ := ours.MaxSeq(ctx)
		if got, _ := ix.Seq(); got != seq {
			t.Errorf("%s: index at seq %d, store at %d", step, got, seq)
		}
	}
	if _, err := p.CatchUp(ctx); err != nil {
		t.Fatal(err)
	}
	check("caught up")
	// Another process rewrites some of ours and adds its own; we go on.
	put(&Pipeline{Store: theirs, Engine: eng, Logger: log}, "a", posts("a", 0, 30, "Now with weekend shifts."), posts("a", 30, 80, ""))
	put(&Pipeline{Store: theirs, Engine: eng, Logger: log}, "b", posts("b", 0, 50, ""))
	put(p, "c", posts("c", 0, 60, ""), posts("c", 60, 90, "Bring a laptop."))
	check("after both")
	// What the index holds of a listing the other process rewrote is
	// that process's version.
	id := model.ListingID("a", "3")
	l, err := ours.Get(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	res, err := ix.Search(ctx, index.Query{Text: "weekend", Limit: 100, IncludeFlagged: true, IncludeClosed: true})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, h := range res.Hits {
		found = found || h.ID == id
	}
	if !found || l.Text == "" {
		t.Errorf("listing %s rewritten by another process not found by its new text (%d hits)", id, len(res.Hits))
	}
}
