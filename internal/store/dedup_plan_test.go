package store

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store/storetest"
)

// TestFingerprintIndexHoldsKeyAndSource: the by-fingerprint candidates of
// a board that repeats its titles search listings_fingerprint, whose
// entries hold the key and source the query tests (migration 0015), so
// the board's own rows of those titles are passed over in the index, not
// read; and a store made before 0015 gets that index.
func TestFingerprintIndexHoldsKeyAndSource(t *testing.T) {
	storetest.RunParallel(t, testFingerprintIndexHoldsKeyAndSource)
}

func testFingerprintIndexHoldsKeyAndSource(t *testing.T, be storetest.Backend) {
	ctx := context.Background()
	s, _ := mustOpen(t, be)
	var ls []*model.Listing
	for i := range 400 {
		l := listing("gh", fmt.Sprint(i), "Analyst intern")
		l.Fingerprint, l.DedupKey, l.TextSimHash = fmt.Sprint("fp", i%7), "acme|US", uint64(i+1)*0x9E3779B97F4A7C15
		ls = append(ls, l)
	}
	if _, err := s.Upsert(ctx, ls); err != nil {
		t.Fatal(err)
	}
	columns := func() []string {
		t.Helper()
		q := `SELECT name FROM pragma_index_info('listings_fingerprint') ORDER BY seqno`
		if be.Name == Postgres {
			q = `SELECT a.attname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
				JOIN LATERAL unnest(i.indkey) WITH ORDINALITY k(attnum, n) ON true
				JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
				WHERE c.relname = 'listings_fingerprint' AND c.relnamespace = current_schema()::regnamespace ORDER BY k.n`
		}
		rows, err := s.db.QueryContext(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var cols []string
		for rows.Next() {
			var c string
			if err := rows.Scan(&c); err != nil {
				t.Fatal(err)
			}
			cols = append(cols, c)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		return cols
	}
	want := []string{"dedup_key", "fingerprint", "source"} // 0016 put the key first
	if got := columns(); !slices.Equal(got, want) {
		t.Fatalf("listings_fingerprint indexes %v, want %v", got, want)
	}
	// As a store before 0015.
	for _, q := range []string{`DROP INDEX listings_fingerprint`, `CREATE INDEX listings_fingerprint ON listings (fingerprint) WHERE fingerprint <> ''`,
		`DELETE FROM schema_migrations WHERE version >= 15`} {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	if err := s.migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if got := columns(); !slices.Equal(got, want) {
		t.Fatalf("after the migration listings_fingerprint indexes %v, want %v", got, want)
	}
	if be.Name != SQLite {
		return
	}
	// (No ANALYZE: the store never runs it, and the planner's defaults
	// are what it plans with.)
	var rows []*dupRow
	for _, l := range ls[:50] {
		rows = append(rows, &dupRow{id: l.ID, source: "gh", fp: l.Fingerprint, simhash: l.TextSimHash, key: "acme|US"})
	}
	q, args := groupCandidateQuery(s.d, "acme|US", "gh", rows)
	plan := queryPlan(t, s, q, args...)
	if !strings.Contains(strings.Join(plan, "\n"), "SEARCH listings USING INDEX listings_fingerprint (dedup_key=? AND fingerprint=?)") {
		t.Errorf("the by-fingerprint candidates do not search listings_fingerprint:\n%s", strings.Join(plan, "\n"))
	}
	res, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		t.Fatal(err)
	}
	got, err := scanDupRows(res)
	if err != nil || len(got) != 0 {
		t.Errorf("candidates of the board's own rows: %d, %v; want none", len(got), err)
	}
}
