package main

import (
	"sync/atomic"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/normalize"
)

// BenchmarkNormalizeGeneratedParallel is BenchmarkNormalizeGenerated on two
// goroutines, as the ingest pipeline runs normalize: a per-goroutine cache
// (a sync.Pool entry) that pays off on one goroutine can miss when two
// interleave on a processor, which only this benchmark shows.
func BenchmarkNormalizeGeneratedParallel(b *testing.B) {
	now := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	c := &corpus{N: 2000, BoardSize: 100, Now: now}
	_, opts := defaultRules(now)
	posts := make([]model.Posting, c.N)
	for n := range posts {
		posts[n] = generatedPosting(c, n/c.BoardSize, n%c.BoardSize)
	}
	warm := posts[0]
	normalize.Normalize(&warm, opts)
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
