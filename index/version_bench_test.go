package index

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// BenchmarkBleveBuildAndShapes builds an index of GIGSCOUT_BLEVE_N
// listings (~250-word texts from a 60-word vocabulary, six facet fields)
// and measures the build rate, the size on disk and the search shapes'
// p50/p99 twice: on a many-segment index (written 50 listings per Apply,
// searched at once) and after the merges settle. Run it with each Bleve
// version to compare them (docs/BENCHMARKS.md):
//
//	GIGSCOUT_BLEVE_N=50000 go test -run '^$' -bench BleveBuildAndShapes -benchtime 1x ./index/
func BenchmarkBleveBuildAndShapes(b *testing.B) {
	n, _ := strconv.Atoi(os.Getenv("GIGSCOUT_BLEVE_N"))
	if n <= 0 {
		b.Skip("GIGSCOUT_BLEVE_N is not set (listings to index)")
	}
	ctx := context.Background()
	vocab := strings.Fields("data analysis project remote students marketing social media research design python sql report dashboard clean survey " +
		"weekly mentor feedback portfolio deliver team write test build review video edit translate grant audit search ranking invoices budget " +
		"customer interview label images model accuracy pipeline service content calendar schedule posts bookkeeping quickbooks figma tableau spanish")
	sk := []string{"Python", "SQL", "Excel", "Tableau", "Figma", "React", "Go", "Canva", "SEO", "Spanish", "QuickBooks", "Docker"}
	mkDoc := func(i int) model.Change {
		rng := rand.New(rand.NewPCG(uint64(i), 7))
		title := vocab[rng.IntN(len(vocab))] + " " + vocab[rng.IntN(len(vocab))] + " intern"
		l := mk(i, title, []string{"remote", "onsite", "hybrid"}[rng.IntN(3)], []string{"internship", "project", "contract"}[rng.IntN(3)],
			[]string{sk[rng.IntN(len(sk))], sk[rng.IntN(len(sk))]}, float64(rng.IntN(40)), model.SeverityLow)
		w := make([]string, 250)
		for k := range w {
			w[k] = vocab[rng.IntN(len(vocab))]
		}
		l.Text = strings.Join(w, " ")
		l.ID = fmt.Sprintf("d%07d", i)
		l.Source = fmt.Sprintf("b%d", i/1000)
		return model.Change{Seq: int64(i + 1), ID: l.ID, Listing: l}
	}
	shapes := []struct {
		name string
		q    Query
	}{
		{"one word", Query{Text: "data"}},
		{"three words", Query{Text: "remote data project"}},
		{"three words + 3 filters, facets", Query{Text: "remote data project", Remote: []string{"remote"}, Type: []string{"internship"}, Paid: true}},
		{"phrase", Query{Text: `"social media"`}},
		{"filters only", Query{Remote: []string{"remote"}, Type: []string{"internship"}, Paid: true}},
		{"sort newest", Query{Text: "marketing", Sort: SortNewest}},
	}
	measure := func(x *Index, label string) {
		segs := x.segments()
		for _, s := range shapes {
			q := s.q
			q.Facets, q.Highlight = true, true
			var lat []time.Duration
			var total uint64
			for range 40 {
				x.facets = facetCache{} // every request counts its facets
				t := time.Now()
				res, err := x.Search(ctx, q)
				if err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(t))
				total = res.Total
			}
			slices.Sort(lat)
			fmt.Printf("| %s | %s | %d segments | %.1f / %.1f ms | %d hits |\n", label, s.name, segs,
				float64(lat[len(lat)/2])/1e6, float64(lat[len(lat)*99/100])/1e6, total)
		}
	}
	for b.Loop() {
		// One index written in 1,000-listing batches: the build rate.
		dir := b.TempDir()
		x, err := Open(filepath.Join(dir, "idx"))
		if err != nil {
			b.Fatal(err)
		}
		cpu0, t0 := cpuTime(), time.Now()
		for start := 0; start < n; start += BatchSize {
			var cs []model.Change
			for i := start; i < min(n, start+BatchSize); i++ {
				cs = append(cs, mkDoc(i))
			}
			if err := x.Apply(cs); err != nil {
				b.Fatal(err)
			}
		}
		wall, cpu := time.Since(t0), cpuTime()-cpu0
		x.settle(2 * time.Minute)
		fmt.Printf("build: %d docs in %s: %.0f docs/s, %.2f CPU-ms a doc; %.2f KB a doc on disk after merges\n",
			n, wall.Round(time.Millisecond), float64(n)/wall.Seconds(), float64(cpu)/1e6/float64(n), float64(dirBytes(dir))/1024/float64(n))
		measure(x, "merged")
		x.Close()

		// A many-segment index: 50 listings per Apply, searched at once.
		x, err = Open(filepath.Join(b.TempDir(), "idx"))
		if err != nil {
			b.Fatal(err)
		}
		for start := 0; start < n; start += 50 {
			var cs []model.Change
			for i := start; i < min(n, start+50); i++ {
				cs = append(cs, mkDoc(i))
			}
			if err := x.Apply(cs); err != nil {
				b.Fatal(err)
			}
		}
		measure(x, "many segments")
		x.Close()
	}
}

// segments is the number of segments at the index's root.
func (x *Index) segments() int {
	st, _ := x.bleve().StatsMap()["index"].(map[string]any)
	n := 0
	for _, k := range []string{"num_root_filesegments", "num_root_memorysegments"} {
		if v, ok := st[k].(uint64); ok {
			n += int(v)
		}
	}
	return n
}

// settle waits (at most max) until the segment count stops falling.
func (x *Index) settle(max time.Duration) {
	end := time.Now().Add(max)
	last := x.segments()
	for time.Now().Before(end) {
		time.Sleep(2 * time.Second)
		n := x.segments()
		if n == last && n <= 12 {
			return
		}
		last = n
	}
}

func dirBytes(dir string) int64 {
	var n int64
	filepath.Walk(dir, func(_ string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			n += info.Size()
		}
		return nil
	})
	return n
}
