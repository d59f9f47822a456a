package ingest

import (
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/redflag"
	"github.com/gigscout/gigscout/internal/store"
)

// BenchmarkRecomputeCorpus: the cross-listing recompute over a store of
// 20,000 open listings, the first of a process (every listing) and after a
// batch of 200 changed listings (the store's upsert not counted).
func BenchmarkRecomputeCorpus(b *testing.B) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(b.TempDir(), "db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	text := strings.Repeat("Answer buyers and update the order sheet. ", 24)
	mk := func(i int, sim uint64) *model.Listing {
		ext := strconv.Itoa(i)
		return &model.Listing{ID: model.ListingID("s", ext), Source: "s", ExternalID: ext, URL: "https://s.test/" + ext,
			Title: "Assistant", Company: "Company " + strconv.Itoa(i%5000), Text: text + ext, TextSimHash: sim,
			Risk: model.SeverityLow, Flags: []model.Flag{}}
	}
	x := uint64(0x9E3779B97F4A7C15)
	rnd := func() uint64 { x ^= x << 13; x ^= x >> 7; x ^= x << 17; return x }
	const n = 20000
	var batch []*model.Listing
	for i := range n {
		batch = append(batch, mk(i, rnd()))
		if len(batch) == 1000 {
			if _, err := st.Upsert(ctx, batch); err != nil {
				b.Fatal(err)
			}
			batch = nil
		}
	}
	b.Run("first", func(b *testing.B) {
		for b.Loop() {
			p := &Pipeline{Store: st, Engine: redflag.New(redflag.Options{})}
			if err := p.RecomputeCorpus(ctx); err != nil {
				b.Fatal(err)
			}
		}
	})
	// k lives outside the sub-benchmark: with -count N the sub-benchmark
	// runs N times on the same store, and a run that started k at 0 again
	// would upsert the texts of the run before ("Revised 0.") unchanged.
	k := 0
	b.Run("after-batch", func(b *testing.B) {
		p := &Pipeline{Store: st, Engine: redflag.New(redflag.Options{})}
		if err := p.RecomputeCorpus(ctx); err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			b.StopTimer()
			var batch []*model.Listing
			for range 200 {
				l := mk(k%n, rnd())
				l.Text += " Revised " + strconv.Itoa(k) + "."
				batch = append(batch, l)
				k += 97
			}
			if _, err := st.Upsert(ctx, batch); err != nil {
				b.Fatal(err)
			}
			changed, _, _, err := st.CorpusRowsSince(ctx, p.corpus.seq)
			if err != nil || len(changed) < 200 {
				b.Fatalf("%d listings changed, %v", len(changed), err)
			}
			b.StartTimer()
			if err := p.RecomputeCorpus(ctx); err != nil {
				b.Fatal(err)
			}
		}
	})
}
