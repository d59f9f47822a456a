package store

import (
	"context"
	"database/sql"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store/storetest"
)

// TestFreshBound: a batch of one source takes a bound on SQLite, the
// largest rowid before its inserts; a batch of two sources, a batch on
// PostgreSQL and an empty batch take none. The bound goes into the band
// parts of that source's group only.
func TestFreshBound(t *testing.T) { storetest.RunParallel(t, testFreshBound) }

func testFreshBound(t *testing.T, be storetest.Backend) {
	ctx := context.Background()
	s, _ := mustOpen(t, be)
	var old []*model.Listing
	for i := range 5 {
		old = append(old, listing("gh", fmt.Sprint(i), "Intern"))
	}
	if _, err := s.Upsert(ctx, old); err != nil {
		t.Fatal(err)
	}
	var maxRowid int64
	if be.Name == SQLite {
		if err := s.db.QueryRowContext(ctx, `SELECT MAX(rowid) FROM listings`).Scan(&maxRowid); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		name string
		ls   []*model.Listing
		want freshRows
	}{
		{"one source", []*model.Listing{listing("lv", "a", "x"), listing("lv", "b", "y")}, freshRows{source: "lv", bound: maxRowid, ok: true}},
		{"two sources", []*model.Listing{listing("lv", "a", "x"), listing("gh", "b", "y")}, freshRows{}},
		{"empty", nil, freshRows{}},
	}
	for _, c := range cases {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		u := &upsertStmts{tx: tx, d: s.d}
		err = u.freshBound(ctx, c.ls)
		tx.Rollback()
		want := c.want
		if be.Name != SQLite {
			want = freshRows{}
		}
		if err != nil || u.fresh != want {
			t.Errorf("%s: bound %+v, %v; want %+v", c.name, u.fresh, err, want)
		}
	}
	// A new batch of two boards posting one job: linked, whichever
	// board's group is looked up first.
	a, b := listing("lv", "dup-a", "Data intern"), listing("wk", "dup-b", "Data intern")
	for _, l := range []*model.Listing{a, b} {
		l.DedupKey, l.TextSimHash = "brio|", 0x0123456789abcdef
	}
	if _, err := s.Upsert(ctx, []*model.Listing{a, b}); err != nil {
		t.Fatal(err)
	}
	ga, errA := s.Get(ctx, a.ID)
	gb, errB := s.Get(ctx, b.ID)
	if errA != nil || errB != nil {
		t.Fatal(errA, errB)
	}
	if linked := (gb.DuplicateOf == a.ID) != (ga.DuplicateOf == b.ID); !linked || len(ga.AlsoAt) != 1 || len(gb.AlsoAt) != 1 {
		t.Errorf("a two-board batch of one job not linked: %s dup of %q also at %+v, %s dup of %q also at %+v",
			a.ID, ga.DuplicateOf, ga.AlsoAt, b.ID, gb.DuplicateOf, gb.AlsoAt)
	}
	f := freshRows{source: "lv", bound: 7, ok: true}
	var args []any
	param := func(v any) string { args = append(args, v); return fmt.Sprint("?", len(args)) }
	if got := f.bandBound("lv", param); got != " AND rowid <= ?1" || !reflect.DeepEqual(args, []any{int64(7)}) {
		t.Errorf("bandBound of the batch's source = %q %v", got, args)
	}
	if got := f.bandBound("gh", param); got != "" || len(args) != 1 {
		t.Errorf("bandBound of another source = %q %v", got, args)
	}
	if got := (freshRows{}).bandBound("lv", param); got != "" {
		t.Errorf("no bound gave %q", got)
	}
}

