package jobs

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// HostGate is per-host politeness shared by every process through
// PostgreSQL (crawler.HostGate): each host has Parallelism slots, a slot is
// leased for one request and may start the next one Delay after the last
// ended. That is what one process's Colly LimitRule does on its own, so N
// workers never hit one host harder than one would.
//
// A lease carries an expiry (Lease), so a worker killed mid-request frees
// its slot after at most Lease.
type HostGate struct {
	Pool        *pgxpool.Pool
	Parallelism int           // slots per host; default 1
	Delay       time.Duration // pause after each request on a slot
	Lease       time.Duration // longest a request may hold a slot; default 2m
	// Poll bounds one wait between tries while every slot is busy; default 50ms.
	Poll time.Duration

	mu    sync.Mutex
	known map[string]bool // hosts whose slot rows exist
}

// ErrGate wraps a failure to reach the shared politeness table.
var ErrGate = errors.New("jobs: host gate")

func (g *HostGate) slots() int { return max(1, g.Parallelism) }

// Acquire waits until a request to host may start and returns the function
// that ends it. It waits no longer than ctx allows.
func (g *HostGate) Acquire(ctx context.Context, host string) (func(), error) {
	if err := g.ensure(ctx, host); err != nil {
		return nil, err
	}
	lease := g.Lease
	if lease <= 0 {
		lease = 2 * time.Minute
	}
	poll := g.Poll
	if poll <= 0 {
		poll = 50 * time.Millisecond
	}
	for {
		var slot int
		var wait float64
		err := g.Pool.QueryRow(ctx, `
WITH free AS (
  SELECT host, slot FROM gigscout_host_slots
  WHERE host = $1 AND slot < $2 AND next_at <= clock_timestamp()
    AND (lease_until IS NULL OR lease_until < clock_timestamp())
  ORDER BY next_at LIMIT 1 FOR UPDATE SKIP LOCKED),
took AS (
  UPDATE gigscout_host_slots s SET lease_until = clock_timestamp() + make_interval(secs => $3)
  FROM free WHERE s.host = free.host AND s.slot = free.slot RETURNING s.slot)
SELECT COALESCE((SELECT slot FROM took), -1),
  COALESCE((SELECT EXTRACT(EPOCH FROM MIN(next_at) - clock_timestamp())::float8 FROM gigscout_host_slots
    WHERE host = $1 AND slot < $2 AND (lease_until IS NULL OR lease_until < clock_timestamp())), -1)`,
			host, g.slots(), lease.Seconds()).Scan(&slot, &wait)
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			return nil, fmt.Errorf("%w: %s: %v", ErrGate, host, err)
		}
		if slot >= 0 {
			return func() { g.release(host, slot) }, nil
		}
		d := poll // every slot leased: poll
		if wait >= 0 {
			d = min(poll, max(time.Millisecond, time.Duration(wait*float64(time.Second))))
		}
		t := time.NewTimer(d)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

// release ends a request: the slot may start the next one Delay from now.
func (g *HostGate) release(host string, slot int) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	// A failure leaves the lease to expire: the host is then only paused longer.
	g.Pool.Exec(ctx, `UPDATE gigscout_host_slots SET lease_until = NULL,
  next_at = clock_timestamp() + make_interval(secs => $3) WHERE host = $1 AND slot = $2`, host, slot, g.Delay.Seconds())
}

// ensure creates host's slot rows once per process.
func (g *HostGate) ensure(ctx context.Context, host string) error {
	g.mu.Lock()
	done := g.known[host]
	g.mu.Unlock()
	if done {
		return nil
	}
	_, err := g.Pool.Exec(ctx, `INSERT INTO gigscout_host_slots (host, slot)
  SELECT $1, s FROM generate_series(0, $2 - 1) AS s ON CONFLICT DO NOTHING`, host, g.slots())
	if err != nil {
		return fmt.Errorf("%w: %s: %v", ErrGate, host, err)
	}
	g.mu.Lock()
	if g.known == nil {
		g.known = map[string]bool{}
	}
	g.known[host] = true
	g.mu.Unlock()
	return nil
}
