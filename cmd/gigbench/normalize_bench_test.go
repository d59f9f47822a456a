package main

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/normalize"
)

// BenchmarkNormalizeGenerated: normalize alone on BenchmarkBuildListing's
// generated postings, on one core; ns/op is per listing.
func BenchmarkNormalizeGenerated(b *testing.B) {
	now := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	c := &corpus{N: 2000, BoardSize: 100, Now: now}
	_, opts := defaultRules(now)
	posts := make([]model.Posting, c.N)
	for n := range posts {
		posts[n] = generatedPosting(c, n/c.BoardSize, n%c.BoardSize)
	}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		p := posts[n%len(posts)]
		n++
		normalize.Normalize(&p, opts)
	}
}
