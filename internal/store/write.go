package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"time"

	"github.com/mattn/go-sqlite3"
)

// Write contention. SQLite has one writer at a time; on PostgreSQL the
// write transactions take turns the same way (writeOnce). Within this process
// the write transactions take turns at a gate (so they queue in Go, not in
// SQLite's sleeping busy handler); another process's writer (a `gigscout
// crawl` beside `serve`) is waited for by the busy timeout, and a write
// that still finds the database busy is retried with backoff until
// WriteRetryFor has passed. Then it fails with ErrBusy: a write is
// retried or fails loudly, never dropped.
const (
	// DefaultBusyTimeout is how long one SQLite statement waits for a lock.
	DefaultBusyTimeout = 10 * time.Second
	// DefaultWriteRetryFor bounds the retries of one write transaction.
	DefaultWriteRetryFor = 2 * time.Minute
)

// ErrBusy is returned when a write found the database locked for longer
// than its retries allow.
var ErrBusy = errors.New("database busy")

// Options tune OpenWith; zero values take the defaults.
type Options struct {
	BusyTimeout   time.Duration // per statement: SQLite's busy timeout, PostgreSQL's lock_timeout
	WriteRetryFor time.Duration // per write transaction, across retries
	// Logger hears of schema upgrades (a migration that rebuilds a table
	// takes about 2 s a 10,000 listings); nil logs nothing.
	Logger *slog.Logger
}

// isSQLiteBusy reports whether err is SQLite's "database is locked/busy".
func isSQLiteBusy(err error) bool {
	var se sqlite3.Error
	if errors.As(err, &se) {
		return se.Code == sqlite3.ErrBusy || se.Code == sqlite3.ErrLocked
	}
	return false
}

// writeTx runs fn in a write transaction, committing when it returns nil.
// fn may run more than once (a busy database rolls it back and retries),
// so it must not keep state across calls beyond what it recomputes.
func (s *sqlStore) writeTx(ctx context.Context, fn func(*sql.Tx) error) error {
	retryFor := s.retryFor
	if retryFor <= 0 {
		retryFor = DefaultWriteRetryFor
	}
	deadline := time.Now().Add(retryFor)
	backoff := 20 * time.Millisecond
	for attempt := 1; ; attempt++ {
		err := s.writeOnce(ctx, deadline, fn)
		if err == nil || !s.d.isBusy(err) {
			return err
		}
		wait := backoff/2 + rand.N(backoff)
		if time.Now().Add(wait).After(deadline) {
			return fmt.Errorf("store: %w after %d attempts in %s: %w", ErrBusy, attempt, retryFor, err)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("store: write: %w (after %d busy attempts)", ctx.Err(), attempt)
		case <-t.C:
		}
		backoff = min(backoff*2, time.Second)
	}
}

func (s *sqlStore) writeOnce(ctx context.Context, deadline time.Time, fn func(*sql.Tx) error) error {
	if s.gate != nil {
		select {
		case s.gate <- struct{}{}: // free: never lose it to an expired timer
		default:
			if err := s.waitGate(ctx, deadline); err != nil {
				return err
			}
		}
		defer func() { <-s.gate }()
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: begin: %w", err)
	}
	if s.d.lockWrites != "" {
		// PostgreSQL: the seq row's lock, held to commit, makes write
		// transactions take turns across every process, as SQLite's
		// BEGIN IMMEDIATE does. So seqs are taken in commit order (a
		// reader that saw seq n has seen every seq below it: the change
		// feed has no gaps), and the check-then-write transactions
		// (subscriptions, digests, keys) cannot race.
		if _, err := tx.ExecContext(ctx, s.d.lockWrites); err != nil {
			tx.Rollback()
			return fmt.Errorf("store: write lock: %w", err)
		}
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return fmt.Errorf("store: %w", err)
	}
	if err := tx.Commit(); err != nil {
		tx.Rollback()
		return fmt.Errorf("store: commit: %w", err)
	}
	return nil
}

// waitGate waits for this process's other write to finish.
func (s *sqlStore) waitGate(ctx context.Context, deadline time.Time) error {
	wait := time.NewTimer(time.Until(deadline))
	defer wait.Stop()
	select {
	case s.gate <- struct{}{}:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("store: waiting for the write gate: %w", ctx.Err())
	case <-wait.C:
		return fmt.Errorf("store: %w: this process's other writes held the database past the retry bound", ErrBusy)
	}
}
