package main

import (
	"sync/atomic"
	"testing"

	"github.com/gigscout/gigscout/internal/normalize"
)

// BenchmarkNormalizeGeneratedParallel is BenchmarkNormalizeGenerated on two
// goroutines, as the ingest pipeline runs normalize: a per-goroutine cache
// (a sync.Pool entry) that pays off on one goroutine can miss when two
// interleave on a processor, which only this benchmark shows.
func BenchmarkNormalizeGeneratedParallel(b *testing.B) {
	posts, _, opts := benchPostings()
	var n atomic.Int64
	b.SetParallelism(2)
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := n.Add(1)
			p := posts[int(i)%len(posts)]
			normalize.Normalize(&p, opts)
		}
	})
}
