package store

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/gigscout/gigscout/internal/store/storetest"
)

func TestParseDSN(t *testing.T) {
	for _, tt := range []struct{ dsn, kind, target, err string }{
		{"sqlite:./data/gigscout.db", SQLite, "./data/gigscout.db", ""},
		{"sqlite:///var/lib/gigscout/g.db", SQLite, "/var/lib/gigscout/g.db", ""},
		{"./data/gigscout.db", SQLite, "./data/gigscout.db", ""},
		{"/tmp/x:y/g.db", SQLite, "/tmp/x:y/g.db", ""},
		{`C:\data\g.db`, SQLite, `C:\data\g.db`, ""},
		{"postgres://u@h:5432/db?sslmode=disable", Postgres, "postgres://u@h:5432/db?sslmode=disable", ""},
		{"postgresql://u@h/db", Postgres, "postgresql://u@h/db", ""},
		{"", "", "", "empty DSN"},
		{"sqlite:", "", "", "no file path"},
		{"mysql://u:secret@h/db", "", "", `unknown DSN scheme "mysql" in "mysql://u:xxxxx@h/db"`},
	} {
		kind, target, err := ParseDSN(tt.dsn)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) || strings.Contains(err.Error(), "secret") {
				t.Errorf("ParseDSN(%q) = %v, want an error with %q (and no password)", tt.dsn, err, tt.err)
			}
			continue
		}
		if err != nil || kind != tt.kind || target != tt.target {
			t.Errorf("ParseDSN(%q) = %q, %q, %v; want %q, %q", tt.dsn, kind, target, err, tt.kind, tt.target)
		}
	}
	if _, err := Open(context.Background(), "redis://x"); err == nil || !strings.Contains(err.Error(), `unknown DSN scheme "redis"`) {
		t.Errorf("Open(redis://x) = %v", err)
	}
}

// TestConcurrentMigrators: processes starting together on an empty
// database migrate it once (PostgreSQL: an advisory lock; SQLite: its
// write lock), and every one of them opens.
func TestConcurrentMigrators(t *testing.T) { storetest.RunParallel(t, testConcurrentMigrators) }

func testConcurrentMigrators(t *testing.T, be storetest.Backend) {
	ctx := context.Background()
	dsn := be.DSN(t)
	const n = 5
	var wg sync.WaitGroup
	stores := make([]*sqlStore, n)
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stores[i], errs[i] = open(ctx, dsn, Options{})
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("store %d: %v", i, err)
		}
		defer stores[i].Close()
	}
	ms, err := migrationsOf(stores[0].d.migrations)
	if err != nil {
		t.Fatal(err)
	}
	var applied, distinct int
	if err := stores[0].db.QueryRowContext(ctx, `SELECT COUNT(*), COUNT(DISTINCT version) FROM schema_migrations`).Scan(&applied, &distinct); err != nil {
		t.Fatal(err)
	}
	if applied != len(ms) || distinct != len(ms) {
		t.Errorf("schema_migrations has %d rows (%d versions), want %d", applied, distinct, len(ms))
	}
	if _, err := stores[n-1].Upsert(ctx, nil); err != nil {
		t.Fatal(err)
	}
}

// TestMigrationVersionsMatch: every SQLite migration has its PostgreSQL
// port with the same version, and the other way round.
func TestMigrationVersionsMatch(t *testing.T) {
	lite, err := migrationsOf(sqliteDialect.migrations)
	if err != nil {
		t.Fatal(err)
	}
	pg, err := migrationsOf(postgresDialect.migrations)
	if err != nil {
		t.Fatal(err)
	}
	versions := func(ms []migration) string {
		var v []string
		for _, m := range ms {
			v = append(v, fmt.Sprint(m.version))
		}
		return strings.Join(v, ",")
	}
	if versions(lite) != versions(pg) {
		t.Errorf("migration versions differ: SQLite %s, PostgreSQL %s (add migrations/postgres/NNNN_*.sql for each new migration)", versions(lite), versions(pg))
	}
}

func TestRebindDollar(t *testing.T) {
	for in, want := range map[string]string{
		`SELECT a FROM t WHERE x = ? AND y IN (?, ?)`:                `SELECT a FROM t WHERE x = $1 AND y IN ($2, $3)`,
		`WHERE fingerprint = ?3 AND dedup_key = ?1 AND sim_b0 = ?4`:  `WHERE fingerprint = $3 AND dedup_key = $1 AND sim_b0 = $4`,
		`SELECT '?', "a?b", x FROM t -- why?` + "\n" + `WHERE y = ?`: `SELECT '?', "a?b", x FROM t -- why?` + "\n" + `WHERE y = $1`,
		`SELECT 'it''s ?' /* ? */ , ?`:                               `SELECT 'it''s ?' /* ? */ , $1`,
		`SELECT 1`:                                                   `SELECT 1`,
	} {
		if got := rebindDollar(in); got != want {
			t.Errorf("rebind(%q) = %q, want %q", in, got, want)
		}
	}
}
