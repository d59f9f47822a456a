package main

import (
	"context"
	"fmt"
	"math/bits"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/ingest"
	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/normalize"
	"github.com/gigscout/gigscout/internal/redflag"
	"github.com/gigscout/gigscout/internal/store"
)

// TestCorpusRealisticFlags runs 3,000 generated listings through what
// ingest does to them (the Greenhouse adapter's posting, normalize, the
// red-flag engine, then the cross-listing pass over all of them) and checks
// that the corpus is flagged at a realistic rate: unrelated ads are not
// flagged as copies (at most 0.1 % of the listings that are not planted
// copies, though some pairs are near in SimHash: nearOverlap measures
// their texts' overlap), while the planted copies are found (every
// scam template copied under two or more employers is SCAM_TEMPLATE_REUSE,
// every repost is a near-duplicate of its original under the same dedup key
// and is not flagged as template reuse).
func TestCorpusRealisticFlags(t *testing.T) {
	realisticFlags(t, 3000, 100)
}

// TestCorpusRealisticFlagsLarge is TestCorpusRealisticFlags on
// GIGSCOUT_CORPUS_N listings (boards of 1,000), for the rates at the sizes
// a real crawl reaches (20,000 and 50,000 take minutes, so it does not run
// by default):
//
//	GIGSCOUT_CORPUS_N=50000 go test -run CorpusRealisticFlagsLarge -v -timeout 30m ./cmd/gigbench/
func TestCorpusRealisticFlagsLarge(t *testing.T) {
	n, err := strconv.Atoi(os.Getenv("GIGSCOUT_CORPUS_N"))
	if err != nil || n <= 0 {
		t.Skip("set GIGSCOUT_CORPUS_N to the number of listings (e.g. 20000) to run")
	}
	realisticFlags(t, n, 1000)
}

