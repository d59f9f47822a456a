package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store/storetest"
)

// crawlListings makes listings as a crawl stores them: about 4 KB of
// JSON each (a 250-word posting as HTML and text), pay, hours, a flag,
// a fingerprint, a dedup key and a SimHash. Four boards post for two
// employers; a tenth of each board's listings repeat another board's
// title (a fingerprint shared across sources), so the dedup links some.
type crawlListings struct {
	rng      *rand.Rand
	words    []string
	n        int
	oneBoard bool // one board whose titles repeat (97 of them), as ingest's BenchmarkPut
}

func newCrawlListings(seed uint64) *crawlListings {
	return &crawlListings{rng: rand.New(rand.NewPCG(seed, 7)), words: strings.Fields(
		"you will clean and merge survey answers build a small dashboard that tracks weekly sign-ups draft social " +
			"posts interview customers summarize needs write automated tests redesign onboarding screens research competitors " +
			"our team is small & friendly <remote> \"distributed\" a mentor meets you every week café naïve")}
}

var crawlBoards = [...]struct{ source, company, key string }{
	{"gh-acme", "Acme Analytics", "acme analytics|US"},
	{"lv-acme", "Acme Analytics", "acme analytics|US"},
	{"gh-brio", "Brio Labs", "brio labs|"},
	{"wk-brio", "Brio Labs", "brio labs|"},
}

// batch returns count new listings of one board.
func (g *crawlListings) batch(count int) []*model.Listing {
	board := crawlBoards[g.rng.IntN(len(crawlBoards))]
	if g.oneBoard {
		board = crawlBoards[0]
	}
	out := make([]*model.Listing, count)
	for i := range out {
		g.n++
		var w []string
		for range 250 {
			w = append(w, g.words[g.rng.IntN(len(g.words))])
		}
		text := strings.Join(w, " ")
		ext := fmt.Sprint(g.n)
		title := "Data Analysis Micro-Internship " + ext
		if g.rng.IntN(10) == 0 {
			title = fmt.Sprint("Data Analysis Micro-Internship ", g.rng.IntN(g.n))
		}
		if g.oneBoard {
			title = fmt.Sprint("Data Analysis Micro-Internship ", g.n%97)
		}
		posted := time.Date(2026, 10, 1+g.n%28, 9, 30, 0, 0, time.UTC)
		out[i] = &model.Listing{ID: model.ListingID(board.source, ext), Source: board.source, Kind: "greenhouse", ExternalID: ext,
			URL: "https://boards.test/" + board.source + "/jobs/" + ext, Title: title, Company: board.company,
			Locations: []string{"Remote (United States)"}, Remote: model.RemoteRemote, RemoteRegions: []string{"US"},
			RemoteEvidence: "Remote (United States)", Type: model.TypeMicroInternship, Skills: []string{"python", "sql"},
			Pay: &model.Pay{Min: 300, Max: 300, Currency: "USD", Unit: model.UnitProject, Source: model.FromText, Hourly: 20, HourlyUSD: 20,
				Evidence: &model.Span{Field: "text", Start: 10, End: 14, Text: "$300"}},
			Hours: &model.Range{Min: 15, Max: 15, Source: model.FromText}, PostedAt: &posted,
			DescriptionHTML: "<p>" + text + "</p>", Text: text, Language: "en", Risk: model.SeverityLow,
			Fingerprint: "fp|" + strings.ToLower(title), DedupKey: board.key, TextSimHash: g.rng.Uint64(), PostingHash: "ph" + ext,
			Flags: []model.Flag{{ID: "VAGUE_NO_SUPERVISOR", Family: model.FamilyVague, Severity: model.SeverityLow, Reason: "No mentor is named.",
				Evidence: model.Span{Field: "text", Start: 0, End: 3, Text: "you"}}}}
	}
	return out
}

