package ingest

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gigscout/gigscout/index"
	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store"
)

// BenchmarkCatchUpStore builds a fresh index from the changes of a store
// that a crawl wrote (GIGSCOUT_BENCH_STORE names a COPY of a data
// directory's gigscout.db, e.g. one gigbench -ingest-only left), in
// Apply calls of index.BatchSize as the crawl's catch-up makes them: the
// index's whole share of ingest on the crawl's own listings, without the
// crawl around it. The changes are read first (outside the measure). It
// reports the CPU a change (user+system of the process, merges until
// Close included), the bytes allocated a change, the segments Scorch's
// merger read and the files it wrote, the segments left at Close and the
// index's size on disk. GIGSCOUT_BENCH_N bounds the changes read.
//
//	cp DATA/gigscout.db /tmp/store-copy.db
//	CGO_ENABLED=1 go test -tags sqlite_fts5 -c -o /tmp/ingest.test ./internal/ingest/
//	GIGSCOUT_BENCH_STORE=/tmp/store-copy.db /tmp/ingest.test -test.run '^$' \
//		-test.bench CatchUpStore -test.benchtime 1x -test.count 3
func BenchmarkCatchUpStore(b *testing.B) {
	path := os.Getenv("GIGSCOUT_BENCH_STORE")
	if path == "" {
		b.Skip("GIGSCOUT_BENCH_STORE (a copy of a crawl's gigscout.db) not set")
	}
	limit, _ := strconv.Atoi(os.Getenv("GIGSCOUT_BENCH_N"))
	ctx := context.Background()
	st, err := store.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	var changes []model.Change
	for seq := int64(0); limit <= 0 || len(changes) < limit; {
		cs, err := st.ChangesSince(ctx, seq, index.BatchSize)
		if err != nil {
			b.Fatal(err)
		}
		if len(cs) == 0 {
			break
		}
		changes = append(changes, cs...)
		seq = cs[len(cs)-1].Seq
	}
	st.Close()
	if limit > 0 && len(changes) > limit {
		changes = changes[:limit]
	}
	if len(changes) == 0 {
		b.Fatalf("store %s: no changes", path)
	}
	n := len(changes)
	for b.Loop() {
		dir := filepath.Join(b.TempDir(), "idx")
		x, err := index.Open(dir)
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		alloc0 := ms.TotalAlloc
		cpu0, t0 := benchCPU(), time.Now()
		for start := 0; start < n; start += index.BatchSize {
			if err := x.Apply(changes[start:min(start+index.BatchSize, n)]); err != nil {
				b.Fatal(err)
			}
		}
		stats := x.ScorchStats()
		if err := x.Close(); err != nil { // waits for the persister and the merger
			b.Fatal(err)
		}
		b.ReportMetric(float64(benchCPU()-cpu0)/1e6/float64(n), "cpu-ms/change")
		runtime.ReadMemStats(&ms)
		b.ReportMetric(float64(ms.TotalAlloc-alloc0)/1e3/float64(n), "alloc-KB/change")
		b.ReportMetric(float64(n)/time.Since(t0).Seconds(), "changes/s")
		for _, k := range []string{"TotFileMergeSegments", "TotFileMergeZapEnd", "TotMemMergeSegments", "TotFileSegmentsAtRoot"} {
			if v, ok := stats[k].(uint64); ok {
				b.ReportMetric(float64(v), k)
			}
		}
		var size int64
		filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if fi, err := d.Info(); err == nil {
					size += fi.Size()
				}
			}
			return nil
		})
		b.ReportMetric(float64(size)/1e3/float64(n), "disk-KB/change")
		b.ReportMetric(float64(peakRSS())/(1<<20), "peak-RSS-MB")
	}
}

// peakRSS is the process's high-water resident set (VmHWM), 0 where
// /proc does not say: with the changes read beforehand it bounds what the
// batches add.
func peakRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}

func benchCPU() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
