// Package store keeps gigscout's source of truth: listings with a
// monotonically increasing change seq, crawl runs, HTTP validators,
// subscriptions and the digest ledger, widget keys. Store is the contract
// the rest of the code uses; it has two backends, SQLite (the embedded
// default, in WAL mode so that a `gigscout crawl` process can write while
// `serve` reads) and PostgreSQL (scale-out), chosen by the DSN given to
// Open. Both run the same SQL code (a small dialect covers where the two
// differ) over the same migrations. Every method takes a context.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"math"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	_ "github.com/mattn/go-sqlite3" // the database/sql driver "sqlite3"

	"github.com/gigscout/gigscout/internal/model"
)

// migrations/*.sql are SQLite's, migrations/postgres/*.sql PostgreSQL's:
// the same versions, each a port of the other.
//
//go:embed migrations/*.sql migrations/postgres/*.sql
var migrations embed.FS

// ErrNotFound is returned when a listing does not exist.
var ErrNotFound = errors.New("not found")

// Store is the store contract: what the rest of gigscout reads and writes.
// Open returns the SQLite or the PostgreSQL implementation.
type Store interface {
	Listings
	Runs
	Subscriptions
	Digests
	Widgets

	// Stats computes the dashboard's figures with aggregate queries.
	Stats(ctx context.Context, f StatsFilter, o StatsOptions) (*Stats, error)
	// Now is the store's clock (UTC); SetNow replaces it (tests).
	Now() time.Time
	SetNow(now func() time.Time)
	// Backend is "sqlite" or "postgres".
	Backend() string
	Ping(ctx context.Context) error
	Close() error
}

// Listings are the listings, their change feed, duplicate links and
// cross-listing flags.
type Listings interface {
	Upsert(ctx context.Context, ls []*model.Listing) ([]Outcome, error)
	SeenUnchanged(ctx context.Context, postings map[string]string) (map[string]model.Severity, error)
	CloseMissing(ctx context.Context, source string, seen map[string]struct{}, startedAt time.Time) (int, error)
	Get(ctx context.Context, id string) (*model.Listing, error)
	GetMany(ctx context.Context, ids []string) ([]*model.Listing, error)
	ChangesSince(ctx context.Context, after int64, limit int) ([]model.Change, error)
	MaxSeq(ctx context.Context) (int64, error)
	Count(ctx context.Context) (all, open int, err error)
	NewListingIDs(ctx context.Context, from, to time.Time, limit int) ([]string, error)
	SourceCompanies(ctx context.Context) (map[string]string, error)
	CorpusRows(ctx context.Context) ([]CorpusRow, error)
	CorpusRowsSince(ctx context.Context, after int64) (open []CorpusRow, closed []string, seq int64, err error)
	SetCorpusFlags(ctx context.Context, want map[string][]model.Flag, risk func(base, extra []model.Flag) model.Severity) error
	SetCorpusFlagsOf(ctx context.Context, ids []string, want map[string][]model.Flag, risk func(base, extra []model.Flag) model.Severity) error
}

// Runs are crawl runs, their notes and the HTTP validators
// (crawler.Validators).
type Runs interface {
	RecordRun(ctx context.Context, r *Run) (int64, error)
	RecordRunNotes(ctx context.Context, id int64, notes []string) error
	RunNotes(ctx context.Context, id int64) ([]string, error)
	SourceStat(ctx context.Context, source string) (*SourceStat, error)
	Validators(ctx context.Context, url string) (etag, lastModified string, err error)
	SetValidators(ctx context.Context, url, etag, lastModified string) error
}

// Subscriptions are the digest subscriptions.
type Subscriptions interface {
	SaveSubscription(ctx context.Context, email, query string, p Prefs) (*Subscription, bool, error)
	Subscription(ctx context.Context, id int64) (*Subscription, error)
	Subscriptions(ctx context.Context) ([]*Subscription, error)
	MarkConfirmSent(ctx context.Context, id int64) error
	ConfirmSubscription(ctx context.Context, id int64) error
	UpdateSubscription(ctx context.Context, id int64, p Prefs, paused bool) error
	Unsubscribe(ctx context.Context, id int64) error
	DeleteSubscription(ctx context.Context, id int64) error
	FailAddress(ctx context.Context, email, reason string) error
	NoteFailure(ctx context.Context, id int64, reason string) error
	DigestKey(ctx context.Context) ([]byte, error)
}