// TestFreshBoundSameCandidates: on a store holding other boards' rows of
// the same key and bands (and the board's own older rows), the candidate
// query of a batch just inserted returns the same rows with the bound as
// without it, in a batch of one source; and the bound is what skips the
// batch's rows of another source when misapplied to a batch of two, which
// is why such a batch takes none (Upsert links its two sources).
func TestFreshBoundSameCandidates(t *testing.T) {
	ctx := context.Background()
	s, _ := MustOpen(t)
	mk := func(src string, i int) *model.Listing {
		l := listing(src, fmt.Sprint(src, i), "Intern")
		l.Fingerprint, l.DedupKey = fmt.Sprint("fp", i), "acme|US"
		l.TextSimHash = uint64(i%13+1) * 0x9E3779B97F4A7C15
		if i%3 == 0 {
			l.TextSimHash ^= 1 << (i % 64) // near, not equal: one band differs
		}
		return l
	}
	for _, src := range []string{"lv", "wk", "gh"} {
		var ls []*model.Listing
		for i := range 40 {
			ls = append(ls, mk(src, i))
		}
		if _, err := s.Upsert(ctx, ls); err != nil {
			t.Fatal(err)
		}
	}
	candidates := func(tx *sql.Tx, batch []*model.Listing, fresh freshRows) []string {
		t.Helper()
		var rows []*dupRow
		for _, l := range batch {
			rows = append(rows, &dupRow{id: l.ID, source: l.Source, fp: l.Fingerprint, simhash: l.TextSimHash, key: l.DedupKey})
		}
		q, args := groupCandidateQueryFresh(s.d, "acme|US", batch[0].Source, rows, fresh)
		res, err := tx.QueryContext(ctx, q, args...)
		if err != nil {
			t.Fatal(err)
		}
		got, err := scanDupRows(res)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, r := range got {
			ids = append(ids, r.id)
		}
		slices.Sort(ids)
		return ids
	}
	for _, sources := range [][]string{{"gh"}, {"gh", "sr"}} {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		var batch []*model.Listing
		for i := 40; i < 80; i++ {
			batch = append(batch, mk(sources[i%len(sources)], i))
		}
		out := make([]Outcome, len(batch))
		rows := make([]upsertRow, len(batch))
		for i, l := range batch {
			if rows[i], err = encodeRow(l); err != nil {
				t.Fatal(err)
			}
		}
		var bound int64
		if err := tx.QueryRowContext(ctx, `SELECT MAX(rowid) FROM listings`).Scan(&bound); err != nil {
			t.Fatal(err)
		}
		u := &upsertStmts{tx: tx, d: s.d}
		if err := u.upsertAll(ctx, batch, rows, out, s.Now()); err != nil {
			t.Fatal(err)
		}
		plain := candidates(tx, batch, freshRows{})
		forced := candidates(tx, batch, freshRows{source: "gh", bound: bound, ok: true})
		if len(plain) == 0 {
			t.Fatalf("%v: no candidates at all: the test finds nothing to compare", sources)
		}
		if len(sources) == 1 {
			if u.fresh != (freshRows{source: "gh", bound: bound, ok: true}) {
				t.Errorf("batch of one source: bound %+v, want rows above %d", u.fresh, bound)
			}
			if !slices.Equal(plain, forced) {
				t.Errorf("one source: %d candidates with the bound, %d without:\n%v\n%v", len(forced), len(plain), forced, plain)
			}
		} else {
			if u.fresh.ok {
				t.Errorf("batch of two sources took a bound: %+v", u.fresh)
			}
			// The batch's sr rows are band candidates of its gh rows: a
			// bound would lose them, and only them.
			srRow := map[string]bool{}
			for _, l := range batch {
				srRow[l.ID] = l.Source == "sr"
			}
			lost := map[string]int{}
			for _, id := range plain {
				lost[id]++
			}
			for _, id := range forced {
				lost[id]--
			}
			n := 0
			for id, k := range lost {
				if k < 0 || (k > 0 && !srRow[id]) {
					t.Errorf("two sources: the bound changed the finds of %s (%+d), not a batch's sr row", id, k)
				}
				n += k
			}
			if n == 0 {
				t.Errorf("two sources: a bound lost no candidate: the test does not show why such a batch takes none")
			}
		}
		tx.Rollback()
	}
}

// TestFreshBoundPlan: with the bound the band parts still search their
// indexes (the rowid is the entries' last column), never the table.
func TestFreshBoundPlan(t *testing.T) {
	s := planStore(t)
	rows := []*dupRow{{key: "acme|US", source: "lv", fp: "fp1", simhash: 7}, {key: "acme|US", source: "lv", fp: "fp2", simhash: 1 << 40}}
	q, args := groupCandidateQueryFresh(s.d, "acme|US", "lv", rows, freshRows{source: "lv", bound: 100, ok: true})
	plan := queryPlan(t, s, q, args...)
	for _, d := range plan {
		if strings.HasPrefix(d, "SCAN listings") {
			t.Errorf("full scan: %q in plan %q", d, plan)
		}
	}
	for i := range 4 {
		w := fmt.Sprintf("SEARCH listings USING INDEX listings_dedup_b%d (dedup_key=? AND sim_b%d=? AND rowid<?)", i, i)
		if !contains(plan, w) {
			t.Errorf("plan does not search %s:\n%s", w, strings.Join(plan, "\n"))
		}
	}
	if !contains(plan, "SEARCH listings USING INDEX listings_fingerprint (dedup_key=? AND fingerprint=?)") {
		t.Errorf("plan does not search listings_fingerprint:\n%s", strings.Join(plan, "\n"))
	}
}