// BenchmarkUpsertCrawl: Upsert's cost per listing as a crawl stores
// listings (200 a batch, the crawler's default; the store keeps what it
// writes, as the pipeline asks), on a store already holding 4,000:
// new listings (a first crawl), the same listings again with half of
// them changed, and new listings of one board whose titles repeat. cpu-ms/listing is the process's CPU time in Upsert (on
// PostgreSQL without the server's).
func BenchmarkUpsertCrawl(b *testing.B) {
	for _, be := range storetest.Backends() {
		for _, mode := range []string{"new", "again", "oneboard"} {
			b.Run(be.Name+"/"+mode, func(b *testing.B) {
				ctx := context.Background()
				s, now := mustOpen(b, be)
				s.KeepWritten(32<<20, ReadChanges|ReadCorpus)
				g := newCrawlListings(11)
				g.oneBoard = mode == "oneboard"
				for range 20 {
					if _, err := s.Upsert(ctx, g.batch(200)); err != nil {
						b.Fatal(err)
					}
				}
				var cpu time.Duration
				n := 0
				for b.Loop() {
					b.StopTimer()
					ls := g.batch(200)
					if mode == "again" {
						if _, err := s.Upsert(ctx, ls); err != nil {
							b.Fatal(err)
						}
						*now = now.Add(time.Minute)
						for i, l := range ls {
							c := *l
							if i%2 == 0 {
								c.Title += " (updated)"
							}
							ls[i] = &c
						}
					}
					b.StartTimer()
					c0 := cpuTime()
					if _, err := s.Upsert(ctx, ls); err != nil {
						b.Fatal(err)
					}
					cpu += cpuTime() - c0
					n += len(ls)
				}
				b.ReportMetric(float64(cpu)/1e6/float64(n), "cpu-ms/listing")
			})
		}
	}
}

// BenchmarkKeepPays: does keeping what is written pay? The whole cost of
// a pipeline's store work per listing (Upsert of 200-listing batches, the
// change feed read back as an index catches up, the corpus rows read
// back), by a store that keeps what it writes (32 MB) and by one that
// keeps nothing. cpu-ms/listing is the process's CPU time over all of it
// (the GC's included); kept-MB the cache's counted bytes after the
// writes, before the reads.
func BenchmarkKeepPays(b *testing.B) {
	for _, keep := range []bool{false, true} {
		b.Run(fmt.Sprint("kept=", keep), func(b *testing.B) {
			ctx := context.Background()
			s, _ := MustOpen(b)
			if keep {
				s.KeepWritten(32<<20, ReadChanges|ReadCorpus)
			}
			g := newCrawlListings(13)
			n := 0
			var cpu time.Duration
			var keptMB float64
			for b.Loop() {
				b.StopTimer()
				batches := make([][]*model.Listing, 5)
				for i := range batches {
					batches[i] = g.batch(200)
				}
				after, _ := s.MaxSeq(ctx)
				b.StartTimer()
				c0 := cpuTime()
				for _, ls := range batches {
					if _, err := s.Upsert(ctx, ls); err != nil {
						b.Fatal(err)
					}
					n += len(ls)
				}
				s.written.mu.Lock()
				keptMB = float64(s.written.size) / (1 << 20)
				s.written.mu.Unlock()
				readBack(b, s, after)
				cpu += cpuTime() - c0
			}
			b.ReportMetric(float64(cpu)/1e6/float64(n), "cpu-ms/listing")
			b.ReportMetric(keptMB, "kept-MB")
		})
	}
}

// BenchmarkKeptHeap: what the written cache really holds. 8,000 crawl
// listings are written by a store keeping 16 MB (nothing read back), and
// the live heap (after a collection, the written listings dropped by
// their writer) is compared with a store keeping nothing: heap-MB is the
// difference, kept-MB what the cache counted.
func BenchmarkKeptHeap(b *testing.B) {
	ctx := context.Background()
	live := func(keep bool) (heap, kept float64) {
		s, _ := MustOpen(b)
		if keep {
			s.KeepWritten(16<<20, ReadChanges|ReadCorpus)
		}
		g := newCrawlListings(17)
		for range 40 {
			if _, err := s.Upsert(ctx, g.batch(200)); err != nil {
				b.Fatal(err)
			}
		}
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		s.written.mu.Lock()
		kept = float64(s.written.size) / (1 << 20)
		s.written.mu.Unlock()
		runtime.KeepAlive(s)
		return float64(ms.HeapAlloc) / (1 << 20), kept
	}
	var heap, kept float64
	for b.Loop() {
		off, _ := live(false)
		on, k := live(true)
		heap, kept = on-off, k
	}
	b.ReportMetric(heap, "heap-MB")
	b.ReportMetric(kept, "kept-MB")
}
