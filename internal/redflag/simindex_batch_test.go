package redflag

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// clusteredSims is n fingerprints: a share random, the rest near or exact
// copies of earlier ones (1 to 16 bits apart, so both sides of the window
// occur), as a corpus of copied ads holds.
func clusteredSims(r *rand.Rand, n int) []uint64 {
	hs := make([]uint64, 0, n)
	for len(hs) < n {
		switch k := r.IntN(10); {
		case len(hs) == 0 || k < 6:
			hs = append(hs, r.Uint64())
		case k < 7:
			hs = append(hs, hs[r.IntN(len(hs))])
		case k < 8:
			hs = append(hs, flipBits(r, hs[r.IntN(len(hs))], corpusNearBits+r.IntN(2)))
		default:
			hs = append(hs, flipBits(r, hs[r.IntN(len(hs))], 1+r.IntN(16)))
		}
	}
	return hs
}

// BenchmarkSimIndexNear: near lookups against an index of n
// fingerprints, a batch of 4,096 (the probes of an Update at 65,536
// listings and more) one at a time (ref) and together (batch); ns/op is
// per lookup.
func BenchmarkSimIndexNear(b *testing.B) {
	for _, n := range []int{20000, 200000, 1000000} {
		r := rand.New(rand.NewPCG(7, 8))
		x := newSimIndex(clusteredSims(r, n))
		qs := clusteredSims(r, 4096)
		b.Run(fmt.Sprintf("n=%d/ref", n), func(b *testing.B) {
			found := 0
			for b.Loop() {
				for _, h := range qs {
					x.near(h, -1, func(int32) { found++ })
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(qs)), "ns/lookup")
		})
		b.Run(fmt.Sprintf("n=%d/batch", n), func(b *testing.B) {
			found := 0
			for b.Loop() {
				x.nearBatch(qs, func(int, int32) { found++ })
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(qs)), "ns/lookup")
		})
	}
}

// nearSets is, for every query, the sorted groups near it: by simIndex.near one
// at a time, and by nearBatch.
func nearSets(x *simIndex, qs []uint64) (ref, batch [][]int32) {
	ref, batch = make([][]int32, len(qs)), make([][]int32, len(qs))
	for q, h := range qs {
		x.near(h, -1, func(g int32) { ref[q] = append(ref[q], g) })
		slices.Sort(ref[q])
	}
	x.nearBatch(qs, func(q int, g int32) { batch[q] = append(batch[q], g) })
	for q := range batch {
		slices.Sort(batch[q])
	}
	return ref, batch
}

// TestNearBatchMatchesRef: nearBatch finds, for every query, exactly the
// groups the one-at-a-time lookup finds (each once), on random and
// clustered fingerprints (near and exact copies, pairs at 12 and 13 bits),
// with the bucket tables and without, the queries in the index and not,
// in one chunk and several.
func TestNearBatchMatchesRef(t *testing.T) {
	defer func(n int) { indexFrom = n }(indexFrom)
	for seed := range uint64(8) {
		r := rand.New(rand.NewPCG(seed, 99))
		indexFrom = []int{0, 4096}[seed%2]
		n := []int{0, 5, 3000, 20000}[seed/2]
		hs := clusteredSims(r, n)
		if seed%4 == 2 {
			for i := range hs { // random fingerprints only
				hs[i] = r.Uint64()
			}
		}
		x := newSimIndex(hs)
		qs := clusteredSims(r, 300)
		for i := range qs {
			if len(hs) > 0 && i%3 == 0 { // a fingerprint of the index, or one at the window's edge
				qs[i] = flipBits(r, hs[r.IntN(len(hs))], []int{0, corpusNearBits, corpusNearBits + 1}[i%9/3])
			}
		}
		qs = append(qs, 0)
		for _, k := range []int{1, 7, batchChunk + 5} { // several chunks
			if k > len(qs) {
				qs = append(qs, clusteredSims(r, k-len(qs))...)
			}
		}
		ref, batch := nearSets(x, qs)
		found := 0
		for q := range qs {
			if !slices.Equal(ref[q], batch[q]) {
				t.Fatalf("seed %d, query %d (%#x): batch %v, want %v", seed, q, qs[q], batch[q], ref[q])
			}
			found += len(ref[q])
		}
		if n >= 3000 && found == 0 {
			t.Fatalf("seed %d: no near pairs planted", seed)
		}
	}
}

// FuzzNearBatch: for any index and queries drawn from the fuzzer's bytes
// (fingerprints and bit flips of them), nearBatch and the one-at-a-time
// lookup agree.
func FuzzNearBatch(f *testing.F) {
	f.Add([]byte("0123456789abcdef"), uint64(1), uint16(100))
	f.Add(make([]byte, 64), uint64(7), uint16(5000))
	f.Fuzz(func(t *testing.T, data []byte, seed uint64, n uint16) {
		defer func(k int) { indexFrom = k }(indexFrom)
		indexFrom = 0 // always the bucket tables
		r := rand.New(rand.NewPCG(seed, uint64(n)))
		var hs []uint64
		for i := 0; i+8 <= len(data); i += 8 {
			hs = append(hs, binary.LittleEndian.Uint64(data[i:]))
		}
		for len(hs) < int(n%6000) && len(hs) > 0 {
			hs = append(hs, flipBits(r, hs[r.IntN(len(hs))], r.IntN(16)))
		}
		x := newSimIndex(hs)
		qs := slices.Clone(hs)
		for range 50 {
			if len(hs) > 0 {
				qs = append(qs, flipBits(r, hs[r.IntN(len(hs))], r.IntN(16)))
			}
			qs = append(qs, r.Uint64())
		}
		ref, batch := nearSets(x, qs)
		for q := range qs {
			if !slices.Equal(ref[q], batch[q]) {
				t.Fatalf("query %d (%#x): batch %v, want %v", q, qs[q], batch[q], ref[q])
			}
		}
	})
}

// TestCorpusIncrementalBatched: the incremental tests with every Update's
// lookups made in batches (memoNear), whatever the size of the base: the
// flags kept through Update are still CorpusFlags over the whole corpus.
func TestCorpusIncrementalBatched(t *testing.T) {
	defer func(n int) { batchFrom = n }(batchFrom)
	batchFrom = 0
	t.Run("random", TestCorpusIncremental)
	t.Run("large-groups", TestCorpusIncrementalLargeGroups)
}
