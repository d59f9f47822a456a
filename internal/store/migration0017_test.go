package store

import (
	"context"
	"database/sql"

	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// openSchemaAt opens a SQLite store at path whose schema is the
// migrations up to version upTo only (a store made by an older gigscout),
// without migrating further, with a clock the test moves.
func openSchemaAt(t testing.TB, path string, upTo int) (*sqlStore, *time.Time) {
	t.Helper()
	ctx := context.Background()
	db, err := sql.Open("sqlite3", "file:"+path+"?_journal_mode=WAL&_foreign_keys=on&_busy_timeout=10000&_synchronous=NORMAL&_txlock=immediate")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.ExecContext(ctx, sqliteDialect.migrationsTable); err != nil {
		t.Fatal(err)
	}
	ms, err := migrationsOf(sqliteDialect.migrations)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if m.version > upTo {
			break
		}
		body, err := migrations.ReadFile(m.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.ExecContext(ctx, string(body)); err != nil {
			t.Fatalf("%s: %v", m.name, err)
		}
		if _, err := db.ExecContext(ctx, `INSERT INTO schema_migrations (version, applied_at) VALUES (?, 0)`, m.version); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
	return &sqlStore{db: db, d: sqliteDialect, clock: func() time.Time { return now }, gate: make(chan struct{}, 1), textsInData: upTo < 18}, &now
}

// listingColumns returns the listings table's columns in order.
func listingColumns(t *testing.T, db *sql.DB) []string {
	t.Helper()
	rows, err := db.QueryContext(context.Background(), `SELECT name FROM pragma_table_info('listings') ORDER BY cid`)
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
	return cols
}

// TestMigration0017DataLast: migration 0017 rebuilds the listings table of
// a store made by migrations 0001-0016 with data as the last column: the
// same columns (by name), rows, rowids, values, indexes and change feed,
// and the store writes and reads on after it.
func TestMigration0017DataLast(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	s, now := openSchemaAt(t, path, 16)
	before := listingColumns(t, s.db)
	if i := slices.Index(before, "data"); i == len(before)-1 || i < 0 {
		t.Fatalf("the 0016 schema has data at %d of %v: not the old layout", i, before)
	}

	// Every kind of row: new, duplicates across boards (links), a changed
	// one, cross-listing flags, closed ones, one reopened.
	g := newCrawlListings(17)
	var all []*model.Listing
	for range 6 {
		ls := g.batch(50)
		if _, err := s.Upsert(ctx, ls); err != nil {
			t.Fatal(err)
		}
		all = append(all, ls...)
		*now = now.Add(time.Hour)
	}
	// A posting of the same title on the other board of its employer: a
	// duplicate link (neither board is the one closed below).
	partner := map[string]string{}
	for i := 0; i < len(crawlBoards); i += 2 {
		a, b := crawlBoards[i].source, crawlBoards[i+1].source
		partner[a], partner[b] = b, a
	}
	for _, l := range all {
		if p := partner[l.Source]; l.Source != all[0].Source && p != all[0].Source {
			d := *l
			d.Source, d.ExternalID = p, "dup-"+l.ExternalID
			d.ID, d.URL = model.ListingID(d.Source, d.ExternalID), l.URL+"-dup"
			if _, err := s.Upsert(ctx, []*model.Listing{&d}); err != nil {
				t.Fatal(err)
			}
			all = append(all, &d)
			break
		}
	}
	*now = now.Add(time.Hour)
	changed := *all[3]
	changed.Title += " (updated)"
	changed.Pay = nil
	if _, err := s.Upsert(ctx, []*model.Listing{&changed}); err != nil {
		t.Fatal(err)
	}
	reuse := model.Flag{ID: "SCAM_TEMPLATE_REUSE", Family: model.FamilyScam, Severity: model.SeverityHigh, Reason: "copied"}
	want := map[string][]model.Flag{all[5].ID: {reuse}, all[8].ID: {reuse}}
	if err := s.SetCorpusFlags(ctx, want, func(base, extra []model.Flag) model.Severity { return model.SeverityHigh }); err != nil {
		t.Fatal(err)
	}
	src := all[0].Source
	if _, err := s.CloseMissing(ctx, src, map[string]struct{}{}, time.Time{}); err != nil {
		t.Fatal(err)
	}
	var reopen *model.Listing
	for _, l := range all {
		if l.Source == src {
			c := *l
			reopen = &c
			break
		}
	}
	if _, err := s.Upsert(ctx, []*model.Listing{reopen}); err != nil {
		t.Fatal(err)
	}

	type snapshot struct {
		rows    map[int64]map[string]any
		indexes map[string]string
		changes []model.Change
		n       int
	}
	take := func() snapshot {
		var sn snapshot
		cols, rows := scanAnyRows(t, must(s.db.QueryContext(ctx, `SELECT rowid AS row_id, * FROM listings ORDER BY rowid`)))
		sn.rows = map[int64]map[string]any{}
		for _, r := range rows {
			m := map[string]any{}
			for i, c := range cols {
				m[c] = r[i]
			}
			sn.rows[r[0].(int64)] = m
		}
		sn.n = len(rows)
		// The primary key's index (no SQL) keeps its name, which the
		// query plan tests name.
		_, idx := scanAnyRows(t, must(s.db.QueryContext(ctx, `SELECT name, COALESCE(sql, '') FROM sqlite_master WHERE type = 'index' AND tbl_name = 'listings'`)))
		sn.indexes = map[string]string{}
		for _, r := range idx {
			sn.indexes[r[0].(string)] = r[1].(string)
		}
		if _, ok := sn.indexes["sqlite_autoindex_listings_1"]; !ok {
			t.Errorf("no sqlite_autoindex_listings_1 among %v", sn.indexes)
		}
		var err error
		if sn.changes, err = s.changesSince(ctx, 0, 100000); err != nil {
			t.Fatal(err)
		}
		return sn
	}
	old := take()
	if old.n != len(all) {
		t.Fatalf("%d rows before the migration, want %d", old.n, len(all))
	}
	closed, linked, flagged := 0, 0, 0
	for _, r := range old.rows {
		if r["closed_at"] != nil {
			closed++
		}
		if r["duplicate_of"] != "" || r["also_at"] != "[]" {
			linked++
		}
		if r["corpus_flags"] != "[]" {
			flagged++
		}
	}
	if closed == 0 || linked == 0 || flagged == 0 {
		t.Fatalf("the old store lacks a kind of row: %d closed, %d linked, %d flagged", closed, linked, flagged)
	}

	if err := s.migrateTo(ctx, 17); err != nil {
		t.Fatal(err)
	}
	after := listingColumns(t, s.db)
	if after[len(after)-1] != "data" {
		t.Errorf("after 0017 the columns are %v: data is not last", after)
	}
	if !reflect.DeepEqual(slices.Sorted(slices.Values(before)), slices.Sorted(slices.Values(after))) {
		t.Errorf("columns changed:\n before %v\n after  %v", before, after)
	}
	got := take()
	if !reflect.DeepEqual(got.rows, old.rows) {
		t.Error("the rows (by rowid, column by column) differ after the migration")
	}
	if !reflect.DeepEqual(got.indexes, old.indexes) {
		t.Errorf("indexes differ:\n before %v\n after  %v", old.indexes, got.indexes)
	}
	if !reflect.DeepEqual(got.changes, old.changes) {
		t.Error("the change feed differs after the migration")
	}
	var check string
	if err := s.db.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Errorf("integrity_check: %q, %v", check, err)
	}
	var v int
	if err := s.db.QueryRowContext(ctx, `SELECT MAX(version) FROM schema_migrations`).Scan(&v); err != nil || v < 17 {
		t.Errorf("schema_migrations at %d, %v", v, err)
	}

	// The store goes on: an insert, an update, a read by id.
	more := g.batch(5)
	more = append(more, &changed)
	changed.Title += " again"
	out, err := s.Upsert(ctx, more)
	if err != nil || out[0] != Created || (out[len(out)-1] != Updated && out[len(out)-1] != Reopened) {
		t.Fatalf("upsert after the migration: %v, %v", out, err)
	}
	l, err := s.Get(ctx, changed.ID)
	if err != nil || l.Title != changed.Title {
		t.Fatalf("get after the migration: %v, %v", l, err)
	}
}

// TestDataIsLastColumn: a store's listings table holds data last, so every
// other column is read without walking the row's overflow pages
// (migration 0017). A column added since with ALTER TABLE lands after
// data: give it a rebuild like 0017's, or name it here with the reason it
// may stay there: body (0018) may, as only the readers of data read it,
// and with data (the listing's texts).
func TestDataIsLastColumn(t *testing.T) {
	s, _ := MustOpen(t)
	cols := listingColumns(t, s.db)
	mayFollow := map[string]bool{"body": true}
	for len(cols) > 0 && mayFollow[cols[len(cols)-1]] {
		cols = cols[:len(cols)-1]
	}
	if len(cols) == 0 || cols[len(cols)-1] != "data" {
		t.Errorf("listings columns %v: data is not last", listingColumns(t, s.db))
	}
}
