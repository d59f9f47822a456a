package store

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"reflect"
	"sort"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store/storetest"
)

// upsertReference is Upsert as it was before storespeed: one lookup and
// one write per listing, then relinkKnown (one candidate query per row)
// with its seqs from the seq row.
func upsertReference(ctx context.Context, s *sqlStore, ls []*model.Listing) ([]Outcome, error) {
	out := make([]Outcome, len(ls))
	rows := make([]upsertRow, len(ls))
	for i, l := range ls {
		hash, data, body, err := contentHash(l)
		if err != nil {
			return nil, err
		}
		own, err := encodeOwnFlags(l.Flags)
		if err != nil {
			return nil, err
		}
		rows[i] = upsertRow{hash: hash, data: string(data), body: body, size: len(data) + len(l.DescriptionHTML) + len(l.Text), ownFlags: own,
			key: dedupKey(l), bands: simBands(l.TextSimHash)}
	}
	now := s.Now()
	err := s.tx(ctx, func(tx *sql.Tx) error {
		st := &upsertStmts{tx: tx}
		var changed []string
		times := make(map[string]int, len(ls))
		for i, l := range ls {
			o, err := st.upsertOne(ctx, l, &rows[i], now)
			if err != nil {
				return fmt.Errorf("upsert %s: %w", l.ID, err)
			}
			out[i] = o
			if o != Unchanged {
				changed = append(changed, l.ID)
			}
			times[l.ID]++
		}
		if err := st.flushSeq(ctx); err != nil {
			return err
		}
		return relinkKnown(ctx, s.d, tx, changed, insertedRows(ls, rows, out, times, now))
	})
	if err == nil {
		s.keepWritten(ls, rows, out)
	}
	return out, err
}

// dumpListings is every column of every listing but seq, by id, and the
// ids ordered by seq.
func dumpListings(t *testing.T, s *sqlStore) (map[string][]any, []string) {
	t.Helper()
	rows, err := s.db.QueryContext(context.Background(), `SELECT id, source, external_id, fingerprint, dedup_key, text_simhash,
		sim_b0, sim_b1, sim_b2, sim_b3, content_hash, risk, data, first_seen, last_seen, closed_at, company, own_flags,
		posting_hash, duplicate_of, also_at, corpus_flags, corpus_risk, body FROM listings ORDER BY seq`)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]any{}
	var order []string
	_, all := scanAnyRows(t, rows)
	for _, vals := range all {
		id := vals[0].(string)
		out[id] = vals
		order = append(order, id)
	}
	return out, order
}

// dupWorkload makes batches of one source each over few employers, with
// shared titles and near texts across sources (duplicates to link),
// listings seen again changed or not, a listing twice in one batch, an
// invalid UTF-8 URL, listings without key, fingerprint or SimHash.
func dupWorkload(seed uint64, batches int) [][]*model.Listing {
	rng := rand.New(rand.NewPCG(seed, 99))
	sources := []string{"gh", "lv", "wk", "sr"}
	keys := []string{"acme|US", "acme|US", "brio|", ""}
	var all [][]*model.Listing
	var prev []*model.Listing
	for b := range batches {
		src := sources[rng.IntN(len(sources))]
		var batch []*model.Listing
		for i := range 20 + rng.IntN(60) {
			var l *model.Listing
			if len(prev) > 0 && rng.IntN(4) == 0 {
				c := *prev[rng.IntN(len(prev))]
				if rng.IntN(2) == 0 {
					c.Title += " v2"
				}
				if rng.IntN(5) == 0 {
					c.TextSimHash ^= 1 << rng.IntN(64)
				}
				l = &c
			} else {
				ext := fmt.Sprint(b, "-", i)
				n := rng.IntN(30)
				l = listing(src, ext, fmt.Sprint("Intern ", n))
				l.Fingerprint = fmt.Sprint("fp", n)
				if rng.IntN(8) == 0 {
					l.Fingerprint = ""
				}
				l.DedupKey = keys[rng.IntN(len(keys))]
				l.TextSimHash = uint64(n) * 0x9E3779B97F4A7C15
				if rng.IntN(3) == 0 {
					l.TextSimHash ^= 1 << rng.IntN(64)
				}
				if rng.IntN(10) == 0 {
					l.TextSimHash = rng.Uint64()
				}
				if rng.IntN(10) == 0 {
					l.TextSimHash = 0
				}
				if rng.IntN(40) == 0 {
					l.URL = "https://x/\xff" + ext
				}
				l.Text = fmt.Sprint("text ", n)
			}
			batch = append(batch, l)
			if b%5 == 4 && rng.IntN(30) == 0 { // one batch in five: upsertAll's fallback
				c := *l
				c.Title += " again"
				batch = append(batch, &c)
			}
		}
		all = append(all, batch)
		prev = append(prev, batch...)
	}
	return all
}

