// Package jobs runs crawls as jobs on a queue shared through PostgreSQL
// (river): any number of `gigscout worker` processes take them. Each
// source's schedule becomes a periodic job enqueued by river's elected
// leader; every process also enqueues, at start, the sources that are due
// (never crawled, or a tick passed since their last success). A job is
// unique per (source, tick), so a tick is crawled once however many
// processes enqueue it; a session advisory lock held during the crawl keeps
// one crawl per source running at a time; a worker killed mid-crawl leaves
// its job running until river's rescuer (RescueAfter) hands it to another.
//
// The package knows nothing of the crawler or the store: cmd injects the
// crawl and the last-success lookup as functions.
package jobs

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sort"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/robfig/cron/v3"
)

// Kind is the river job kind of a crawl.
const Kind = "gigscout_crawl"

// CrawlArgs are one crawl job: a source at one tick of its schedule.
type CrawlArgs struct {
	Source string    `json:"source" river:"unique"`
	Tick   time.Time `json:"tick" river:"unique"`
}

// Kind implements river.JobArgs.
func (CrawlArgs) Kind() string { return Kind }

// InsertOpts makes every crawl job unique by its arguments, in every state
// river keeps (completed included, until its cleaner removes it after a day).
func (CrawlArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{MaxAttempts: maxAttempts, UniqueOpts: river.UniqueOpts{ByArgs: true}}
}

const maxAttempts = 5

// Source is one crawl source as the queue sees it.
type Source struct {
	Name     string
	Schedule cron.Schedule
}

// Options configure a Queue. Pool, Crawl and LastSuccess are required.
type Options struct {
	Pool    *pgxpool.Pool
	Sources []Source
	// Crawl runs one source's crawl to the end and records it. It returns
	// an error only when the job should be retried (the run could not be
	// recorded); a failed crawl that was recorded waits for its next tick.
	Crawl func(ctx context.Context, source string) error
	// LastSuccess is when source last crawled successfully; zero: never.
	LastSuccess func(ctx context.Context, source string) (time.Time, error)
	// Workers is how many crawls this process runs at once; default 4.
	Workers int
	// JobTimeout cancels a crawl running longer; default 30m.
	JobTimeout time.Duration
	// RescueAfter: a job running this long without finishing (its worker
	// was killed) is retried by another worker; default JobTimeout + 5m.
	// Must exceed JobTimeout.
	RescueAfter time.Duration
	// LockRetry is how long a job waits (snoozed) when another crawl of
	// its source holds the source's lock; default 30s.
	LockRetry time.Duration
	// ID names this client to river (unique per process); default
	// gigscout-HOST-PID.
	ID     string
	Logger *slog.Logger
	// Now replaces time.Now (tests).
	Now func() time.Time
}

// Queue is a started or stoppable river client working crawl jobs.
type Queue struct {
	opts    Options
	client  *river.Client[pgx.Tx]
	sources map[string]Ticks
	log     *slog.Logger
}

// DefaultID is the river client id of this process: host and pid.
func DefaultID() string {
	host, _ := os.Hostname()
	if host == "" {
		host = "host"
	}
	return fmt.Sprintf("gigscout-%s-%d", host, os.Getpid())
}

// New builds the queue's river client; Migrate must have run.
func New(opts Options) (*Queue, error) {
	if opts.Pool == nil || opts.Crawl == nil || opts.LastSuccess == nil {
		return nil, errors.New("jobs: Pool, Crawl and LastSuccess are required")
	}
	if opts.Workers <= 0 {
		opts.Workers = 4
	}
	if opts.JobTimeout <= 0 {
		opts.JobTimeout = 30 * time.Minute
	}
	if opts.RescueAfter <= 0 {
		opts.RescueAfter = opts.JobTimeout + 5*time.Minute
	}
	if opts.RescueAfter <= opts.JobTimeout {
		return nil, fmt.Errorf("jobs: rescue after (%v) must exceed the job timeout (%v)", opts.RescueAfter, opts.JobTimeout)
	}
	if opts.LockRetry <= 0 {
		opts.LockRetry = 30 * time.Second
	}
	if opts.ID == "" {
		opts.ID = DefaultID()
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	q := &Queue{opts: opts, sources: map[string]Ticks{}, log: opts.Logger.With("queue", opts.ID)}
	workers := river.NewWorkers()
	if err := river.AddWorkerSafely[CrawlArgs](workers, &crawlWorker{q: q}); err != nil {
		return nil, err
	}
	var periodic []*river.PeriodicJob
	names := make([]string, 0, len(opts.Sources))
	for _, s := range opts.Sources {
		ticks := NewTicks(s.Schedule)
		q.sources[s.Name] = ticks
		names = append(names, s.Name)
		name := s.Name
		periodic = append(periodic, river.NewPeriodicJob(ticks, func() (river.JobArgs, *river.InsertOpts) {
			// river calls this at (or up to 100ms before) the tick.
			return CrawlArgs{Source: name, Tick: ticks.Prev(q.opts.Now().Add(time.Second))}, nil
		}, nil))
	}
	sort.Strings(names)
	client, err := river.NewClient(riverpgxv5.New(opts.Pool), &river.Config{
		ID:                   opts.ID,
		Queues:               map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: opts.Workers}},
		Workers:              workers,
		PeriodicJobs:         periodic,
		JobTimeout:           opts.JobTimeout,
		RescueStuckJobsAfter: opts.RescueAfter,
		MaxAttempts:          maxAttempts,
		Logger:               opts.Logger.With("component", "river"),
		FetchPollInterval:    time.Second,
	})
	if err != nil {
		return nil, fmt.Errorf("jobs: %w", err)
	}
	q.client = client
	return q, nil
}

