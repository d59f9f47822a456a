package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store/storetest"
)

// planStore is a store of 300 listings of one board and dedup key (50
// fingerprints), so the planner chooses as it would in use: the query
// plan tests' store.
func planStore(t *testing.T) *sqlStore {
	t.Helper()
	s, _ := MustOpen(t)
	ctx := context.Background()
	var ls []*model.Listing
	for i := range 300 {
		l := listing("gh", fmt.Sprint(i), "Title")
		l.Fingerprint, l.DedupKey, l.TextSimHash = fmt.Sprint("fp", i%50), "acme|US", uint64(i)*0x9E3779B97F4A7C15
		ls = append(ls, l)
	}
	if _, err := s.Upsert(ctx, ls); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestDedupQueryPlans: every lookup of the upsert and the dedup runs on an
// index, never a scan of the listings table.
func TestDedupQueryPlans(t *testing.T) {
	s := planStore(t)
	bands := []string{"listings_dedup_b0 (dedup_key=? AND sim_b0=?)", "listings_dedup_b1 (dedup_key=? AND sim_b1=?)",
		"listings_dedup_b2 (dedup_key=? AND sim_b2=?)", "listings_dedup_b3 (dedup_key=? AND sim_b3=?)"}
	fp := "listings_fingerprint (dedup_key=? AND fingerprint=?)" // 0016
	queries := []struct {
		name, q string
		args    []any
		want    []string // every index the plan must search
	}{
		{"fingerprint and bands", candidateQuery(sqliteDialect, true, true), []any{"k", "gh", "fp", 1, 2, 3, 4}, append([]string{fp}, bands...)},
		{"fingerprint only", candidateQuery(sqliteDialect, true, false), []any{"k", "gh", "fp"}, []string{fp}},
		{"bands only", candidateQuery(sqliteDialect, false, true), []any{"k", "gh", 1, 2, 3, 4}, bands},
		{"row by id", `SELECT ` + sqliteDialect.dupCols() + ` FROM listings WHERE id = ?`, []any{"x"}, []string{"sqlite_autoindex_listings_1 (id=?)"}},
		{"upsert lookup", `SELECT content_hash, first_seen, closed_at FROM listings WHERE id = ?`, []any{"x"}, []string{"sqlite_autoindex_listings_1 (id=?)"}},
	}
	for _, q := range queries {
		t.Run(q.name, func(t *testing.T) {
			plan := queryPlan(t, s, q.q, q.args...)
			joined := strings.Join(plan, "\n")
			for _, d := range plan {
				if strings.HasPrefix(d, "SCAN listings") {
					t.Errorf("full scan: %q in plan %q", d, plan)
				}
			}
			for _, w := range q.want {
				if !strings.Contains(joined, "SEARCH listings USING INDEX "+w) {
					t.Errorf("plan does not search %s:\n%s", w, joined)
				}
			}
		})
	}
}

// TestWriteRetriesWhenBusy: a write that finds the database locked by
// another process waits and retries; past its bound it fails with ErrBusy
// and stores nothing half-way.
// On PostgreSQL the other process holds the write lock (the seq row).
func TestWriteRetriesWhenBusy(t *testing.T) { storetest.RunParallel(t, testWriteRetriesWhenBusy) }

func testWriteRetriesWhenBusy(t *testing.T, be storetest.Backend) {
	ctx := context.Background()
	dsn := be.DSN(t)
	s, err := open(ctx, dsn, Options{BusyTimeout: 20 * time.Millisecond, WriteRetryFor: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var other *sql.DB
	lockSQL := `UPDATE seq SET value = value WHERE id = 1`
	if be.Name == Postgres {
		other, err = sql.Open("pgx", dsn)
		lockSQL = `SELECT value FROM seq WHERE id = 1 FOR UPDATE`
	} else {
		other, err = sql.Open("sqlite3", "file:"+strings.TrimPrefix(dsn, "sqlite:")+"?_busy_timeout=5000&_txlock=immediate")
	}
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	lock := func() *sql.Tx {
		tx, err := other.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tx.ExecContext(ctx, lockSQL); err != nil {
			t.Fatal(err)
		}
		return tx
	}

	// Held for a while, then released: the write gets through.
	tx := lock()
	released := make(chan struct{})
	go func() {
		time.Sleep(300 * time.Millisecond)
		tx.Commit()
		close(released)
	}()
	if _, err := s.Upsert(ctx, []*model.Listing{listing("gh", "1", "Data intern")}); err != nil {
		t.Fatalf("upsert while another process held the lock: %v", err)
	}
	<-released
	if _, err := s.Get(ctx, model.ListingID("gh", "1")); err != nil {
		t.Fatal(err)
	}

	// Held past the retry bound: a loud ErrBusy, nothing written.
	s.retryFor = 150 * time.Millisecond
	tx = lock()
	_, err = s.Upsert(ctx, []*model.Listing{listing("gh", "2", "Design intern")})
	tx.Commit()
	if !errors.Is(err, ErrBusy) {
		t.Fatalf("upsert past the bound: err = %v, want ErrBusy", err)
	}
	if _, err := s.Get(ctx, model.ListingID("gh", "2")); !errors.Is(err, ErrNotFound) {
		t.Errorf("a failed write left a row: %v", err)
	}
}

// TestRelinkMatchesFullRecluster: the component-wise relink leaves every
// listing with the links a recluster of its whole dedup key gives, through
// random batches of new, changed, retitled and closed listings.
func TestRelinkMatchesFullRecluster(t *testing.T) {
	storetest.RunParallel(t, testRelinkMatchesFullRecluster)
}

func testRelinkMatchesFullRecluster(t *testing.T, be storetest.Backend) {
	ctx := context.Background()
	s, now := mustOpen(t, be)
	rng := rand.New(rand.NewPCG(1, 2))
	sources := []string{"gh", "lever", "remotive", "ashby"}
	keys := []string{"acme|US", "acme|EU", "", "initech|US"}
	sims := []uint64{0, 0xF0F0_F0F0_F0F0_F0F0, 0xF0F0_F0F0_F0F0_F0F3, 0xF0F0_F0F0_F0F3_F0F3, 0x0F0F_0F0F_0F0F_0F0F, 0x1234_5678_9ABC_DEF0}
	mk := func() *model.Listing {
		src := sources[rng.IntN(len(sources))]
		l := listing(src, fmt.Sprint(rng.IntN(25)), "T")
		l.DedupKey = keys[rng.IntN(len(keys))]
		l.Fingerprint = fmt.Sprint("fp", rng.IntN(4))
		l.TextSimHash = sims[rng.IntN(len(sims))]
		l.Title = fmt.Sprint("T", rng.IntN(1000)) // content changes
		return l
	}
	for round := range 60 {
		*now = now.Add(time.Minute)
		if round%7 == 6 {
			src := sources[rng.IntN(len(sources))]
			seen := map[string]struct{}{}
			for range 10 {
				seen[fmt.Sprint(rng.IntN(25))] = struct{}{}
			}
			if _, err := s.CloseMissing(ctx, src, seen, time.Time{}); err != nil {
				t.Fatal(err)
			}
		} else {
			batch := map[string]*model.Listing{}
			for range 1 + rng.IntN(6) {
				l := mk()
				batch[l.ID] = l
			}
			var ls []*model.Listing
			for _, l := range batch {
				ls = append(ls, l)
			}
			if _, err := s.Upsert(ctx, ls); err != nil {
				t.Fatal(err)
			}
		}
		checkAgainstFullRecluster(t, s, round)
	}
}

func checkAgainstFullRecluster(t *testing.T, s *sqlStore, round int) {
	t.Helper()
	ctx := context.Background()
	rows, err := s.db.QueryContext(ctx, `SELECT `+s.d.dupCols()+` FROM listings ORDER BY first_seen, id`)
	if err != nil {
		t.Fatal(err)
	}
	all, err := scanDupRows(rows)
	if err != nil {
		t.Fatal(err)
	}
	byKey := map[string][]dupRow{}
	for _, r := range all {
		byKey[r.key] = append(byKey[r.key], *r)
	}
	want := map[string]string{} // id -> duplicate_of + links
	for key, rows := range byKey {
		for _, r := range rows {
			want[r.id] = "|[]"
		}
		if key == "" {
			continue
		}
		for _, c := range clusters(rows) {
			srcs := map[string]bool{}
			for _, r := range c {
				srcs[r.source] = true
			}
			if len(srcs) < 2 {
				continue
			}
			for _, r := range c {
				dup, ids := "", []string{}
				if r.id != c[0].id {
					dup = c[0].id
				}
				for _, o := range c {
					if o.id != r.id {
						ids = append(ids, o.id)
					}
				}
				want[r.id] = dup + "|" + fmt.Sprint(ids)
			}
		}
	}
	for _, r := range all {
		ids := []string{}
		var links []model.Link
		if err := json.Unmarshal([]byte(r.alsoAt), &links); err != nil {
			t.Fatal(err)
		}
		for _, l := range links {
			ids = append(ids, l.ID)
		}
		got := r.dupOf + "|" + fmt.Sprint(ids)
		if got != want[r.id] {
			t.Fatalf("round %d: %s (key %q, open %v) links %s, full recluster gives %s", round, r.id, r.key, r.open, got, want[r.id])
		}
	}
}

// BenchmarkUpsertGrowingBoard: the cost of a 200-listing batch of new
// listings on one board (one employer: one dedup key) holding 1,000 or
// 20,000 listings already. Flat per listing: the dedup reads the batch's
// component, not the board.
func BenchmarkUpsertGrowingBoard(b *testing.B) {
	for _, size := range []int{1000, 20000} {
		b.Run(fmt.Sprint("board=", size), func(b *testing.B) {
			ctx := context.Background()
			s, _ := MustOpen(b)
			rng := rand.New(rand.NewPCG(3, 4))
			n := 0
			next := func(count int) []*model.Listing {
				out := make([]*model.Listing, count)
				for i := range out {
					n++
					l := listing("gh-acme", fmt.Sprint(n), fmt.Sprint("Intern ", n))
					l.Fingerprint, l.DedupKey, l.TextSimHash = fmt.Sprint("fp", n), "acme|US", rng.Uint64()
					out[i] = l
				}
				return out
			}
			for n < size {
				if _, err := s.Upsert(ctx, next(500)); err != nil {
					b.Fatal(err)
				}
			}
			b.ResetTimer()
			for b.Loop() {
				if _, err := s.Upsert(ctx, next(200)); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*200), "µs/listing")
		})
	}
}

// queryPlan returns the detail lines of SQLite's EXPLAIN QUERY PLAN of q.
func queryPlan(t *testing.T, s *sqlStore, q string, args ...any) []string {
	t.Helper()
	rows, err := s.db.QueryContext(context.Background(), `EXPLAIN QUERY PLAN `+q, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, notused int
		var detail string
		if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return plan
}
