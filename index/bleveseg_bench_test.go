package index

import (
	"testing"

	"github.com/blevesearch/bleve/v2/document"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/gigscout/gigscout/internal/model"
)

// BenchmarkDocumentAnalysis builds and analyzes the documents of 1,000
// realistic listings per op, as a batch does before zapx builds the
// segment (and as Scorch sizes them): through the mapping's walk and
// Bleve's fields (mapped) or through docBuilder (built). Steadier than
// BenchmarkIngestRealistic on a shared machine, for the part of indexing
// docBuilder changes:
//
//	go test -run '^$' -bench DocumentAnalysis -benchmem -count 5 ./index/
func BenchmarkDocumentAnalysis(b *testing.B) {
	cs := make([]model.Change, 1000)
	for i := range cs {
		cs[i] = realisticChange(i)
	}
	m, err := newMapping()
	if err != nil {
		b.Fatal(err)
	}
	analyzeAll := func(d *document.Document) int {
		n := 0
		d.VisitFields(func(f bindex.Field) {
			if f.Options().IsIndexed() {
				f.Analyze()
				n += f.AnalyzedLength()
			}
		})
		return n + d.Size()
	}
	b.Run("mapped", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, c := range cs {
				d := document.NewDocument(c.ID)
				if err := m.MapDocument(d, docOf(c.Listing)); err != nil {
					b.Fatal(err)
				}
				analyzeAll(d)
			}
		}
	})
	b.Run("built", func(b *testing.B) {
		b.ReportAllocs()
		build := builderFor(m)
		for b.Loop() {
			for _, c := range cs {
				analyzeAll(build.document(c.ID, c.Listing))
			}
		}
	})
}