// ID is this process's river client id (what river_job.attempted_by holds).
func (q *Queue) ID() string { return q.opts.ID }

// Start starts working jobs and enqueues the sources that are due now.
func (q *Queue) Start(ctx context.Context) error {
	if err := q.client.Start(context.WithoutCancel(ctx)); err != nil {
		return fmt.Errorf("jobs: start: %w", err)
	}
	n, err := q.EnqueueDue(ctx)
	if err != nil {
		return err
	}
	q.log.Info("crawl queue started", "sources", len(q.sources), "due_enqueued", n, "workers", q.opts.Workers)
	return nil
}

// EnqueueDue inserts a job for each source that is due now (never crawled,
// or a tick has passed since its last success), at the current tick. It
// returns how many were new (a job another process inserted for the same
// tick is not).
func (q *Queue) EnqueueDue(ctx context.Context) (int, error) {
	now := q.opts.Now()
	n := 0
	for name, ticks := range q.sources {
		last, err := q.opts.LastSuccess(ctx, name)
		if err != nil {
			return n, fmt.Errorf("jobs: last success of %s: %w", name, err)
		}
		if !ticks.Due(last, now) {
			continue
		}
		res, err := q.client.Insert(ctx, CrawlArgs{Source: name, Tick: ticks.Prev(now)}, nil)
		if err != nil {
			return n, fmt.Errorf("jobs: enqueue %s: %w", name, err)
		}
		if !res.UniqueSkippedAsDuplicate {
			n++
		}
	}
	return n, nil
}

// Stop stops taking jobs, lets running crawls finish within ctx, then
// cancels them (each is recorded partial and its job made available again
// for another worker).
func (q *Queue) Stop(ctx context.Context) error {
	err := q.client.Stop(ctx)
	if err == nil {
		return nil
	}
	cctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return errors.Join(err, q.client.StopAndCancel(cctx))
}

// crawlWorker works CrawlArgs jobs.
type crawlWorker struct {
	river.WorkerDefaults[CrawlArgs]
	q *Queue
}

func (w *crawlWorker) Work(ctx context.Context, job *river.Job[CrawlArgs]) error {
	q := w.q
	name := job.Args.Source
	if _, ok := q.sources[name]; !ok {
		return river.JobCancel(fmt.Errorf("source %q is not configured in this worker", name))
	}
	log := q.log.With("source", name, "tick", job.Args.Tick.Format(time.RFC3339), "job", job.ID, "attempt", job.Attempt)
	unlock, ok, err := q.lockSource(ctx, name)
	if err != nil {
		return err
	}
	if !ok {
		log.Info("another crawl of this source is running; waiting", "retry_in", q.opts.LockRetry)
		return river.JobSnooze(q.opts.LockRetry)
	}
	defer unlock()
	// A job runs at least once: one whose worker died after recording the
	// crawl but before river marked the job completed comes back. Under
	// the lock, a success at or after the tick means the tick is done.
	last, err := q.opts.LastSuccess(ctx, name)
	if err != nil {
		return fmt.Errorf("jobs: last success of %s: %w", name, err)
	}
	if !last.IsZero() && !last.Before(job.Args.Tick) {
		log.Info("crawl job skipped: this tick was already crawled", "last_success", last.Format(time.RFC3339))
		return nil
	}
	log.Info("crawl job started")
	err = q.opts.Crawl(ctx, name)
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		return fmt.Errorf("crawl of %s exceeded the job timeout %v", name, q.opts.JobTimeout)
	case ctx.Err() != nil:
		// Shutting down: the run is recorded partial; hand the job to
		// another worker now, without spending an attempt.
		return river.JobSnooze(0)
	case err != nil:
		return err
	}
	return nil
}

// lockSource takes the session advisory lock of source on a connection held
// for the crawl. A worker killed mid-crawl loses the connection, and
// PostgreSQL frees the lock with it.
func (q *Queue) lockSource(ctx context.Context, source string) (unlock func(), ok bool, err error) {
	conn, err := q.opts.Pool.Acquire(ctx)
	if err != nil {
		return nil, false, fmt.Errorf("jobs: lock %s: %w", source, err)
	}
	key := sourceKeySQL
	if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock(`+key+`)`, source).Scan(&ok); err != nil {
		conn.Release()
		return nil, false, fmt.Errorf("jobs: lock %s: %w", source, err)
	}
	if !ok {
		conn.Release()
		return nil, false, nil
	}
	return func() {
		uctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if _, err := conn.Exec(uctx, `SELECT pg_advisory_unlock(`+key+`)`, source); err != nil {
			// Unsure whether the lock is gone: drop the connection, which frees it.
			conn.Conn().Close(uctx)
		}
		conn.Release()
	}, true, nil
}

// sourceKeySQL is the advisory lock key of the source given as $1.
// Advisory locks are database-wide, so the key includes the schema: two
// deployments (or two tests) in schemas of one database do not collide.
const sourceKeySQL = `hashtextextended('gigscout crawl:' || current_schema() || ':' || $1::text, 0)`
