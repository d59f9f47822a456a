package index

import (
	"context"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
)

// BenchmarkFilterShapes runs searches with filters (facet terms, paid,
// the number and date ranges; facets on, as the API asks) over
// GIGSCOUT_FILTER_N realistic listings (default 10,000; merged into one
// segment), in the relevance
// and newest orders. It reports the process's CPU a search (cpu-ms/op).
// The facet cache answers a repeated request's total and facets: what
// is measured is mostly the page's search, as for a user paging.
//
//	go test -c -o /tmp/index.test ./index/
//	/tmp/index.test -test.run '^$' -test.bench FilterShapes -test.benchtime 200x
func BenchmarkFilterShapes(b *testing.B) {
	n, _ := strconv.Atoi(os.Getenv("GIGSCOUT_FILTER_N"))
	if n <= 0 {
		n = 10000
	}
	ctx := context.Background()
	x := mustOpen(b)
	all := make(memSource, n)
	for i := range all {
		all[i] = realisticChange(i)
	}
	if _, err := x.CatchUp(ctx, all); err != nil {
		b.Fatal(err)
	}
	// One segment: the background merges end before the searches (their
	// CPU is the process's), and both sides of a comparison search alike
	// (how many segments a build leaves varies with timing).
	adv, err := x.idx.Advanced()
	if err != nil {
		b.Fatal(err)
	}
	if s, ok := adv.(*scorch.Scorch); ok {
		if err := s.ForceMerge(ctx, &mergeplan.SingleSegmentMergePlanOptions); err != nil {
			b.Fatal(err)
		}
	}
	week := *all[n-7*24].Listing.PostedAt // the newest week of listings
	deadline := time.Date(2027, 2, 1, 0, 0, 0, 0, time.UTC)
	facets := func(q Query) Query {
		q.Remote, q.Type, q.Paid = []string{"remote"}, []string{"internship"}, true
		return q
	}
	for _, s := range []struct {
		name string
		q    Query
	}{
		{"filters_only", facets(Query{})},
		{"facets", facets(Query{Text: "weekly report"})},
		{"posted_week", Query{PostedAfter: week}},
		{"words_posted_week", Query{Text: "dashboard", PostedAfter: week}},
		{"min_hourly", Query{MinHourlyUSD: 19.99}},
		{"words_ranges", Query{Text: "survey", MinHourlyUSD: 15, MaxHours: 20, DeadlineAfter: deadline}},
		{"all_filters_newest", facets(Query{Text: "dataset", Sort: SortNewest, MinHourlyUSD: 10, PostedAfter: week.AddDate(0, -2, 0)})},
	} {
		b.Run(s.name, func(b *testing.B) {
			q := s.q
			q.Facets = true
			cpu0 := cpuTime()
			for b.Loop() {
				if _, err := x.Search(ctx, q); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(cpuTime()-cpu0)/1e6/float64(b.N), "cpu-ms/op")
		})
	}
}
