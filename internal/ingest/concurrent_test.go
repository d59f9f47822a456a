package ingest

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/crawler/greenhouse"
	"github.com/gigscout/gigscout/index"
	"github.com/gigscout/gigscout/internal/redflag"
	"github.com/gigscout/gigscout/internal/store"
)

// TestConcurrentCrawlsStoreEverything: crawls at the shipped parallelism
// (4) in one process and two more at once from a second process (a
// `gigscout crawl` beside `serve`: another connection pool on the same
// database) write into one store; every run succeeds and every listing is
// stored and indexed.
func TestConcurrentCrawlsStoreEverything(t *testing.T) {
	const boardsN, jobsN, parallelism = 6, 60, 4
	ctx := context.Background()
	dir := t.TempDir()
	b := &boards{jobs: map[string][]int{}, fault: map[string]func(http.ResponseWriter, *http.Request){}, company: map[string]string{}}
	for i := range boardsN {
		ids := make([]int, jobsN)
		for j := range ids {
			ids[j] = i*10000 + j
		}
		b.jobs[fmt.Sprint("board", i)] = ids
	}
	srv := httptest.NewServer(b)
	t.Cleanup(srv.Close)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))

	type proc struct {
		pipe   *Pipeline
		runner *crawler.Runner
	}
	open := func(withIndex bool) proc {
		st, err := store.Open(ctx, filepath.Join(dir, "db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		var ix *index.Index
		if withIndex {
			if ix, err = index.Open(filepath.Join(dir, "idx")); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { ix.Close() })
		}
		col, err := crawler.NewCollector(crawler.Options{UserAgent: "t", AllowPrivate: true,
			Timeout: 10 * time.Second, MaxBody: 4 << 20, MaxRedirects: 3, Parallelism: parallelism})
		if err != nil {
			t.Fatal(err)
		}
		p := &Pipeline{Store: st, Index: ix, Engine: redflag.New(redflag.Options{}), Logger: log}
		return proc{pipe: p, runner: &crawler.Runner{Fetcher: col, Sink: p, Validators: st, Logger: log, BatchSize: 10}}
	}
	serve, beside := open(true), open(false)

	var mu sync.Mutex
	var runs []*crawler.Run
	var wg sync.WaitGroup
	crawlAll := func(p proc, first, last, par int) {
		sem := make(chan struct{}, par)
		for i := first; i < last; i++ {
			src, err := greenhouse.New(crawler.Config{Name: fmt.Sprint("board", i), Board: fmt.Sprint("board", i), BaseURL: srv.URL})
			if err != nil {
				t.Fatal(err)
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				sem <- struct{}{}
				defer func() { <-sem }()
				cctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
				defer cancel()
				run, err := p.runner.Run(cctx, src)
				if err != nil {
					t.Errorf("%s: %v", src.Name(), err)
				}
				mu.Lock()
				runs = append(runs, run)
				mu.Unlock()
			}()
		}
	}
	crawlAll(serve, 0, boardsN-2, parallelism)
	crawlAll(beside, boardsN-2, boardsN, 2)
	wg.Wait()

	for _, r := range runs {
		if r.Status != crawler.StatusOK || r.New != jobsN || r.Errors != 0 {
			t.Errorf("run %s: status %s new %d errors %d %v", r.Source, r.Status, r.New, r.Errors, r.ErrorTexts)
		}
	}
	all, _, err := serve.pipe.Store.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if all != boardsN*jobsN {
		t.Errorf("stored %d listings, want %d", all, boardsN*jobsN)
	}
	if _, err := serve.pipe.CatchUp(ctx); err != nil {
		t.Fatal(err)
	}
	if n, _ := serve.pipe.Index.Count(); n != boardsN*jobsN {
		t.Errorf("indexed %d listings, want %d", n, boardsN*jobsN)
	}
}
