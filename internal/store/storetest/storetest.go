// Package storetest gives tests a fresh, empty store of each backend as a
// DSN for store.Open: SQLite in the test's temporary directory, and
// PostgreSQL in a new schema of the database GIGSCOUT_TEST_PG_DSN names
// (dropped when the test ends, so tests are independent and may run in
// parallel). Without GIGSCOUT_TEST_PG_DSN the PostgreSQL half skips with
// a message, except when CI=true, where it fails: CI always starts a
// server (.ci/pg-start).
//
// It imports nothing of gigscout's, so the store's own tests use it too.
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the database/sql driver "pgx"
)

// EnvDSN names the PostgreSQL database the tests may create schemas in.
const EnvDSN = "GIGSCOUT_TEST_PG_DSN"

// Backend is one store implementation.
type Backend struct {
	Name string // "sqlite" or "postgres"
	// DSN returns the DSN of a fresh, empty store for tb (skipping tb
	// when the backend is not configured).
	DSN func(tb testing.TB) string
}

// Backends are SQLite and PostgreSQL.
func Backends() []Backend {
	return []Backend{{"sqlite", SQLiteDSN}, {"postgres", PostgresDSN}}
}

// Run runs fn once per backend, as subtests named after them.
func Run(t *testing.T, fn func(t *testing.T, b Backend)) {
	t.Helper()
	for _, b := range Backends() {
		t.Run(b.Name, func(t *testing.T) { fn(t, b) })
	}
}

// RunParallel is Run for a test that shares nothing with others: it and
// both its subtests run in parallel (each has its own store).
func RunParallel(t *testing.T, fn func(t *testing.T, b Backend)) {
	t.Helper()
	t.Parallel()
	for _, b := range Backends() {
		t.Run(b.Name, func(t *testing.T) {
			t.Parallel()
			fn(t, b)
		})
	}
}

// SQLiteDSN is a new database file in tb's temporary directory.
func SQLiteDSN(tb testing.TB) string {
	return "sqlite:" + filepath.Join(tb.TempDir(), "gigscout.db")
}

// PostgresDSN creates a schema in the GIGSCOUT_TEST_PG_DSN database and
// returns a DSN whose search_path is it; the schema is dropped when tb
// ends. Without the variable it skips tb, or fails it when CI=true.
func PostgresDSN(tb testing.TB) string {
	tb.Helper()
	base := os.Getenv(EnvDSN)
	if base == "" {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("%s is not set: CI must run the PostgreSQL store tests (.ci/pg-start starts a server)", EnvDSN)
		}
		tb.Skipf("PostgreSQL half skipped: %s is not set (eval \"$(.ci/pg-start)\" starts a local server; see README)", EnvDSN)
	}
	db, err := admin(base)
	if err != nil {
		tb.Fatalf("storetest: %s: %v", EnvDSN, err)
	}
	var b [6]byte
	rand.Read(b[:])
	schema := "t_" + hex.EncodeToString(b[:])
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := db.ExecContext(ctx, `CREATE SCHEMA `+schema); err != nil {
		tb.Fatalf("storetest: create schema: %v", err)
	}
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if _, err := db.ExecContext(ctx, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			tb.Errorf("storetest: drop schema %s: %v", schema, err)
		}
	})
	return WithSearchPath(base, schema)
}

// WithSearchPath returns dsn (a URL or key=value DSN) with its search_path
// set to schema.
func WithSearchPath(dsn, schema string) string {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		u, err := url.Parse(dsn)
		if err == nil {
			q := u.Query()
			q.Set("search_path", schema)
			u.RawQuery = q.Encode()
			return u.String()
		}
	}
	return dsn + " search_path=" + schema
}

var (
	adminMu  sync.Mutex
	adminDBs = map[string]*sql.DB{}
)

// admin is one shared connection pool per base DSN, for creating and
// dropping schemas.
func admin(dsn string) (*sql.DB, error) {
	adminMu.Lock()
	defer adminMu.Unlock()
	if db := adminDBs[dsn]; db != nil {
		return db, nil
	}
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(4)
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, err
	}
	adminDBs[dsn] = db
	return db, nil
}