func realisticFlags(t *testing.T, n, boardSize int) {
	now := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	c := &corpus{N: n, BoardSize: boardSize, Now: now}
	eng, opts := defaultRules(now)

	type ref struct{ b, i int }
	ls := make([]*model.Listing, c.N)
	at := map[ref]*model.Listing{}
	buildParallel(c.N, func(n int) {
		b, i := n/c.BoardSize, n%c.BoardSize
		post := generatedPosting(c, b, i)
		l := normalize.Normalize(&post, opts)
		eng.Assess(l)
		ls[n] = l
	})
	for n, l := range ls {
		at[ref{n / c.BoardSize, n % c.BoardSize}] = l
	}
	flags := redflag.CorpusFlags(ingest.CorpusEntries(ls))
	eng.ApplyCorpus(ls, flags)
	nearOverlap(t, c, ls)

	var reuse, high, reposts, scams, falseCopies int
	why := map[string]int{}                             // false copies by the kind of reuse the flag names
	scamCopies := map[int]map[string][]*model.Listing{} // template -> company -> listings
	for n, l := range ls {
		b, i := n/c.BoardSize, n%c.BoardSize
		if l.Risk == model.SeverityHigh {
			high++
		}
		_, reused := flags[l.ID]
		if reused {
			reuse++
		}
		k, h := c.kind(b, i)
		if reused && k != 2 {
			falseCopies++
			r := flags[l.ID].Reason
			r = r[strings.Index(r, "Here: ")+len("Here: "):]
			if j := strings.Index(r, "."); j >= 0 {
				r = r[:j]
			}
			why[r]++
		}
		switch k {
		case 1:
			reposts++
			b2, i2 := c.repostOf(b, h)
			o := at[ref{b2, i2}]
			if o.DedupKey == "" || o.DedupKey != l.DedupKey || !normalize.NearDuplicate(o.TextSimHash, l.TextSimHash) {
				t.Errorf("repost %s of %s: dedup keys %q / %q, SimHashes %d bits apart; want the same key and a near-duplicate",
					l.ID, o.ID, l.DedupKey, o.DedupKey, bitsApart(l.TextSimHash, o.TextSimHash))
			}
			if reused {
				t.Errorf("repost %s (same employer, two boards) flagged %s: %s", l.ID, redflag.ScamTemplateReuse, flags[l.ID].Reason)
			}
		case 2:
			scams++
			tm := c.scamTemplateOf(b, i)
			if scamCopies[tm] == nil {
				scamCopies[tm] = map[string][]*model.Listing{}
			}
			scamCopies[tm][l.Company] = append(scamCopies[tm][l.Company], l)
		}
	}
	checked := 0
	for tm, byCompany := range scamCopies {
		copies := 0
		for _, xs := range byCompany {
			copies += len(xs)
		}
		if len(byCompany) < 2 && copies < 3 {
			continue
		}
		for _, xs := range byCompany {
			for _, l := range xs {
				checked++
				if _, ok := flags[l.ID]; !ok {
					t.Errorf("scam copy %s (template %d, %d copies under %d employers) not flagged %s",
						l.ID, tm, copies, len(byCompany), redflag.ScamTemplateReuse)
				}
			}
		}
	}
	pct := func(n int) float64 { return 100 * float64(n) / float64(c.N) }
	t.Logf("%d listings: %d reposts, %d scam copies (%d checked); %s on %d (%.2f %%), on %d not planted copies (%.3f %%: %v), high risk %d (%.2f %%)",
		c.N, reposts, scams, checked, redflag.ScamTemplateReuse, reuse, pct(reuse), falseCopies, pct(falseCopies), why, high, pct(high))
	if reposts == 0 || checked == 0 {
		t.Fatalf("the corpus planted %d reposts and %d checkable scam copies; want some of each", reposts, checked)
	}
	if pct(falseCopies) > 0.1 {
		t.Errorf("%s on %d listings that are not planted copies (%.3f %%); want at most 0.1 %% (unrelated ads near in SimHash are not copies)",
			redflag.ScamTemplateReuse, falseCopies, pct(falseCopies))
	}
	if pct(reuse) > 3 {
		t.Errorf("%s on %.2f %% of the corpus; want at most 3 %% (unrelated ads must not be near-copies)", redflag.ScamTemplateReuse, pct(reuse))
		for id, f := range flags {
			t.Logf("e.g. %s: %s", id, f.Reason)
			break
		}
	}
	if pct(high) > 3 {
		t.Errorf("%.2f %% of the corpus at high risk; want at most 3 %%", pct(high))
	}
}

// TestCorpusDeterministic: the same listing comes out the same every time
// (the board server, the peers and the direct build generate it apart).
func TestCorpusDeterministic(t *testing.T) {
	c := &corpus{N: 5000, BoardSize: 1000, Now: time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)}
	for _, n := range []int{0, 1, 999, 1000, 2500, 4999} {
		a, b := c.posting(n/1000, n%1000), c.posting(n/1000, n%1000)
		if fmt.Sprint(a) != fmt.Sprint(b) {
			t.Errorf("listing %d differs between two calls", n)
		}
		if w := len(strings.Fields(a.Text)); w < 150 || w > 400 {
			t.Errorf("listing %d has %d words; want about 250", n, w)
		}
	}
}

