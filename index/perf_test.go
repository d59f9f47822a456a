package index

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// BenchmarkSearchShapes runs the API's request shapes (facets and
// highlighting on, as the API asks) over 5,000 listings with ~120-word
// texts.
func BenchmarkSearchShapes(b *testing.B) {
	ctx := context.Background()
	x := mustOpen(b)
	cs := shapeListings(5000)
	if err := x.Apply(cs); err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		q    Query
	}{
		{"one word", Query{Text: "data"}},
		{"three words", Query{Text: "remote data project"}},
		{"three words+3 filters", Query{Text: "remote data project", Remote: []string{"remote"}, Type: []string{"internship"}, Paid: true}},
		{"phrase", Query{Text: `"social media"`}},
		{"filters only", Query{Remote: []string{"remote"}, Type: []string{"internship"}, Paid: true}},
		{"sort newest", Query{Text: "marketing", Sort: SortNewest}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			q := bc.q
			q.Facets, q.Highlight = true, true
			cpu0 := cpuTime()
			for b.Loop() {
				if _, err := x.Search(ctx, q); err != nil {
					b.Fatal(err)
				}
			}
			// CPU time varies less than wall time on a shared machine.
			b.ReportMetric(float64(cpuTime()-cpu0)/1e6/float64(b.N), "cpu-ms/op")
		})
	}
}

// TestFacetCacheFollowsChanges: a filter-only request's facets come from
// the cache until the index changes, then from the new index.
func TestFacetCacheFollowsChanges(t *testing.T) {
	ctx := context.Background()
	x := mustOpen(t)
	a := mk(1, "Data intern", "remote", "project", []string{"Python"}, 25, model.SeverityLow)
	if err := x.Apply([]model.Change{{Seq: 1, ID: a.ID, Listing: a}}); err != nil {
		t.Fatal(err)
	}
	q := Query{Remote: []string{"remote"}, Facets: true}
	count := func() int {
		t.Helper()
		res, err := x.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range res.Facets["type"] {
			if f.Value == "project" {
				return f.Count
			}
		}
		return 0
	}
	if n := count(); n != 1 {
		t.Fatalf("first search: %d projects", n)
	}
	if n := count(); n != 1 { // from the cache
		t.Fatalf("cached search: %d projects", n)
	}
	b := mk(2, "Design intern", "remote", "project", nil, 0, model.SeverityLow)
	if err := x.Apply([]model.Change{{Seq: 2, ID: b.ID, Listing: b}}); err != nil {
		t.Fatal(err)
	}
	if n := count(); n != 2 {
		t.Fatalf("after a change: %d projects, want 2 (stale cache)", n)
	}
	q.Type = []string{"project"} // another request: its own entry
	if n := count(); n != 2 {
		t.Fatalf("disjunctive type facet: %d", n)
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// shapeListings makes n listings of the search benchmarks: two-word titles
// and ~120-word texts over a 40-word vocabulary, facets in rotation.
func shapeListings(n int) []model.Change {
	rng := rand.New(rand.NewPCG(5, 6))
	vocab := strings.Fields("data analysis project remote students marketing social media research design python sql report dashboard clean survey " +
		"weekly mentor feedback portfolio deliver team write test build review video edit translate grant audit search ranking invoices budget")
	cs := make([]model.Change, 0, n)
	for i := range n {
		l := mk(i, vocab[rng.IntN(len(vocab))]+" "+vocab[rng.IntN(len(vocab))]+" intern", []string{"remote", "onsite", "hybrid"}[i%3],
			[]string{"internship", "project", "contract"}[i%3], []string{"Python", "SQL", "Figma"}[:1+i%3], float64(i%40), model.SeverityLow)
		var w []string
		for range 120 {
			w = append(w, vocab[rng.IntN(len(vocab))])
		}
		l.Text = strings.Join(w, " ")
		l.ID = fmt.Sprintf("d%05d", i)
		cs = append(cs, model.Change{Seq: int64(i + 1), ID: l.ID, Listing: l})
	}
	return cs
}
