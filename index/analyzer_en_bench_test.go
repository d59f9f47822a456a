package index

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/gigscout/gigscout/internal/model"
)

// BenchmarkIngestRealistic indexes GIGSCOUT_INGEST_N realistic listings
// (default 10,000; realisticChange: 150-400 words of English with stop
// words, punctuation, numbers, links, a third with non-ASCII text) in
// Apply calls of BatchSize, as a first crawl does, with the mapping before
// analyzerName (en: enMapping), with enMapping's fields but analyzerName
// (fast-analyzer), and with the current mapping (current). It reports the
// CPU per listing (user+system of the whole process, merges included) and
// the bytes allocated per listing (steadier than CPU on a shared machine),
// and the index's bytes on disk per listing once closed.
// -count repeats each variant in turn; on a busy machine alternate them:
//
//	go test -c -o /tmp/index.test ./index/
//	for r in 1 2 3; do for v in en fast-analyzer current; do
//		/tmp/index.test -test.run '^$' -test.bench "IngestRealistic/$v\$" -test.benchtime 1x
//	done; done
func BenchmarkIngestRealistic(b *testing.B) {
	n, _ := strconv.Atoi(os.Getenv("GIGSCOUT_INGEST_N"))
	if n <= 0 {
		n = 10000
	}
	docs := make([]model.Change, n)
	for i := range docs {
		docs[i] = realisticChange(i)
	}
	fastAnalyzer := func(tb testing.TB) mapping.IndexMapping {
		m := enMapping(tb).(*mapping.IndexMappingImpl)
		m.DefaultAnalyzer = analyzerName
		for _, p := range m.TypeMapping["listing"].Properties {
			for _, f := range p.Fields {
				if f.Analyzer == en.AnalyzerName {
					f.Analyzer = analyzerName
				}
			}
		}
		return m
	}
	current := func(tb testing.TB) mapping.IndexMapping {
		m, err := newMapping()
		if err != nil {
			tb.Fatal(err)
		}
		return m
	}
	for _, v := range []struct {
		name    string
		mapping func(testing.TB) mapping.IndexMapping
	}{{"en", enMapping}, {"fast-analyzer", fastAnalyzer}, {"current", current}} {
		b.Run(v.name, func(b *testing.B) {
			for b.Loop() {
				dir := filepath.Join(b.TempDir(), "idx")
				idx, err := bleve.NewUsing(dir, v.mapping(b), scorch.Name, scorch.Name, nil)
				if err != nil {
					b.Fatal(err)
				}
				x := &Index{idx: idx}
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				alloc0 := ms.TotalAlloc
				cpu0, t0 := rusageCPU(), time.Now()
				for start := 0; start < n; start += BatchSize {
					if err := x.Apply(docs[start:min(start+BatchSize, n)]); err != nil {
						b.Fatal(err)
					}
				}
				if err := idx.Close(); err != nil { // waits for the persister
					b.Fatal(err)
				}
				b.ReportMetric(float64(rusageCPU()-cpu0)/1e6/float64(n), "cpu-ms/doc")
				runtime.ReadMemStats(&ms)
				b.ReportMetric(float64(ms.TotalAlloc-alloc0)/1e3/float64(n), "alloc-KB/doc")
				b.ReportMetric(float64(n)/time.Since(t0).Seconds(), "docs/s")
				var size int64
				filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
					if err == nil && !d.IsDir() {
						if fi, err := d.Info(); err == nil {
							size += fi.Size()
						}
					}
					return nil
				})
				b.ReportMetric(float64(size)/1e3/float64(n), "disk-KB/doc")
			}
		})
	}
}
