package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/gigscout/gigscout/config"
	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/jobs"
)

// The roles of `gigscout serve --role`.
const (
	roleAll    = "all"    // HTTP, index, digests and crawls: today's single process
	roleSearch = "search" // HTTP and an index tailing the store's change feed; no crawls, no digests
	roleWorker = "worker" // crawl jobs from the shared queue; no HTTP search (PostgreSQL store only)
)

// serveOptions are the flags of `gigscout serve`.
type serveOptions struct {
	Role string
}

// workerOptions are the flags of `gigscout worker`.
type workerOptions struct {
	// Listen is where /healthz, /readyz and /metrics answer; "" none.
	Listen string
}

// serveRole runs `gigscout serve --role ROLE`.
func serveRole(ctx context.Context, o serveOptions, e *env) error {
	switch o.Role {
	case "", roleAll, roleSearch:
	case roleWorker:
		cfg, err := e.config()
		if err != nil {
			return err
		}
		return runWorker(ctx, workerOptions{Listen: cfg.Server.Addr}, e)
	default:
		return usagef("serve: invalid value %q for flag --role: want all, search or worker", o.Role)
	}
	cfg, err := e.config()
	if err != nil {
		return err
	}
	m, err := Open(ctx, cfg, e.log, OpenOptions{Index: true, Command: "serve"})
	if err != nil {
		return err
	}
	defer m.Close()
	m.Role = o.Role
	if err := m.Run(ctx); err != nil {
		return err
	}
	role := ""
	if o.Role == roleSearch {
		role = " as a search node"
	}
	fmt.Fprintf(e.stderr, "gigscout: serving%s on http://%s/ (Ctrl-C to stop)\n", role, m.Addr())
	<-ctx.Done()
	e.log.Info("shutting down")
	return m.Close()
}

// runWorker runs `gigscout worker` (and `serve --role worker`): crawl jobs
// from the queue in the PostgreSQL store until ctx ends.
func runWorker(ctx context.Context, o workerOptions, e *env) error {
	cfg, err := e.config()
	if err != nil {
		return err
	}
	if queueDSN(cfg) == "" {
		return &configError{errors.New("store.dsn: gigscout worker needs a PostgreSQL store (postgres://...); with SQLite, `gigscout serve` crawls on its own schedule")}
	}
	m, err := Open(ctx, cfg, e.log, OpenOptions{Command: "worker"})
	if err != nil {
		return err
	}
	defer m.Close()
	m.Role = roleWorker
	if err := m.RunWorker(ctx, o.Listen); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "gigscout: worker %s taking crawl jobs (Ctrl-C to stop)\n", m.Queue.ID())
	<-ctx.Done()
	e.log.Info("shutting down")
	return m.Close()
}

// openQueuePool opens the pool the queue and the host gate use, and applies
// river's migrations and the gate's table.
func openQueuePool(ctx context.Context, cfg *config.Config, dsn string) (*pgxpool.Pool, error) {
	pc, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, &configError{fmt.Errorf("store.dsn: %w", err)}
	}
	// A crawl holds a connection for its source lock; river and the host
	// gate need a few more.
	pc.MaxConns = int32(cfg.Queue.Workers + 8)
	pool, err := pgxpool.NewWithConfig(ctx, pc)
	if err != nil {
		return nil, fmt.Errorf("queue: %w", err)
	}
	mctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	if err := jobs.Migrate(mctx, pool); err != nil {
		pool.Close()
		return nil, err
	}
	return pool, nil
}

// hostGate is the shared per-host politeness of a PostgreSQL deployment.
func hostGate(cfg *config.Config, pool *pgxpool.Pool) crawler.HostGate {
	if pool == nil {
		return nil
	}
	return &jobs.HostGate{Pool: pool, Parallelism: cfg.Crawler.Parallelism, Delay: time.Duration(cfg.Crawler.PerHostDelay),
		Lease: 2*time.Duration(cfg.Crawler.Timeout) + time.Minute}
}

