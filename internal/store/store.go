// Package store keeps gigscout's source of truth in SQLite: listings with a
// monotonically increasing change seq, crawl runs and HTTP validators.
// Every method takes a context. The database runs in WAL mode so that a
// `gigscout crawl` process can write while `serve` reads.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	_ "github.com/mattn/go-sqlite3" // the database/sql driver "sqlite3"
)

//go:embed migrations/*.sql
var migrations embed.FS

// ErrNotFound is returned when a listing does not exist.
var ErrNotFound = errors.New("not found")

// Store is an open database.
type Store struct {
	db *sql.DB
	// Now returns the current time; tests replace it.
	Now func() time.Time

	gate     chan struct{} // one write transaction of this process at a time (write.go)
	retryFor time.Duration // bound on a write's busy retries (write.go)
}

// Open opens (creating if needed) the database at path and applies the
// migrations it has not seen, each in its own transaction.
func Open(ctx context.Context, path string) (*Store, error) {
	return OpenWith(ctx, path, Options{})
}

// OpenWith is Open with the write contention settings of opts.
func OpenWith(ctx context.Context, path string, opts Options) (*Store, error) {
	busy := opts.BusyTimeout
	if busy <= 0 {
		busy = DefaultBusyTimeout
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
	}
	dsn := "file:" + path + "?_journal_mode=WAL&_foreign_keys=on&_busy_timeout=" + strconv.FormatInt(busy.Milliseconds(), 10) + "&_synchronous=NORMAL&_txlock=immediate"
	db, err := sql.Open("sqlite3", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	db.SetMaxOpenConns(4)
	s := &Store{db: db, Now: func() time.Time { return time.Now().UTC() }, gate: make(chan struct{}, 1), retryFor: opts.WriteRetryFor}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Ping checks the database answers.
func (s *Store) Ping(ctx context.Context) error { return s.db.PingContext(ctx) }

func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("store: migrations table: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	sort.Strings(names)
	for _, name := range names {
		version, err := strconv.Atoi(strings.SplitN(filepath.Base(name), "_", 2)[0])
		if err != nil {
			return fmt.Errorf("store: migration %s: bad version prefix", name)
		}
		if err := s.apply(ctx, version, name); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) apply(ctx context.Context, version int, name string) error {
	body, err := migrations.ReadFile(name)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = ?`, version).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return nil
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			return fmt.Errorf("migration %s: %w", name, err)
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`, version, s.Now().Unix())
		return err
	})
}

// tx runs fn in a transaction, committing when it returns nil.
// A busy database is retried (see writeTx), so fn may run more than once.
func (s *Store) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	return s.writeTx(ctx, fn)
}

// nextSeq takes the next change number inside tx.
func nextSeq(ctx context.Context, tx *sql.Tx) (int64, error) {
	var v int64
	err := tx.QueryRowContext(ctx, `UPDATE seq SET value = value + 1 WHERE id = 1 RETURNING value`).Scan(&v)
	return v, err
}

func unix(t time.Time) int64 { return t.UTC().Unix() }

func fromUnix(v sql.NullInt64) *time.Time {
	if !v.Valid {
		return nil
	}
	t := time.Unix(v.Int64, 0).UTC()
	return &t
}
