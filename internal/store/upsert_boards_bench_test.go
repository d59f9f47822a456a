package store

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// BenchmarkUpsertBoards: what a crawl's new listings cost the store to
// write, as boards post them: each batch is 200 new listings of one of 60
// boards, each board its own employer (a dedup key of its own) and its
// titles drawn at random (a fingerprint of their own), on a store holding
// 20,000 listings already. Each timed batch starts on an empty WAL (the
// store's connections are one, so the checkpoint is taken on it):
// wal-pages/listing is the pages the batch's transaction wrote to the
// WAL, cpu-ms/listing the process's CPU time in Upsert (its commit
// included), ckpt-ms/listing the CPU time of checkpointing those pages
// into the database afterwards (what SQLite's automatic checkpoint does
// every 1,000 pages inside a commit).
func BenchmarkUpsertBoards(b *testing.B) {
	ctx := context.Background()
	s, _ := MustOpen(b)
	s.KeepWritten(32<<20, ReadChanges|ReadCorpus)
	s.db.SetMaxOpenConns(1)
	var file string
	var seq int
	var name string
	if err := s.db.QueryRowContext(ctx, `PRAGMA database_list`).Scan(&seq, &name, &file); err != nil {
		b.Fatal(err)
	}
	batch := boardBatches(newCrawlListings(21))
	for range 100 {
		if _, err := s.Upsert(ctx, batch()); err != nil {
			b.Fatal(err)
		}
	}
	checkpoint := func() {
		if _, err := s.db.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
			b.Fatal(err)
		}
	}
	var cpu, ckpt time.Duration
	var pages int64
	n := 0
	for b.Loop() {
		b.StopTimer()
		ls := batch()
		checkpoint()
		b.StartTimer()
		c0 := cpuTime()
		if _, err := s.Upsert(ctx, ls); err != nil {
			b.Fatal(err)
		}
		cpu += cpuTime() - c0
		b.StopTimer()
		fi, err := os.Stat(file + "-wal")
		if err != nil {
			b.Fatal(err)
		}
		pages += (fi.Size() - 32) / (4096 + 24)
		c0 = cpuTime()
		checkpoint()
		ckpt += cpuTime() - c0
		b.StartTimer()
		n += len(ls)
	}
	b.ReportMetric(float64(cpu)/1e6/float64(n), "cpu-ms/listing")
	b.ReportMetric(float64(ckpt)/1e6/float64(n), "ckpt-ms/listing")
	b.ReportMetric(float64(pages)/float64(n), "wal-pages/listing")
}

// BenchmarkMigration0016: what migration 0016 costs a SQLite store of
// 20,000 crawl listings made before it (0015's listings_fingerprint and
// listings_open): ms is its wall time, cpu-ms the process's CPU time.
func BenchmarkMigration0016(b *testing.B) {
	ctx := context.Background()
	s, _ := MustOpen(b)
	g := newCrawlListings(5)
	for range 100 {
		if _, err := s.Upsert(ctx, g.batch(200)); err != nil {
			b.Fatal(err)
		}
	}
	var wall, cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		for _, q := range []string{`DROP INDEX listings_fingerprint`, `CREATE INDEX listings_fingerprint ON listings (fingerprint, dedup_key, source) WHERE fingerprint <> ''`,
			`CREATE INDEX listings_open ON listings (source, closed_at)`, `DELETE FROM schema_migrations WHERE version = 16`, `PRAGMA wal_checkpoint(TRUNCATE)`} {
			if _, err := s.db.ExecContext(ctx, q); err != nil {
				b.Fatalf("%s: %v", q, err)
			}
		}
		b.StartTimer()
		t0, c0 := time.Now(), cpuTime()
		if err := s.migrate(ctx); err != nil {
			b.Fatal(err)
		}
		wall += time.Since(t0)
		cpu += cpuTime() - c0
	}
	b.ReportMetric(float64(wall)/1e6/float64(b.N), "ms")
	b.ReportMetric(float64(cpu)/1e6/float64(b.N), "cpu-ms")
}

// boardBatches returns a maker of BenchmarkUpsertBoards's batches: 200 new
// listings of one of 60 boards, each board with its own employer and
// dedup key, the titles distinct.
func boardBatches(g *crawlListings) func() []*model.Listing {
	return func() []*model.Listing {
		board := g.rng.IntN(60)
		ls := g.batch(200)
		for _, l := range ls {
			src := fmt.Sprint("board-", board)
			l.Source, l.ID = src, model.ListingID(src, l.ExternalID)
			l.Company = fmt.Sprint("Employer ", board)
			l.DedupKey = fmt.Sprint("employer ", board, "|US")
			l.Title = fmt.Sprintf("Micro-internship %x", g.rng.Uint64()&0xffffff)
			l.Fingerprint = "fp|" + l.Title
		}
		return ls
	}
}

// BenchmarkUpsertGrouped: would group commit pay (one write transaction
// taking the batches of several crawlers' Puts waiting at the write
// gate)? Each Upsert stores `batches` of BenchmarkUpsertBoards's batches
// (200 new listings of one board each) at once, on a store holding 20,000
// listings, with the WAL's automatic checkpoint as a crawl has it.
// cpu-ms/listing is the process's CPU time in Upsert (commit and
// checkpoints included), writes/listing its write system calls and
// KiB/listing the bytes they wrote (WAL frames and checkpoints).
func BenchmarkUpsertGrouped(b *testing.B) {
	for _, batches := range []int{1, 2, 4} {
		b.Run(fmt.Sprint("batches=", batches), func(b *testing.B) {
			ctx := context.Background()
			s, _ := MustOpen(b)
			s.KeepWritten(32<<20, ReadChanges|ReadCorpus)
			batch := boardBatches(newCrawlListings(21))
			for range 100 {
				if _, err := s.Upsert(ctx, batch()); err != nil {
					b.Fatal(err)
				}
			}
			var cpu time.Duration
			var writes, bytes int64
			n := 0
			for b.Loop() {
				b.StopTimer()
				var ls []*model.Listing
				for range batches {
					ls = append(ls, batch()...)
				}
				w0, c0, _ := procIO()
				b.StartTimer()
				t0 := cpuTime()
				if _, err := s.Upsert(ctx, ls); err != nil {
					b.Fatal(err)
				}
				cpu += cpuTime() - t0
				b.StopTimer()
				w1, c1, _ := procIO()
				writes += w1 - w0
				bytes += c1 - c0
				b.StartTimer()
				n += len(ls)
			}
			b.ReportMetric(float64(cpu)/1e6/float64(n), "cpu-ms/listing")
			b.ReportMetric(float64(writes)/float64(n), "writes/listing")
			b.ReportMetric(float64(bytes)/1024/float64(n), "KiB/listing")
		})
	}
}
