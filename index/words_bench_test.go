package index

import (
	"context"
	"strings"
	"testing"
)

// BenchmarkWordsSearch compares Bleve's searchers (bleve) and wordsSearch
// (words) on the API's word shapes over 20,000 listings of ~120 words,
// with the facets cached (a repeated request or a next page) and counted
// (a first request: the facet cache emptied before each search).
func BenchmarkWordsSearch(b *testing.B) {
	ctx := context.Background()
	x := mustOpen(b)
	cs := shapeListings(20000)
	for i := 0; i < len(cs); i += 2000 {
		if err := x.Apply(cs[i : i+2000]); err != nil {
			b.Fatal(err)
		}
	}
	defer func() { wordsFast = true }()
	for _, text := range []string{"data", "remote data project"} {
		for _, facets := range []string{"cached", "counted"} {
			for _, path := range []string{"bleve", "words"} {
				b.Run(strings.ReplaceAll(text, " ", "_")+"/"+facets+"/"+path, func(b *testing.B) {
					wordsFast = path == "words"
					q := Query{Text: text, Facets: true}
					cpu0 := cpuTime()
					for b.Loop() {
						if facets == "counted" {
							x.gen.Add(1)
						}
						if _, err := x.Search(ctx, q); err != nil {
							b.Fatal(err)
						}
					}
					b.ReportMetric(float64(cpuTime()-cpu0)/1e6/float64(b.N), "cpu-ms/op")
				})
			}
		}
	}
}