// Digests are the digest e-mails and their ledger.
type Digests interface {
	Sent(ctx context.Context, sub int64, ids []string) (map[string]bool, error)
	CreateDigest(ctx context.Context, d *Digest, items []LedgerItem) error
	PendingDigest(ctx context.Context, sub int64) (*Digest, []LedgerItem, error)
	Digests(ctx context.Context, sub int64, limit int) ([]*Digest, error)
	MarkDigestSent(ctx context.Context, id int64) error
	NoteDigestAttempt(ctx context.Context, id int64, reason string) error
	FailDigest(ctx context.Context, id int64, reason string) error
	SkipDigest(ctx context.Context, sub int64, slot, coveredUntil time.Time) error
}

// Widgets are the career-office widget keys and their daily counts.
type Widgets interface {
	CreateWidgetKey(ctx context.Context, k *WidgetKey) error
	WidgetKey(ctx context.Context, id string) (*WidgetKey, error)
	WidgetKeys(ctx context.Context) ([]*WidgetKey, error)
	RevokeWidgetKey(ctx context.Context, id string) (*WidgetKey, error)
	RecordWidgetSearch(ctx context.Context, keyID string, at time.Time) error
	RecordWidgetClick(ctx context.Context, keyID string, at time.Time) error
	WidgetDaily(ctx context.Context, keyID string, from, to time.Time) ([]WidgetDay, error)
}

// sqlStore is both implementations: database/sql with a dialect.
type sqlStore struct {
	db    *sql.DB
	d     *dialect
	clock func() time.Time

	gate     chan struct{} // one write transaction of this process at a time (write.go)
	retryFor time.Duration // bound on a write's busy retries (write.go)

	written writtenCache // what this process wrote, for its read-back (written.go)

	log *slog.Logger // schema upgrades (Options.Logger)

	// textsInData: write the listings' texts inside data and read no body
	// column, as a store before migration 0018 (body.go). Only tests that
	// make older stores set it.
	textsInData bool
}

// bodyCol is the body column for a SELECT (body.go): NULL, as every row
// of an older store reads, under textsInData.
func (s *sqlStore) bodyCol() string {
	if s.textsInData {
		return "NULL"
	}
	return "body"
}

var _ Store = (*sqlStore)(nil)

// DSN kinds.
const (
	SQLite   = "sqlite"
	Postgres = "postgres"
)

var (
	schemeRE = regexp.MustCompile(`^([a-zA-Z][a-zA-Z0-9+.-]*):`)
	driveRE  = regexp.MustCompile(`^[a-zA-Z]:[\\/]`)
)

// ParseDSN tells which backend dsn names and what to open: for SQLite the
// file path ("sqlite:./data/gigscout.db", "sqlite:///abs/path.db", or a
// bare path with no scheme), for PostgreSQL the DSN itself
// ("postgres://..." or "postgresql://..."). Another scheme is an error
// naming it.
func ParseDSN(dsn string) (kind, target string, err error) {
	if strings.TrimSpace(dsn) == "" {
		return "", "", errors.New("store: empty DSN (want sqlite:PATH or postgres://...)")
	}
	m := schemeRE.FindStringSubmatch(dsn)
	if m == nil || driveRE.MatchString(dsn) { // no scheme, or a Windows drive
		return SQLite, dsn, nil
	}
	switch strings.ToLower(m[1]) {
	case "sqlite", "sqlite3", "file":
		p := dsn[len(m[0]):]
		if strings.HasPrefix(p, "//") { // sqlite:///abs/path
			p = p[2:]
		}
		if p == "" {
			return "", "", fmt.Errorf("store: DSN %q has no file path", dsn)
		}
		return SQLite, p, nil
	case "postgres", "postgresql":
		return Postgres, dsn, nil
	}
	return "", "", fmt.Errorf("store: unknown DSN scheme %q in %q (want sqlite:PATH or postgres://...)", m[1], redact(dsn))
}

