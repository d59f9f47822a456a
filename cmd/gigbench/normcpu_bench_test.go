package main

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/normalize"
)

// BenchmarkNormalizeGeneratedCPU is BenchmarkNormalizeGenerated with the
// process's CPU time a listing (cpu-ns/op, from getrusage: steadier than
// wall time on a shared machine). One listing is normalized before the
// clock starts, so the package's one-time set-up is not counted.
//
//	go test -run '^$' -bench NormalizeGeneratedCPU -benchtime 2000x -count 5 ./cmd/gigbench/
func BenchmarkNormalizeGeneratedCPU(b *testing.B) {
	now := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	c := &corpus{N: 2000, BoardSize: 100, Now: now}
	_, opts := defaultRules(now)
	posts := make([]model.Posting, c.N)
	for n := range posts {
		posts[n] = generatedPosting(c, n/c.BoardSize, n%c.BoardSize)
	}
	normalize.Normalize(&posts[0], opts)
	b.ReportAllocs()
	n := 0
	cpu0 := processCPU()
	for b.Loop() {
		normalize.Normalize(&posts[n%len(posts)], opts)
		n++
	}
	b.ReportMetric(float64(processCPU()-cpu0)/float64(b.N), "cpu-ns/op")
}
