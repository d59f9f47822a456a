package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/index"
	"github.com/gigscout/gigscout/internal/ingest"
	"github.com/gigscout/gigscout/internal/store"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/normalize"
	"github.com/gigscout/gigscout/internal/redflag"
)

// BenchmarkBuildListing: what ingest spends on one generated listing
// before the store (the Greenhouse adapter's posting, normalize, the
// red-flag engine), on one core; ns/op is per listing. Profile it with
// -cpuprofile to see which rules cost.
func BenchmarkBuildListing(b *testing.B) { benchBuild(b, true) }

// BenchmarkNormalizeGenerated: normalize alone on the same postings. Both
// report cpu-ns/op (the process's CPU time a listing) beside ns/op:
//
//	go test -run '^$' -bench NormalizeGenerated -benchtime 2000x -count 5 ./cmd/gigbench/
func BenchmarkNormalizeGenerated(b *testing.B) { benchBuild(b, false) }

// benchPostings returns 2,000 generated postings and the default rules,
// warmed by one posting: the one-time set-up is done before the clocks.
func benchPostings() ([]model.Posting, *redflag.Engine, normalize.Options) {
	now := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	c := &corpus{N: 2000, BoardSize: 100, Now: now}
	eng, opts := defaultRules(now)
	posts := make([]model.Posting, c.N)
	for n := range posts {
		posts[n] = generatedPosting(c, n/c.BoardSize, n%c.BoardSize)
	}
	warm := posts[0]
	eng.Assess(normalize.Normalize(&warm, opts))
	return posts, eng, opts
}

// benchBuild normalizes (and with assess, assesses) one generated posting
// an iteration, cycling through 2,000 of them.
func benchBuild(b *testing.B, assess bool) {
	posts, eng, opts := benchPostings()
	b.ReportAllocs()
	n := 0
	cpu0 := processCPU()
	for b.Loop() {
		p := posts[n%len(posts)]
		n++
		l := normalize.Normalize(&p, opts)
		if assess {
			eng.Assess(l)
		}
	}
	// The process's CPU time an iteration (getrusage): steadier than wall
	// time on a shared machine.
	b.ReportMetric(float64(processCPU()-cpu0)/float64(b.N), "cpu-ns/op")
}

// BenchmarkIngestPipeline: the ingest pipeline in process (no HTTP): four
// runs at once (the shipped parallelism), each putting its board's
// generated postings in batches of 200 into one store and index, as
// `gigscout crawl` does after the fetch. GIGBENCH_INGEST_N sets the
// listings (default 4,000, boards of 1,000). Reports listings/s, CPU-ms a
// listing and cores, and what the write side made of each listing:
// seqs/listing (the store's changes: the listing's own, its duplicate
// links', its cross-listing flags') and indexed/listing (the documents
// Bleve indexed: above 1, a listing was indexed again); run it with
// -benchtime 1x.
func BenchmarkIngestPipeline(b *testing.B) {
	n := 4000
	if v, err := strconv.Atoi(os.Getenv("GIGBENCH_INGEST_N")); err == nil && v >= 100 {
		n = v
	}
	now := time.Now().UTC().Truncate(time.Hour)
	c := &corpus{N: n, BoardSize: 1000, Now: now}
	boards := (n + c.BoardSize - 1) / c.BoardSize
	posts := make([][]model.Posting, boards)
	for bd := range boards {
		for i := 0; i < c.BoardSize && bd*c.BoardSize+i < n; i++ {
			posts[bd] = append(posts[bd], generatedPosting(c, bd, i))
		}
	}
	ctx := context.Background()
	var total, cpu time.Duration
	var stored int
	for b.Loop() {
		dir := b.TempDir()
		st, err := store.Open(ctx, filepath.Join(dir, "gigscout.db"))
		if err != nil {
			b.Fatal(err)
		}
		ix, err := index.Open(filepath.Join(dir, "index.bleve"))
		if err != nil {
			b.Fatal(err)
		}
		eng, norm := defaultRules(time.Time{})
		p := &ingest.Pipeline{Store: st, Index: ix, Engine: eng, Normalize: norm, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
		cpu0, t0 := processCPU(), time.Now()
		sem := make(chan struct{}, 4)
		var wg sync.WaitGroup
		errs := make([]error, boards)
		for bd := range boards {
			wg.Add(1)
			go func() {
				defer wg.Done()
				sem <- struct{}{}
				defer func() { <-sem }()
				run := &crawler.Run{Source: fmt.Sprintf("b%d", bd), Kind: "greenhouse", Status: crawler.StatusOK,
					StartedAt: time.Now(), Seen: map[string]struct{}{}}
				for start := 0; start < len(posts[bd]); start += 200 {
					batch := slices.Clone(posts[bd][start:min(start+200, len(posts[bd]))])
					for _, q := range batch {
						run.Seen[q.ExternalID] = struct{}{}
					}
					run.Fetched += len(batch)
					if err := p.Put(ctx, run, batch); err != nil {
						errs[bd] = err
						return
					}
				}
				run.FinishedAt = time.Now()
				errs[bd] = p.Finish(ctx, run)
			}()
		}
		wg.Wait()
		total += time.Since(t0)
		cpu += processCPU() - cpu0
		if err := errors.Join(errs...); err != nil {
			b.Fatal(err)
		}
		writeHeapProfile(b)
		runtime.KeepAlive(p) // its corpus and caches are in the profile
		all, _, err := st.Count(ctx)
		if err != nil {
			b.Fatal(err)
		}
		stored += all
		if all != n {
			b.Fatalf("stored %d of %d listings", all, n)
		}
		if cnt, _ := ix.Count(); int(cnt) != n {
			b.Fatalf("indexed %d of %d listings", cnt, n)
		}
		if seq, err := st.MaxSeq(ctx); err == nil {
			b.ReportMetric(float64(seq)/float64(n), "seqs/listing")
		}
		if u, ok := ix.ScorchStats()["TotUpdates"].(uint64); ok {
			b.ReportMetric(float64(u)/float64(n), "indexed/listing")
		}
		ix.Close()
		st.Close()
	}
	b.ReportMetric(float64(stored)/total.Seconds(), "listings/s")
	b.ReportMetric(float64(cpu.Microseconds())/1e3/float64(stored), "cpu-ms/listing")
	b.ReportMetric(cpu.Seconds()/total.Seconds(), "cores")
}

// writeHeapProfile writes a heap profile of the pipeline's live state
// (pipeline, store and index still open, after a collection) to the file
// GIGBENCH_HEAPPROFILE names, if it is set: what every GC cycle of a
// long crawl marks.
func writeHeapProfile(b *testing.B) {
	path := os.Getenv("GIGBENCH_HEAPPROFILE")
	if path == "" {
		return
	}
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	runtime.GC()
	if err := pprof.WriteHeapProfile(f); err != nil {
		b.Fatal(err)
	}
}

func processCPU() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