// redact hides a password in a DSN for messages and logs.
func redact(dsn string) string {
	return regexp.MustCompile(`(://[^:/@]*:)[^@/]*@`).ReplaceAllString(dsn, "${1}xxxxx@")
}

// Redact returns dsn with its password (if any) hidden, for logs.
func Redact(dsn string) string { return redact(dsn) }

// Open opens the store dsn names (see ParseDSN: a bare path is a SQLite
// file, created if needed) and applies the migrations it has not seen,
// each in its own transaction.
func Open(ctx context.Context, dsn string) (Store, error) {
	return OpenWith(ctx, dsn, Options{})
}

// OpenWith is Open with the write contention settings of opts.
func OpenWith(ctx context.Context, dsn string, opts Options) (Store, error) {
	s, err := open(ctx, dsn, opts)
	if err != nil {
		return nil, err
	}
	return s, nil
}

func open(ctx context.Context, dsn string, opts Options) (*sqlStore, error) {
	kind, target, err := ParseDSN(dsn)
	if err != nil {
		return nil, err
	}
	busy := opts.BusyTimeout
	if busy <= 0 {
		busy = DefaultBusyTimeout
	}
	var s *sqlStore
	switch kind {
	case Postgres:
		if s, err = openPostgres(ctx, target, busy); err != nil {
			return nil, err
		}
	default:
		if s, err = openSQLite(target, busy); err != nil {
			return nil, err
		}
	}
	s.clock = func() time.Time { return time.Now().UTC() }
	s.log = opts.Logger
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	s.gate = make(chan struct{}, 1)
	s.retryFor = opts.WriteRetryFor
	if err := s.migrate(ctx); err != nil {
		s.db.Close()
		return nil, err
	}
	return s, nil
}

func openSQLite(path string, busy time.Duration) (*sqlStore, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
	}
	dsn := "file:" + path + "?_journal_mode=WAL&_foreign_keys=on&_busy_timeout=" + strconv.FormatInt(busy.Milliseconds(), 10) + "&_synchronous=NORMAL&_txlock=immediate" + sqliteWriteParams()
	db, err := sql.Open("sqlite3", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	db.SetMaxOpenConns(4)
	return &sqlStore{db: db, d: sqliteDialect}, nil
}

// Close closes the database.
func (s *sqlStore) Close() error { return s.db.Close() }

// Ping checks the database answers.
func (s *sqlStore) Ping(ctx context.Context) error { return s.db.PingContext(ctx) }

// Now returns the store's clock.
func (s *sqlStore) Now() time.Time { return s.clock() }

// SetNow replaces the store's clock.
func (s *sqlStore) SetNow(now func() time.Time) { s.clock = now }

// Backend returns "sqlite" or "postgres".
func (s *sqlStore) Backend() string { return s.d.name }

// migration is one embedded migration file of the store's dialect.
type migration struct {
	version int
	name    string
}

// migrationsOf lists the dialect's migrations in version order.
func migrationsOf(dir string) ([]migration, error) {
	names, err := fs.Glob(migrations, dir+"/*.sql")
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	sort.Strings(names)
	var out []migration
	for _, name := range names {
		version, err := strconv.Atoi(strings.SplitN(path.Base(name), "_", 2)[0])
		if err != nil {
			return nil, fmt.Errorf("store: migration %s: bad version prefix", name)
		}
		out = append(out, migration{version, name})
	}
	return out, nil
}

func (s *sqlStore) migrate(ctx context.Context) error {
	return s.migrateTo(ctx, math.MaxInt)
}

