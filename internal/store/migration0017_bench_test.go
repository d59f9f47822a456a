package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkMigration0017: what migration 0017 (data last: the listings
// table rebuilt) costs a SQLite store of 20,000 crawl listings made by
// migrations 0001-0016: ms is its wall time, cpu-ms the process's CPU
// time, per store; free-MB the database's free pages after it (the old
// table's, which later writes reuse and VACUUM gives back) and db-MB its
// pages in all.
func BenchmarkMigration0017(b *testing.B) {
	ctx := context.Background()
	var wall, cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		path := filepath.Join(b.TempDir(), fmt.Sprint("old", wall, ".db"))
		s, _ := openSchemaAt(b, path, 16)
		g := newCrawlListings(5)
		for range 100 {
			if _, err := s.Upsert(ctx, g.batch(200)); err != nil {
				b.Fatal(err)
			}
		}
		if _, err := s.db.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		t0, c0 := time.Now(), cpuTime()
		if err := s.migrateTo(ctx, 17); err != nil {
			b.Fatal(err)
		}
		wall += time.Since(t0)
		cpu += cpuTime() - c0
		b.StopTimer()
		var pages, free, size int64
		for q, v := range map[string]*int64{`PRAGMA page_count`: &pages, `PRAGMA freelist_count`: &free, `PRAGMA page_size`: &size} {
			if err := s.db.QueryRowContext(ctx, q).Scan(v); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(free*size)/(1<<20), "free-MB")
		b.ReportMetric(float64(pages*size)/(1<<20), "db-MB")
		b.StartTimer()
	}
	b.ReportMetric(float64(wall)/1e6/float64(b.N), "ms")
	b.ReportMetric(float64(cpu)/1e6/float64(b.N), "cpu-ms")
}