// nearOverlap compares directly the texts of the pairs of listings under
// different employers whose SimHashes are near (what SCAM_TEMPLATE_REUSE
// once counted as copies): the share of 4-word shingles they have in
// common (exact Jaccard, not the flag's estimate). Planted scam copies
// must share most of theirs, unrelated ads little, with the flag's
// threshold (0.5) well between.
func nearOverlap(t *testing.T, c *corpus, ls []*model.Listing) {
	const nearBits = 12
	keys := make([]string, len(ls))
	for n, l := range ls {
		keys[n] = normalize.CompanyKey(l.Company)
	}
	shingles := map[int]map[string]bool{}
	set := func(n int) map[string]bool {
		if s, ok := shingles[n]; ok {
			return s
		}
		w := strings.FieldsFunc(strings.ToLower(ls[n].Text), func(r rune) bool {
			return !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || r > 127)
		})
		s := map[string]bool{}
		for i := 0; i+4 <= len(w); i++ {
			s[strings.Join(w[i:i+4], " ")] = true
		}
		shingles[n] = s
		return s
	}
	jaccard := func(a, b map[string]bool) float64 {
		both := 0
		for k := range a {
			if b[k] {
				both++
			}
		}
		return float64(both) / float64(len(a)+len(b)-both)
	}
	var planted, other []float64
	for i := range ls {
		for j := i + 1; j < len(ls); j++ {
			if bits.OnesCount64(ls[i].TextSimHash^ls[j].TextSimHash) > nearBits || keys[i] == keys[j] || len(ls[i].Text) < 400 || len(ls[j].Text) < 400 {
				continue
			}
			k1, _ := c.kind(i/c.BoardSize, i%c.BoardSize)
			k2, _ := c.kind(j/c.BoardSize, j%c.BoardSize)
			x := jaccard(set(i), set(j))
			if k1 == 2 && k2 == 2 && c.scamTemplateOf(i/c.BoardSize, i%c.BoardSize) == c.scamTemplateOf(j/c.BoardSize, j%c.BoardSize) {
				planted = append(planted, x)
			} else {
				other = append(other, x)
			}
		}
	}
	slices.Sort(planted)
	slices.Sort(other)
	q := func(xs []float64, p float64) float64 {
		if len(xs) == 0 {
			return -1
		}
		return xs[min(len(xs)-1, int(p*float64(len(xs))))]
	}
	t.Logf("SimHash-near pairs under different employers: %d planted copies, shingle overlap min %.2f median %.2f; %d others, median %.2f, 99th percentile %.2f, max %.2f",
		len(planted), q(planted, 0), q(planted, 0.5), len(other), q(other, 0.5), q(other, 0.99), q(other, 1))
	if len(planted) > 0 && q(planted, 0) < 0.6 {
		t.Errorf("a planted copy shares only %.2f of its shingles with another; want at least 0.6", q(planted, 0))
	}
	if len(other) > 0 && q(other, 1) > 0.3 {
		t.Errorf("unrelated ads near in SimHash share up to %.2f of their shingles; want at most 0.3", q(other, 1))
	}
}

func bitsApart(a, b uint64) int { return bits.OnesCount64(a ^ b) }

// BenchmarkCorpusRealistic: the cross-listing pass over generated
// listings (GIGSCOUT_CORPUS_N of them, 5,000 by default; normalized once
// before timing): "entries" builds the corpus entries (SimHashes, text
// sketches; per listing), "full" compares every listing with the others,
// "batch" is the recompute after 200 listings arrive (Corpus.Update, as
// ingest keeps it between recomputes; each op adds them and closes them
// again, so it counts two updates). CPU
// time is reported beside wall time (steadier on a shared machine).
//
//	go test -run '^$' -bench CorpusRealistic -benchtime 5x ./cmd/gigbench/
func BenchmarkCorpusRealistic(b *testing.B) {
	n := 5000
	if v, err := strconv.Atoi(os.Getenv("GIGSCOUT_CORPUS_N")); err == nil && v > 200 {
		n = v
	}
	now := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	c := &corpus{N: n, BoardSize: 1000, Now: now}
	ls := make([]*model.Listing, n)
	buildParallel(n, func(k int) {
		post := generatedPosting(c, k/c.BoardSize, k%c.BoardSize)
		ls[k] = normalize.Normalize(&post, normalize.Options{Now: now})
	})
	es := ingest.CorpusEntries(ls)
	cpu := func(b *testing.B, per int, unit string) func() {
		var ru0 syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
		return func() {
			var ru syscall.Rusage
			syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
			d := time.Duration(ru.Utime.Nano() + ru.Stime.Nano() - ru0.Utime.Nano() - ru0.Stime.Nano())
			b.ReportMetric(float64(d.Microseconds())/float64(b.N*per), unit)
		}
	}
	b.Run("entries", func(b *testing.B) {
		done := cpu(b, len(ls), "cpu-us/listing")
		for b.Loop() {
			ingest.CorpusEntries(ls)
		}
		done()
	})
	b.Run("full", func(b *testing.B) {
		done := cpu(b, 1, "cpu-us/op")
		for b.Loop() {
			redflag.CorpusFlags(es)
		}
		done()
	})
	b.Run("batch", func(b *testing.B) {
		inc := redflag.NewCorpus()
		inc.Load(es[:n-200])
		arrive := es[n-200:]
		var ids []string
		for _, e := range arrive {
			ids = append(ids, e.ID)
		}
		done := cpu(b, 1, "cpu-us/op")
		var recomputed int
		for b.Loop() {
			_, r, _ := inc.Update(arrive, nil)
			recomputed = len(r)
			inc.Update(nil, ids)
		}
		done()
		b.ReportMetric(float64(recomputed), "recomputed")
	})
}