// TestUpsertMatchesReference: Upsert stores exactly what the reference
// (Upsert before storespeed) stores, batch after batch, with the same
// outcomes, the same listings handed back, the same change feed, and
// the same seq counter; a CloseMissing between batches closes some.
func TestUpsertMatchesReference(t *testing.T) { storetest.RunParallel(t, testUpsertMatchesReference) }

func testUpsertMatchesReference(t *testing.T, be storetest.Backend) {
	ctx := context.Background()
	for seed := range uint64(3) {
		got, gotNow := mustOpen(t, be)
		want, wantNow := mustOpen(t, be)
		for i, batch := range dupWorkload(seed, 25) {
			*gotNow = gotNow.Add(time.Minute)
			*wantNow = *gotNow
			a, b := cloneListings(batch), cloneListings(batch)
			before, _ := want.MaxSeq(ctx)
			og, err := got.Upsert(ctx, a)
			if err != nil {
				t.Fatal(err)
			}
			ow, err := upsertReference(ctx, want, b)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(og, ow) || !reflect.DeepEqual(a, b) {
				t.Fatalf("seed %d batch %d: outcomes %v, reference %v (or the listings handed back differ)", seed, i, og, ow)
			}
			if i%7 == 6 {
				seen := map[string]struct{}{}
				for _, l := range batch[:len(batch)/2] {
					seen[l.ExternalID] = struct{}{}
				}
				for _, s := range []*sqlStore{got, want} {
					if _, err := s.CloseMissing(ctx, batch[0].Source, seen, time.Time{}); err != nil {
						t.Fatal(err)
					}
				}
			}
			gd, gorder := dumpListings(t, got)
			wd, worder := dumpListings(t, want)
			if !reflect.DeepEqual(gd, wd) {
				for id := range wd {
					if !reflect.DeepEqual(gd[id], wd[id]) {
						t.Fatalf("seed %d batch %d: listing %s\n got %v\nwant %v", seed, i, id, gd[id], wd[id])
					}
				}
				t.Fatalf("seed %d batch %d: %d listings, reference %d", seed, i, len(gd), len(wd))
			}
			gs, _ := got.MaxSeq(ctx)
			ws, _ := want.MaxSeq(ctx)
			if gs != ws {
				t.Fatalf("seed %d batch %d: seq %d, reference %d", seed, i, gs, ws)
			}
			// The change feed since the batch began: the same listings
			// (the order of links' seqs across keys follows map order in
			// both).
			gc, err := got.changesSince(ctx, before, 1<<20)
			if err != nil {
				t.Fatal(err)
			}
			wc, err := want.changesSince(ctx, before, 1<<20)
			if err != nil {
				t.Fatal(err)
			}
			if len(gc) != len(wc) || len(gorder) != len(worder) {
				t.Fatalf("seed %d batch %d: %d changes, reference %d", seed, i, len(gc), len(wc))
			}
		}
		var dups, closed int
		if err := got.db.QueryRowContext(ctx, `SELECT COUNT(*) FILTER (WHERE duplicate_of <> ''), COUNT(*) FILTER (WHERE closed_at IS NOT NULL)
			FROM listings`).Scan(&dups, &closed); err != nil {
			t.Fatal(err)
		}
		if dups < 10 || closed == 0 {
			t.Fatalf("seed %d: the workload linked %d duplicates and closed %d listings: too few to compare", seed, dups, closed)
		}
	}
}