// migrateTo applies the migrations up to version upTo (tests stop at an
// older schema with it).
func (s *sqlStore) migrateTo(ctx context.Context, upTo int) error {
	ms, err := migrationsOf(s.d.migrations)
	if err != nil {
		return err
	}
	ms = slices.DeleteFunc(ms, func(m migration) bool { return m.version > upTo })
	return s.d.migrateLocked(ctx, s.db, func(ctx context.Context, conn execer) error {
		// In a write transaction with busy retries. As a bare statement
		// it read the schema and then asked for the write lock, and on a
		// new SQLite file opened by several processes at once SQLite
		// answered "database is locked" without waiting out the busy
		// timeout (waiting could deadlock): 1 start in 12 failed in
		// TestConcurrentMigrators.
		if err := s.migrationTx(ctx, conn, func(tx *sql.Tx) error {
			_, err := tx.ExecContext(ctx, s.d.migrationsTable)
			return err
		}); err != nil {
			return fmt.Errorf("store: migrations table: %w", err)
		}
		upgrade, err := s.pendingUpgrade(ctx, ms)
		if err != nil {
			return err
		}
		start, log := time.Now(), s.log
		if log == nil {
			log = slog.New(slog.DiscardHandler)
		}
		if upgrade != nil {
			// An existing store: a migration may rebuild a large table,
			// and the command says nothing else until it is done.
			log.Info("store: upgrading the schema; a large store takes a while", "migrations", upgrade)
		}
		for _, m := range ms {
			if err := s.apply(ctx, conn, m.version, m.name); err != nil {
				return err
			}
		}
		if upgrade != nil {
			log.Info("store: schema upgraded", "took", time.Since(start).Round(time.Millisecond))
		}
		return nil
	})
}

// pendingUpgrade names the migrations of ms not yet applied to a store
// that has had some applied before (an upgrade), or nil (a new store, or
// nothing to do).
func (s *sqlStore) pendingUpgrade(ctx context.Context, ms []migration) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT version FROM schema_migrations`)
	if err != nil {
		return nil, fmt.Errorf("store: migrations applied: %w", err)
	}
	defer rows.Close()
	applied := map[int]bool{}
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			return nil, fmt.Errorf("store: migrations applied: %w", err)
		}
		applied[v] = true
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: migrations applied: %w", err)
	}
	if len(applied) == 0 {
		return nil, nil
	}
	var pending []string
	for _, m := range ms {
		if !applied[m.version] {
			pending = append(pending, path.Base(m.name))
		}
	}
	return pending, nil
}

// execer is a connection that runs migrations (a *sql.DB, or the one
// *sql.Conn that holds PostgreSQL's migration lock).
type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	BeginTx(ctx context.Context, opts *sql.TxOptions) (*sql.Tx, error)
}

func (s *sqlStore) apply(ctx context.Context, conn execer, version int, name string) error {
	body, err := migrations.ReadFile(name)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	// SQLite's write gate and busy retries, or one transaction on the
	// lock-holding connection for PostgreSQL.
	return s.migrationTx(ctx, conn, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, s.d.rebind(`SELECT COUNT(*) FROM schema_migrations WHERE version = ?`), version).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return nil
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			return fmt.Errorf("migration %s: %w", name, err)
		}
		if step := migrationSteps[version]; step != nil {
			if err := step(ctx, s.d, tx, s.log); err != nil {
				return fmt.Errorf("migration %s: %w", name, err)
			}
		}
		_, err := tx.ExecContext(ctx, s.d.rebind(`INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`), version, s.Now().Unix())
		return err
	})
}

func (s *sqlStore) migrationTx(ctx context.Context, conn execer, fn func(*sql.Tx) error) error {
	if _, isDB := conn.(*sql.DB); isDB {
		return s.tx(ctx, fn)
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: begin: %w", err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return fmt.Errorf("store: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
	return nil
}

// tx runs fn in a transaction, committing when it returns nil.
// A busy database is retried (see writeTx), so fn may run more than once.
func (s *sqlStore) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	return s.writeTx(ctx, fn)
}

// nextSeq takes the next change number inside tx. On PostgreSQL the
// write transaction already holds the seq row's lock (write.go), so seqs
// are taken and committed in order: the change feed has no gaps.
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
