package main

import (
	"sync/atomic"
	"testing"
)

// BenchmarkAssessGeneratedParallel is BenchmarkAssessGenerated on two
// goroutines, as a crawl assesses listings on two cores: per-goroutine
// scratch (sync.Pool entries) that pays off on one goroutine can miss when
// two interleave, which only this benchmark shows. ns/op is per listing.
func BenchmarkAssessGeneratedParallel(b *testing.B) {
	ls, eng := generatedListings(2000)
	b.ReportAllocs()
	var n atomic.Int64
	b.SetParallelism(2)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := n.Add(1)
			l := *ls[int(i)%len(ls)]
			eng.Assess(&l)
		}
	})
}
