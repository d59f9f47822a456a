package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// BenchmarkNormspeed5CPU: Normalize's CPU time a listing (cpu-ns/op, from
// getrusage: steadier than wall time on a shared machine) on the package
// benchmark's posting ("bench"), desc.html, large.html and every shared
// fixture description in turn ("fixtures": distinct texts, so no cache of
// the last text helps; skipped without ../shared).
//
//	go test -run '^$' -bench Normspeed5CPU -benchtime 2000x -count 3 ./internal/normalize/
func BenchmarkNormspeed5CPU(b *testing.B) {
	run := func(b *testing.B, ps []*model.Posting) {
		cpu0 := rs4CPU()
		n := 0
		for b.Loop() {
			Normalize(ps[n%len(ps)], testOpts)
			n++
		}
		b.ReportMetric(float64(rs4CPU()-cpu0)/float64(b.N), "cpu-ns/op")
	}
	b.Run("bench", func(b *testing.B) {
		run(b, []*model.Posting{{Source: "demo", ExternalID: "1", Title: "Micro-Internship: Data Analyst", Company: "Acme, Inc.",
			Locations: []string{"Remote - US"}, DescriptionHTML: benchHTML, URL: "https://x.com/j?utm_source=a", Tags: []string{"python"}}})
	})
	b.Run("desc", func(b *testing.B) { run(b, []*model.Posting{descPosting(readTestdata(b, "desc.html"))}) })
	b.Run("large", func(b *testing.B) { run(b, []*model.Posting{descPosting(readTestdata(b, "large.html"))}) })
	b.Run("fixtures", func(b *testing.B) {
		var ps []*model.Posting
		for _, s := range fixtureTexts(b) {
			ps = append(ps, descPosting(s))
		}
		run(b, ps)
	})
}
