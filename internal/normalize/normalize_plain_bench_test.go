package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// BenchmarkNormalizePlain normalizes the two description files as postings
// with a plain title and no location, employment type or pay field, so
// that every reader falls through to the description (the path the
// description readers sit on; the other Normalize benchmarks decide type and
// place from their title and location first).
func BenchmarkNormalizePlain(b *testing.B) {
	ps := []*model.Posting{
		{Source: "demo", ExternalID: "1", Title: "Data Analyst", Company: "Northwind", DescriptionHTML: readTestdata(b, "desc.html")},
		{Source: "demo", ExternalID: "2", Title: "Operations Coordinator", Company: "Northwind", DescriptionHTML: readTestdata(b, "large.html")},
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range ps {
			Normalize(p, testOpts)
		}
	}
}
