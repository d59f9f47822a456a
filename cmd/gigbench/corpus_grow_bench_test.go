package main

import (
	"encoding/binary"
	"encoding/gob"
	"fmt"
	"hash/fnv"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/ingest"
	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/normalize"
	"github.com/gigscout/gigscout/internal/redflag"
)

// growEntries is the corpus entries of n generated listings (boards of
// 1,000, normalized), kept in a file under the temporary directory between
// runs: normalizing 200,000 listings takes minutes on a shared machine.
func growEntries(b *testing.B, n int) []redflag.CorpusEntry {
	path := filepath.Join(os.TempDir(), fmt.Sprintf("gigscout-corpusspeed-entries-%d.gob", n))
	if f, err := os.Open(path); err == nil {
		defer f.Close()
		var es []redflag.CorpusEntry
		if err := gob.NewDecoder(f).Decode(&es); err == nil && len(es) == n {
			return es
		}
	}
	now := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	c := &corpus{N: n, BoardSize: 1000, Now: now}
	ls := make([]*model.Listing, n)
	buildParallel(n, func(k int) {
		post := generatedPosting(c, k/c.BoardSize, k%c.BoardSize)
		ls[k] = normalize.Normalize(&post, normalize.Options{Now: now})
	})
	es := ingest.CorpusEntries(ls)
	if f, err := os.CreateTemp(os.TempDir(), "corpusspeed-*"); err == nil {
		if gob.NewEncoder(f).Encode(es) == nil && f.Close() == nil {
			os.Rename(f.Name(), path)
		} else {
			f.Close()
			os.Remove(f.Name())
		}
	}
	return es
}

// BenchmarkCorpusGrow grows a redflag.Corpus to GIGSCOUT_CORPUS_N
// generated listings (200,000 by default) the way a crawl's recomputes do:
// Corpus.Update with the listings arrived since the last one, once they
// number a sixteenth of the corpus (at least 100, at most 4,000; see
// ingest's dueInPut). It reports the update's CPU time a listing over
// the stretches of the growth ending at 20,000, 100,000 and n
// (cpu-us/listing-LO-HI, in thousands), so the cost a listing at each
// size shows.
//
//	go test -run '^$' -bench CorpusGrow -benchtime 1x -count 3 ./cmd/gigbench/
func BenchmarkCorpusGrow(b *testing.B) {
	n := 200000
	if v, err := strconv.Atoi(os.Getenv("GIGSCOUT_CORPUS_N")); err == nil && v >= 20000 {
		n = v
	}
	es := growEntries(b, n)
	cpu := func() time.Duration {
		var ru syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	stretches := []int{0, 20000, 100000, n}
	if n <= 100000 {
		stretches = []int{0, 20000, n}
	}
	used := make([]time.Duration, len(stretches)-1)
	flagged := 0
	var sum flagSum
	for b.Loop() {
		c := redflag.NewCorpus()
		c.Load(nil)
		flagged, sum = 0, flagSum{}
		for at := 0; at < n; {
			step := min(max(at/16, 100), 4000, n-at)
			c0 := cpu()
			fl, _, _ := c.Update(es[at:at+step], nil)
			d := cpu() - c0
			flagged += len(fl)
			sum.add(fl) // outside the CPU measured
			for k := range used {
				if at >= stretches[k] && at < stretches[k+1] {
					used[k] += d
				}
			}
			at += step
		}
	}
	for k := range used {
		b.ReportMetric(float64(used[k].Microseconds())/float64(b.N*(stretches[k+1]-stretches[k])),
			fmt.Sprintf("cpu-us/listing-%dk-%dk", stretches[k]/1000, stretches[k+1]/1000))
	}
	b.ReportMetric(float64(flagged), "flags-found")
	b.ReportMetric(float64(sum.h>>12), "flags-digest")
}

// flagSum digests the flags Updates return, in order (a change to what
// any update finds changes the digest).
type flagSum struct{ h uint64 }

func (s *flagSum) add(fl map[string]model.Flag) {
	ids := slices.Sorted(maps.Keys(fl))
	f := fnv.New64a()
	binary.Write(f, binary.LittleEndian, s.h)
	for _, id := range ids {
		fmt.Fprintf(f, "%s\x00%+v\x00", id, fl[id])
	}
	s.h = f.Sum64()
}
