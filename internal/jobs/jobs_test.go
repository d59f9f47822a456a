package jobs

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/robfig/cron/v3"
)

var testParser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

func mustSchedule(t *testing.T, spec string) cron.Schedule {
	t.Helper()
	s, err := testParser.Parse(spec)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestTicks(t *testing.T) {
	at := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		spec       string
		now        string
		prev, next string
	}{
		{"@every 6h", "2026-11-30T15:04:05Z", "2026-11-30T12:00:00Z", "2026-11-30T18:00:00Z"},
		{"@every 6h", "2026-11-30T12:00:00Z", "2026-11-30T12:00:00Z", "2026-11-30T18:00:00Z"},
		{"@every 20s", "2026-11-30T15:04:05Z", "2026-11-30T15:04:00Z", "2026-11-30T15:04:20Z"},
		{"CRON_TZ=UTC 0 * * * *", "2026-11-30T15:04:05Z", "2026-11-30T15:00:00Z", "2026-11-30T16:00:00Z"},
		{"CRON_TZ=UTC 30 9 * * 1", "2026-11-30T15:04:05Z", "2026-11-30T09:30:00Z", "2026-12-07T09:30:00Z"}, // a Monday
		{"CRON_TZ=UTC 0 0 * * *", "2026-11-30T00:00:00Z", "2026-11-30T00:00:00Z", "2026-12-01T00:00:00Z"},
		{"CRON_TZ=UTC 0 0 1 1 *", "2026-11-30T15:04:05Z", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z"},
	}
	for _, tc := range tests {
		t.Run(tc.spec+" at "+tc.now, func(t *testing.T) {
			k := NewTicks(mustSchedule(t, tc.spec))
			now := at(tc.now)
			if got := k.Prev(now); !got.Equal(at(tc.prev)) {
				t.Errorf("Prev = %v, want %s", got, tc.prev)
			}
			if got := k.Next(now); !got.Equal(at(tc.next)) {
				t.Errorf("Next = %v, want %s", got, tc.next)
			}
			if k.Due(at(tc.prev), now) {
				t.Errorf("Due(last success at the current tick) = true")
			}
			if !k.Due(at(tc.prev).Add(-time.Second), now) || !k.Due(time.Time{}, now) {
				t.Errorf("Due(before the current tick or never) = false")
			}
		})
	}
}

// crawlLog records the crawls of the fake crawl function.
type crawlLog struct {
	mu      sync.Mutex
	n       map[string]int
	running map[string]int
	overlap int
	last    map[string]time.Time
	hold    time.Duration
}

func (c *crawlLog) crawl(ctx context.Context, source string) error {
	started := time.Now() // a run's last success is when it started
	c.mu.Lock()
	c.n[source]++
	c.running[source]++
	if c.running[source] > 1 {
		c.overlap++
	}
	c.mu.Unlock()
	select {
	case <-time.After(c.hold):
	case <-ctx.Done():
	}
	c.mu.Lock()
	c.running[source]--
	c.last[source] = started
	c.mu.Unlock()
	return nil
}

func (c *crawlLog) lastSuccess(ctx context.Context, source string) (time.Time, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.last[source], nil
}

func (c *crawlLog) counts() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := map[string]int{}
	for k, v := range c.n {
		out[k] = v
	}
	return out
}

