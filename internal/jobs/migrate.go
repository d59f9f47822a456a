package jobs

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"
)

// migrateLock serializes Migrate across processes starting together
// (pg_advisory_xact_lock key; "gigscout" in ASCII).
const migrateLock = 0x67696773636f7574

// hostSlotsDDL is the shared politeness table (HostGate).
const hostSlotsDDL = `CREATE TABLE IF NOT EXISTS gigscout_host_slots (
  host text NOT NULL,
  slot int NOT NULL,
  next_at timestamptz NOT NULL DEFAULT 'epoch',
  lease_until timestamptz,
  PRIMARY KEY (host, slot)
)`

// Migrate applies river's own migrations (each version in its own
// transaction, as river requires) and the queue's table, one process at a
// time (a session advisory lock).
func Migrate(ctx context.Context, pool *pgxpool.Pool) error {
	m, err := rivermigrate.New(riverpgxv5.New(pool), nil)
	if err != nil {
		return fmt.Errorf("jobs: migrate: %w", err)
	}
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("jobs: migrate: %w", err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, int64(migrateLock)); err != nil {
		return fmt.Errorf("jobs: migrate: lock: %w", err)
	}
	defer func() {
		uctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if _, err := conn.Exec(uctx, `SELECT pg_advisory_unlock($1)`, int64(migrateLock)); err != nil {
			conn.Conn().Close(uctx)
		}
	}()
	if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return fmt.Errorf("jobs: river migrations: %w", err)
	}
	if _, err := conn.Exec(ctx, hostSlotsDDL); err != nil {
		return fmt.Errorf("jobs: migrate: %w", err)
	}
	return nil
}
