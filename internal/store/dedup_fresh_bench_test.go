package store

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// BenchmarkBandCandidates: the duplicate lookup's candidate query of a
// batch just written, as Upsert's relink runs it, three ways: the band
// parts as they were ("plain"), with the rowid bound that skips the
// batch's own rows ("bound", dedup_fresh.go), and plain on band indexes
// that hold the source too ("source-index", a migration not taken). Two
// stores hold the same listings (20,000 of 60 boards, each its own
// employer, then 20 batches of another board of employer 0), the second
// with the source in its band indexes; each iteration runs the three
// queries in turn, so a busy machine slows the three alike.
// cpu-ms/listing is the process's CPU time a looked-up row, candidates
// what the query found (the same each way).
func BenchmarkBandCandidates(b *testing.B) {
	ctx := context.Background()
	plain, _ := MustOpen(b)
	wide, _ := MustOpen(b)
	for i := range 4 {
		for _, stmt := range []string{fmt.Sprintf(`DROP INDEX listings_dedup_b%d`, i), fmt.Sprintf(`CREATE INDEX listings_dedup_b%d ON listings (dedup_key, sim_b%d, source)`, i, i)} {
			if _, err := wide.db.ExecContext(ctx, stmt); err != nil {
				b.Fatal(err)
			}
		}
	}
	g := newCrawlListings(23)
	var last []*model.Listing
	var bound int64
	for i := range 120 {
		ls := g.batch(200)
		board, src := i%60, fmt.Sprint("board-", i%60)
		if i >= 100 {
			board, src = 0, "other-board-0"
		}
		for _, l := range ls {
			l.Source, l.ID = src, model.ListingID(src, l.ExternalID)
			l.DedupKey = fmt.Sprint("employer ", board, "|US")
			l.Title = fmt.Sprintf("Micro-internship %x", g.rng.Uint64()&0xffffff)
			l.Fingerprint = "fp|" + l.Title
		}
		if err := plain.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(rowid), 0) FROM listings`).Scan(&bound); err != nil {
			b.Fatal(err)
		}
		for _, s := range []*sqlStore{plain, wide} {
			if _, err := s.Upsert(ctx, cloneListings(ls)); err != nil {
				b.Fatal(err)
			}
		}
		last = ls
	}
	var rows []*dupRow
	for _, l := range last {
		rows = append(rows, &dupRow{id: l.ID, source: l.Source, fp: l.Fingerprint, simhash: l.TextSimHash, key: l.DedupKey})
	}
	key, src := last[0].DedupKey, last[0].Source
	modes := []struct {
		name  string
		s     *sqlStore
		fresh freshRows
	}{{"plain", plain, freshRows{}}, {"bound", plain, freshRows{source: src, bound: bound, ok: true}}, {"source-index", wide, freshRows{}}}
	cpu := make([]time.Duration, len(modes))
	found := make([]int, len(modes))
	n := 0
	for b.Loop() {
		for i, m := range modes {
			q, args := groupCandidateQueryFresh(m.s.d, key, src, rows, m.fresh)
			c0 := cpuTime()
			res, err := m.s.db.QueryContext(ctx, q, args...)
			if err != nil {
				b.Fatal(err)
			}
			got, err := scanDupRows(res)
			if err != nil {
				b.Fatal(err)
			}
			cpu[i] += cpuTime() - c0
			found[i] = len(got)
		}
		n += len(rows)
	}
	for i, m := range modes {
		b.ReportMetric(float64(cpu[i])/1e6/float64(n), m.name+"-cpu-ms/listing")
		b.ReportMetric(float64(found[i]), m.name+"-candidates")
	}
}
