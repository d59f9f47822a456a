package index

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// BenchmarkIngestRealistic indexes GIGSCOUT_INGEST_N realistic listings
// (default 10,000; realisticChange: 150-400 words of English with stop
// words, punctuation, numbers, links, a third with non-ASCII text) in
// Apply calls of BatchSize, as a first crawl does, and reports the CPU
// per listing (user+system of the whole process, merges included):
//
//	go test -run '^$' -bench IngestRealistic -benchtime 1x -count 3 ./index/
func BenchmarkIngestRealistic(b *testing.B) {
	n, _ := strconv.Atoi(os.Getenv("GIGSCOUT_INGEST_N"))
	if n <= 0 {
		n = 10000
	}
	docs := make([]model.Change, n)
	for i := range docs {
		docs[i] = realisticChange(i)
	}
	for b.Loop() {
		x, err := Open(filepath.Join(b.TempDir(), "idx"))
		if err != nil {
			b.Fatal(err)
		}
		cpu0, t0 := rusageCPU(), time.Now()
		for start := 0; start < n; start += BatchSize {
			if err := x.Apply(docs[start:min(start+BatchSize, n)]); err != nil {
				b.Fatal(err)
			}
		}
		if err := x.Close(); err != nil { // waits for the persister
			b.Fatal(err)
		}
		b.ReportMetric(float64(rusageCPU()-cpu0)/1e6/float64(n), "cpu-ms/doc")
		b.ReportMetric(float64(n)/time.Since(t0).Seconds(), "docs/s")
	}
}