func cloneListings(ls []*model.Listing) []*model.Listing {
	out := make([]*model.Listing, len(ls))
	for i, l := range ls {
		c := *l
		out[i] = &c
	}
	return out
}

// TestGroupedCandidatePlan: the grouped candidate query searches the
// same indexes as candidateQuery, never scanning the listings.
func TestGroupedCandidatePlan(t *testing.T) {
	s := planStore(t)
	// The query groupCandidates runs for two rows of another source.
	rows := []*dupRow{{key: "acme|US", source: "lv", fp: "fp1", simhash: 7}, {key: "acme|US", source: "lv", fp: "fp2", simhash: 1 << 40}}
	captured, capturedArgs := groupCandidateQuery(s.d, "acme|US", "lv", rows)
	plan := queryPlan(t, s, captured, capturedArgs...)
	joined := fmt.Sprint(plan)
	for _, d := range plan {
		if len(d) >= 13 && d[:13] == "SCAN listings" {
			t.Errorf("full scan: %q in plan %q", d, plan)
		}
	}
	lookup := `SELECT id, content_hash, first_seen, closed_at FROM listings WHERE id IN (?, ?, ?)`
	if p := queryPlan(t, s, lookup, "a", "b", "c"); !contains(p, "SEARCH listings USING INDEX sqlite_autoindex_listings_1 (id=?)") {
		t.Errorf("upsert lookup plan %q", p)
	}
	for _, w := range []string{"listings_fingerprint (dedup_key=? AND fingerprint=?)", "listings_dedup_b0 (dedup_key=? AND sim_b0=?)",
		"listings_dedup_b1 (dedup_key=? AND sim_b1=?)", "listings_dedup_b2 (dedup_key=? AND sim_b2=?)", "listings_dedup_b3 (dedup_key=? AND sim_b3=?)"} {
		if !contains(plan, "SEARCH listings USING INDEX "+w) {
			t.Errorf("plan does not search %s:\n%s", w, joined)
		}
	}
}

func contains(plan []string, s string) bool {
	for _, d := range plan {
		if len(d) >= len(s) && d[:len(s)] == s {
			return true
		}
	}
	return false
}

// relinkKnown is the relink Upsert ran before relinkGrouped (one candidate
// query per row of the component), kept as the reference it is compared with:
// relink with the rows of some seeds given (known, by id).
func relinkKnown(ctx context.Context, d *dialect, tx *sql.Tx, seeds []string, known map[string]*dupRow) error {
	if len(seeds) == 0 {
		return nil
	}
	q := &dupQueries{d: d, tx: tx}
	comp := map[string]*dupRow{}
	var queue []*dupRow
	add := func(r *dupRow) {
		if _, ok := comp[r.id]; !ok {
			comp[r.id] = r
			queue = append(queue, r)
		}
	}
	for _, id := range seeds {
		if _, ok := comp[id]; ok {
			continue
		}
		if r, ok := known[id]; ok {
			add(r)
			continue
		}
		r, err := q.byIDFull(ctx, id)
		if err != nil {
			return err
		}
		if r != nil {
			add(r)
		}
	}
	for len(queue) > 0 {
		r := queue[0]
		queue = queue[1:]
		cands, err := q.candidates(ctx, r)
		if err != nil {
			return err
		}
		for _, c := range cands {
			if linkable(r, c) { // a shared band alone is no link
				add(c)
			}
		}
		for _, id := range r.linked() {
			if _, ok := comp[id]; ok {
				continue
			}
			o, err := q.byIDFull(ctx, id)
			if err != nil {
				return err
			}
			if o != nil {
				add(o)
			}
		}
	}
	byKey := map[string][]dupRow{}
	for _, r := range comp {
		byKey[r.key] = append(byKey[r.key], *r)
	}
	for key, rows := range byKey {
		sort.Slice(rows, func(i, j int) bool {
			if rows[i].firstSeen != rows[j].firstSeen {
				return rows[i].firstSeen < rows[j].firstSeen
			}
			return rows[i].id < rows[j].id
		})
		if err := relinkRows(ctx, tx, key, rows); err != nil {
			return err
		}
	}
	return nil
}