// Three queue clients on one database, four sources due at start and
// ticking every 2s: each (source, tick) is one job, crawled at most once,
// and no source has two crawls running at once.
func TestQueueOncePerTick(t *testing.T) {
	pool := testPool(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	log := &crawlLog{n: map[string]int{}, running: map[string]int{}, last: map[string]time.Time{}, hold: 300 * time.Millisecond}
	var srcs []Source
	for i := range 4 {
		srcs = append(srcs, Source{Name: fmt.Sprintf("board-%d", i), Schedule: mustSchedule(t, "@every 2s")})
	}
	var queues []*Queue
	for i := range 3 {
		q, err := New(Options{Pool: pool, Sources: srcs, Crawl: log.crawl, LastSuccess: log.lastSuccess, Workers: 2,
			JobTimeout: 10 * time.Second, RescueAfter: 15 * time.Second, LockRetry: 200 * time.Millisecond,
			ID: fmt.Sprintf("test-%d", i), Logger: slog.New(slog.DiscardHandler)})
		if err != nil {
			t.Fatal(err)
		}
		if err := q.Start(ctx); err != nil {
			t.Fatal(err)
		}
		queues = append(queues, q)
	}
	// Run until every source was crawled twice (the start tick and a
	// periodic one), bounded: a fixed sleep of a few ticks failed under a
	// loaded CI machine, where the first crawls came late.
	waitUntil := time.Now().Add(40 * time.Second)
	for time.Now().Before(waitUntil) {
		got, done := log.counts(), 0
		for _, src := range srcs {
			if got[src.Name] >= 2 {
				done++
			}
		}
		if done == len(srcs) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	for _, q := range queues {
		sctx, c := context.WithTimeout(ctx, 10*time.Second)
		if err := q.Stop(sctx); err != nil {
			t.Error(err)
		}
		c()
	}
	// Every job of a (source, tick) was inserted once and worked once.
	rows, err := pool.Query(ctx, `SELECT args->>'source', count(*), count(DISTINCT args->>'tick'),
  count(*) FILTER (WHERE state = 'completed') FROM river_job WHERE kind = $1 GROUP BY 1 ORDER BY 1`, Kind)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	got := log.counts()
	seen := 0
	for rows.Next() {
		var src string
		var jobs, ticks, completed int
		if err := rows.Scan(&src, &jobs, &ticks, &completed); err != nil {
			t.Fatal(err)
		}
		seen++
		if jobs != ticks {
			t.Errorf("%s: %d jobs for %d ticks", src, jobs, ticks)
		}
		if ticks < 2 {
			t.Errorf("%s: %d ticks of @every 2s in up to 40s (want the start one and periodic ones)", src, ticks)
		}
		// A crawl that started after the next tick covers that tick too
		// (its job then completes without crawling): never more crawls
		// than ticks.
		if got[src] > completed || got[src] < 2 || completed != jobs {
			t.Errorf("%s: crawled %d times, %d of %d jobs completed", src, got[src], completed, jobs)
		}
	}
	if seen != len(srcs) {
		t.Errorf("jobs for %d sources, want %d", seen, len(srcs))
	}
	if log.overlap != 0 {
		t.Errorf("%d crawls overlapped another crawl of their source", log.overlap)
	}
}

// A source's lock is held by one crawl at a time, across connections, and
// freed when released.
func TestSourceLock(t *testing.T) {
	pool := testPool(t)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	q := &Queue{opts: Options{Pool: pool}}
	unlock, ok, err := q.lockSource(ctx, "a")
	if err != nil || !ok {
		t.Fatalf("first lock: ok=%v err=%v", ok, err)
	}
	if _, ok, err := q.lockSource(ctx, "a"); err != nil || ok {
		t.Fatalf("second lock of a held source: ok=%v err=%v", ok, err)
	}
	u2, ok, err := q.lockSource(ctx, "b")
	if err != nil || !ok {
		t.Fatalf("another source: ok=%v err=%v", ok, err)
	}
	u2()
	unlock()
	u3, ok, err := q.lockSource(ctx, "a")
	if err != nil || !ok {
		t.Fatalf("lock after unlock: ok=%v err=%v", ok, err)
	}
	u3()
}

// Two gates (two processes) on one host with 2 slots and a 40ms delay:
// never more than 2 requests at once, and a slot's next request starts at
// least the delay after its previous one ended.
func TestHostGate(t *testing.T) {
	pool := testPool(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	const delay = 40 * time.Millisecond
	gates := []*HostGate{{Pool: pool, Parallelism: 2, Delay: delay}, {Pool: pool, Parallelism: 2, Delay: delay}}
	type span struct{ start, end time.Time }
	var mu sync.Mutex
	var spans []span
	inFlight, maxInFlight := 0, 0
	var wg sync.WaitGroup
	for i := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			g := gates[i%2]
			for range 4 {
				release, err := g.Acquire(ctx, "127.0.0.1:9")
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				inFlight++
				maxInFlight = max(maxInFlight, inFlight)
				s := span{start: time.Now()}
				mu.Unlock()
				time.Sleep(5 * time.Millisecond)
				mu.Lock()
				inFlight--
				s.end = time.Now()
				spans = append(spans, s)
				mu.Unlock()
				release()
			}
		}()
	}
	wg.Wait()
	if maxInFlight > 2 {
		t.Errorf("%d requests at once, want at most 2", maxInFlight)
	}
	if len(spans) != 24 {
		t.Fatalf("%d requests, want 24", len(spans))
	}
	// With 2 slots, any 3 requests in start order include two on one slot:
	// the third cannot start before the first ended plus the delay.
	sortSpans := func() {
		for i := 1; i < len(spans); i++ {
			for j := i; j > 0 && spans[j].start.Before(spans[j-1].start); j-- {
				spans[j], spans[j-1] = spans[j-1], spans[j]
			}
		}
	}
	sortSpans()
	for i := 2; i < len(spans); i++ {
		earliest := spans[i-2].end
		if spans[i-1].end.Before(earliest) {
			earliest = spans[i-1].end
		}
		if gap := spans[i].start.Sub(earliest); gap < delay-2*time.Millisecond {
			t.Errorf("request %d started %v after an earlier one on its slot ended, want >= %v", i, gap, delay)
		}
	}
}

// A job that comes back after its tick was crawled (its worker died
// between recording the run and completing the job) completes without
// crawling again; a job of a newer tick crawls.
func TestJobSkipsCrawledTick(t *testing.T) {
	pool := testPool(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	log := &crawlLog{n: map[string]int{}, running: map[string]int{}, last: map[string]time.Time{}}
	tick := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	log.last["a"] = tick.Add(time.Minute) // crawled after the tick
	q, err := New(Options{Pool: pool, Sources: []Source{{Name: "a", Schedule: mustSchedule(t, "CRON_TZ=UTC 0 0 1 1 *")}},
		Crawl: log.crawl, LastSuccess: log.lastSuccess, Logger: slog.New(slog.DiscardHandler), ID: "skip-test",
		// The two jobs may start together: the one that finds the source
		// locked must come back within the test's deadline, not after 30 s.
		LockRetry: 200 * time.Millisecond,
		Now:       func() time.Time { return tick.Add(2 * time.Minute) }})
	if err != nil {
		t.Fatal(err)
	}
	if err := q.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer q.Stop(ctx)
	for _, tk := range []time.Time{tick, tick.AddDate(1, 0, 0)} {
		if _, err := q.client.Insert(ctx, CrawlArgs{Source: "a", Tick: tk}, nil); err != nil {
			t.Fatal(err)
		}
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		var done int
		pool.QueryRow(ctx, `SELECT count(*) FROM river_job WHERE state = 'completed'`).Scan(&done)
		if done == 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of 2 jobs completed", done)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if n := log.counts()["a"]; n != 1 {
		t.Errorf("crawled %d times, want 1 (the newer tick only)", n)
	}
}