// crawlsInProcess reports whether this process crawls on its own schedule
// (serve with a SQLite store) rather than through the queue.
func (m *Main) crawlsInProcess() bool {
	return m.pool == nil && m.Role != roleSearch && m.Role != roleWorker
}

// startQueue starts taking crawl jobs when the store is PostgreSQL and the
// role crawls (all, worker).
func (m *Main) startQueue(ctx context.Context) error {
	if m.pool == nil || m.Role == roleSearch {
		return nil
	}
	var srcs []jobs.Source
	for _, s := range m.Sources {
		cs, _ := m.Config.Source(s.Name())
		sched, err := config.ParseSchedule(cs.Schedule)
		if err != nil {
			return &configError{fmt.Errorf("sources: %s: schedule: %w", s.Name(), err)}
		}
		srcs = append(srcs, jobs.Source{Name: s.Name(), Schedule: sched})
	}
	q, err := jobs.New(jobs.Options{
		Pool: m.pool, Sources: srcs, Crawl: m.crawlSource, LastSuccess: m.lastSuccess, Logger: m.Logger,
		Workers: m.Config.Queue.Workers, JobTimeout: time.Duration(m.Config.Queue.JobTimeout),
		RescueAfter: time.Duration(m.Config.Queue.RescueAfter),
	})
	if err != nil {
		return err
	}
	if err := q.Start(ctx); err != nil {
		return err
	}
	m.Queue = q
	return nil
}

// crawlSource runs one source for a queue job. A failed crawl that was
// recorded waits for its next tick; one that could not be recorded is
// retried.
func (m *Main) crawlSource(ctx context.Context, name string) error {
	s := m.source(name)
	if s == nil {
		return fmt.Errorf("unknown source %q", name)
	}
	run, err := m.Runner.Run(ctx, s)
	if err != nil && (run == nil || run.ID == 0) {
		return err
	}
	return nil
}

func (m *Main) lastSuccess(ctx context.Context, name string) (time.Time, error) {
	st, err := m.Store.SourceStat(ctx, name)
	if err != nil || st.LastSuccess == nil {
		return time.Time{}, err
	}
	return st.LastSuccess.StartedAt, nil
}

// RunWorker starts the queue and, when listen is set, a listener for
// /healthz, /readyz and /metrics. It returns once both are up.
func (m *Main) RunWorker(ctx context.Context, listen string) error {
	if m.pool == nil {
		return errors.New("worker: the store is not PostgreSQL")
	}
	if err := m.startQueue(ctx); err != nil {
		return err
	}
	if listen == "" {
		return nil
	}
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		return fmt.Errorf("worker: %w", err)
	}
	m.ln = ln
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, "ok") })
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := m.pool.Ping(ctx); err != nil {
			http.Error(w, "queue database unreachable", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ready")
	})
	mux.Handle("GET /metrics", promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{}))
	m.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 15 * time.Second, WriteTimeout: 30 * time.Second}
	m.wg.Add(1)
	go func() {
		defer m.wg.Done()
		if err := m.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			m.Logger.Error("worker listener stopped", "error", err)
		}
	}()
	return nil
}

// registerLag adds gigscout_index_lag_seq: the store's newest change seq
// minus the last one this process's index applied.
func (m *Main) registerLag() error {
	if m.Index == nil {
		return nil
	}
	return m.Registry.Register(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "gigscout_index_lag_seq",
		Help: "Changes in the store this process's search index has not applied yet (store max seq minus index seq).",
	}, func() float64 {
		lag, err := m.indexLag(context.Background())
		if err != nil {
			return -1
		}
		return float64(lag)
	}))
}

// indexLag is the store's max seq minus the index's.
func (m *Main) indexLag(ctx context.Context) (int64, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	head, err := m.Store.MaxSeq(ctx)
	if err != nil {
		return 0, err
	}
	seq, err := m.Index.Seq()
	if err != nil {
		return 0, err
	}
	return max(0, head-seq), nil
}