// BenchmarkCorpusRecomputeStore: the cross-listing recompute as ingest
// runs it, through a SQLite store holding generated listings
// (GIGSCOUT_CORPUS_N, 5,000 by default, normalized and assessed; 200 of
// them held back): "first" is a process's first recompute (reads every
// open listing, compares them all, writes the flags found), "batch" the
// recompute after the 200 held back are stored. CPU time is reported
// beside wall time.
//
//	go test -run '^$' -bench CorpusRecomputeStore -benchtime 1x -count 3 ./cmd/gigbench/
func BenchmarkCorpusRecomputeStore(b *testing.B) {
	ctx := context.Background()
	n := 5000
	if v, err := strconv.Atoi(os.Getenv("GIGSCOUT_CORPUS_N")); err == nil && v > 200 {
		n = v
	}
	now := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	c := &corpus{N: n, BoardSize: 1000, Now: now}
	eng := redflag.New(redflag.Options{})
	ls := make([]*model.Listing, n)
	buildParallel(n, func(k int) {
		post := generatedPosting(c, k/c.BoardSize, k%c.BoardSize)
		l := normalize.Normalize(&post, normalize.Options{Now: now})
		eng.Assess(l)
		ls[k] = l
	})
	// Every 25th listing is held back for the batch.
	var held, kept []*model.Listing
	for k, l := range ls {
		if k%25 == 0 && len(held) < 200 {
			held = append(held, l)
		} else {
			kept = append(kept, l)
		}
	}
	open := func(b *testing.B) store.Store {
		st, err := store.Open(ctx, filepath.Join(b.TempDir(), "db"))
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { st.Close() })
		for k := 0; k < len(kept); k += 1000 {
			if _, err := st.Upsert(ctx, kept[k:min(k+1000, len(kept))]); err != nil {
				b.Fatal(err)
			}
		}
		return st
	}
	cpu := func() time.Duration {
		var ru syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	b.Run("first", func(b *testing.B) {
		var used time.Duration
		for b.Loop() {
			b.StopTimer()
			st := open(b)
			p := &ingest.Pipeline{Store: st, Engine: eng}
			b.StartTimer()
			c0 := cpu()
			if err := p.RecomputeCorpus(ctx); err != nil {
				b.Fatal(err)
			}
			used += cpu() - c0
		}
		b.ReportMetric(float64(used.Microseconds())/float64(b.N*len(kept)), "cpu-us/listing")
	})
	b.Run("batch", func(b *testing.B) {
		var used time.Duration
		for b.Loop() {
			b.StopTimer()
			st := open(b)
			p := &ingest.Pipeline{Store: st, Engine: eng}
			if err := p.RecomputeCorpus(ctx); err != nil {
				b.Fatal(err)
			}
			if _, err := st.Upsert(ctx, held); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			c0 := cpu()
			if err := p.RecomputeCorpus(ctx); err != nil {
				b.Fatal(err)
			}
			used += cpu() - c0
		}
		b.ReportMetric(float64(used.Microseconds())/float64(b.N*len(held)), "cpu-us/listing")
	})
}
