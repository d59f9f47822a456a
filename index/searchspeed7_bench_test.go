package index

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// BenchmarkWordsSearch compares Bleve's searchers (bleve) and wordsSearch
// (words) on the API's word shapes over 20,000 listings of ~120 words,
// with the facets cached (a repeated request or a next page) and counted
// (a first request: the facet cache emptied before each search).
func BenchmarkWordsSearch(b *testing.B) {
	ctx := context.Background()
	x := mustOpen(b)
	rng := rand.New(rand.NewPCG(5, 6))
	vocab := strings.Fields("data analysis project remote students marketing social media research design python sql report dashboard clean survey " +
		"weekly mentor feedback portfolio deliver team write test build review video edit translate grant audit search ranking invoices budget")
	var cs []model.Change
	for i := range 20000 {
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
