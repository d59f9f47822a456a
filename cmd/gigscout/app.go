package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/gigscout/gigscout/config"
	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/index"
	"github.com/gigscout/gigscout/internal/digest"
	"github.com/gigscout/gigscout/internal/ingest"
	"github.com/gigscout/gigscout/internal/jobs"
	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/normalize"
	"github.com/gigscout/gigscout/internal/redflag"
	"github.com/gigscout/gigscout/internal/schedule"
	"github.com/gigscout/gigscout/internal/store"
	"github.com/gigscout/gigscout/internal/web"
)

// tailEvery is how often serve indexes what another process (a `gigscout
// crawl` beside it) wrote to the store.
const tailEvery = 3 * time.Second

// Main is the wired program. Tests run it on 127.0.0.1:0.
type Main struct {
	Config   *config.Config
	Logger   *slog.Logger
	Store    store.Store
	Index    *index.Index // nil when another process owns the index
	Pipeline *ingest.Pipeline
	Runner   *crawler.Runner
	Sources  []crawler.Source
	Digest   *digest.Service
	// IndexNote says why Index is nil with OpenOptions.IndexOptional.
	IndexNote string
	command   string

	Registry *prometheus.Registry
	// Role is what serve does (roleAll when empty; see roles.go).
	Role string
	// Queue takes crawl jobs (PostgreSQL store, roles all and worker).
	Queue *jobs.Queue
	pool  *pgxpool.Pool // the queue's and the host gate's; nil for SQLite

	sched    *schedule.Scheduler
	srv      *http.Server
	ln       net.Listener
	wg       sync.WaitGroup
	stop     context.CancelFunc
	ready    atomic.Bool
	closeErr error
	once     sync.Once
}

// OpenOptions choose what Open sets up.
type OpenOptions struct {
	// Index opens (and owns) the Bleve index; without it only the store is written.
	Index bool
	// Getenv reads the SMTP password (digest.smtp.password_env); nil: os.Getenv.
	Getenv func(string) string
	// Now is the digests' clock (which local hour it is); nil: time.Now.
	Now func() time.Time
	// IndexOptional: an index held by a server of this data directory is no
	// error; only the store is written (that server indexes it) and
	// Main.IndexNote says so.
	IndexOptional bool
	// Command names this process in the index's owner file ("serve", ...).
	Command string
}

// Open wires the program from cfg: store, index, pipeline, collector and sources.
func Open(ctx context.Context, cfg *config.Config, log *slog.Logger, opts OpenOptions) (*Main, error) {
	sources, err := buildSources(cfg)
	if err != nil {
		return nil, &configError{err}
	}
	eng, err := newEngine(cfg)
	if err != nil {
		return nil, &configError{err}
	}
	st, err := store.OpenWith(ctx, storeDSN(cfg), store.Options{Logger: log})
	if err != nil {
		return nil, err
	}
	m := &Main{Config: cfg, Logger: log, Store: st, Sources: sources, command: opts.Command}
	if opts.Index {
		if m.Index, m.IndexNote, err = openIndex(ctx, cfg, opts.Command, opts.IndexOptional); err != nil {
			st.Close()
			return nil, err
		}
	}
	if dsn := queueDSN(cfg); dsn != "" {
		if m.pool, err = openQueuePool(ctx, cfg, dsn); err != nil {
			m.Close()
			return nil, err
		}
	}
	m.Pipeline = &ingest.Pipeline{Store: st, Index: m.Index, Engine: eng, Normalize: normalizeOptions(cfg), Logger: log}
	col, err := crawler.NewCollector(crawler.Options{
		UserAgent: cfg.Crawler.UserAgent, RespectRobots: cfg.Crawler.RespectRobots, AllowPrivate: cfg.Crawler.AllowPrivate,
		PerHostDelay: time.Duration(cfg.Crawler.PerHostDelay), Parallelism: cfg.Crawler.Parallelism,
		Timeout: time.Duration(cfg.Crawler.Timeout), MaxBody: int64(cfg.Crawler.MaxBody), Retries: cfg.Crawler.Retries,
		Validators: st, Gate: hostGate(cfg, m.pool),
	})
	if err != nil {
		m.Close()
		return nil, &configError{err}
	}
	m.Registry = prometheus.NewRegistry()
	m.Registry.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	metrics, err := crawler.NewMetrics(m.Registry)
	if err != nil {
		m.Close()
		return nil, err
	}
	if err := m.registerLag(); err != nil {
		m.Close()
		return nil, err
	}
	m.Runner = &crawler.Runner{Fetcher: col, Sink: m.Pipeline, Validators: st, Logger: log, Metrics: metrics}
	if m.Digest, err = newDigest(ctx, cfg, st, m.Index, m.Registry, log, opts); err != nil {
		m.Close()
		return nil, err
	}
	return m, nil
}

// newEngine builds the red-flag engine from pay.floor_hourly_usd and the
// per-flag settings, checking each flag id.
func newEngine(cfg *config.Config) (*redflag.Engine, error) {
	opts := redflag.Options{FloorHourlyUSD: cfg.Pay.FloorHourlyUSD, Disabled: map[string]bool{}, Severity: map[string]model.Severity{}}
	opts.Floors = payFloors(cfg)
	for id, f := range cfg.Flags {
		if _, ok := redflag.Lookup(id); !ok {
			return nil, fmt.Errorf("flags.%s: unknown flag id", id)
		}
		if f.Enabled != nil && !*f.Enabled {
			opts.Disabled[id] = true
		}
		if f.Severity != "" {
			opts.Severity[id] = model.Severity(f.Severity)
		}
	}
	return redflag.New(opts), nil
}

func normalizeOptions(cfg *config.Config) normalize.Options {
	rates := map[string]float64{"USD": 1}
	for k, v := range cfg.Pay.USDRates {
		rates[k] = v
	}
	return normalize.Options{USDRates: rates}
}

// CatchUp brings the index up to date with the store.
func (m *Main) CatchUp(ctx context.Context) (int, error) { return m.Pipeline.CatchUp(ctx) }

// Crawl runs the named sources (all when names is empty) once, up to
// crawler.parallelism at a time, and returns their runs in order.
func (m *Main) Crawl(ctx context.Context, names []string, progress func(string, int)) ([]*crawler.Run, error) {
	var srcs []crawler.Source
	for _, n := range names {
		s := m.source(n)
		if s == nil {
			var names []string
			for _, src := range m.Sources {
				names = append(names, src.Name())
			}
			return nil, unknownName("source", n, names)
		}
		srcs = append(srcs, s)
	}
	if len(names) == 0 {
		srcs = m.Sources
	}
	runner := *m.Runner
	runner.Progress = progress
	runs := make([]*crawler.Run, len(srcs))
	sem := make(chan struct{}, max(1, m.Config.Crawler.Parallelism))
	var wg sync.WaitGroup
	for i, s := range srcs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			runs[i], _ = runner.Run(ctx, s)
		}()
	}
	wg.Wait()
	return runs, nil
}

func (m *Main) source(name string) crawler.Source {
	for _, s := range m.Sources {
		if s.Name() == name {
			return s
		}
	}
	return nil
}

// Run starts serving on cfg.Server.Addr, the schedules, the index tailer,
// and the crawls that are due. It returns once the listener is up.
func (m *Main) Run(ctx context.Context) error {
	ln, err := net.Listen("tcp", m.Config.Server.Addr)
	if err != nil {
		return fmt.Errorf("serve: %w (another server on %s? set server.addr or GIGSCOUT_SERVER_ADDR)", err, m.Config.Server.Addr)
	}
	m.ln = ln
	ctx, m.stop = context.WithCancel(context.WithoutCancel(ctx))
	secret, err := loadWidgetSecret(m.Config, m.Logger)
	if err != nil {
		ln.Close()
		return err
	}
	srv := web.New(web.Options{
		AdminToken: m.Config.Server.AdminToken, WidgetSecret: secret,
		Index: m.Index, Store: m.Store, Logger: m.Logger, AllowedOrigins: m.Config.Server.AllowedOrigins,
		Sources: m.sourceInfo, Ready: m.readyCheck, PublicURL: strings.TrimRight(m.Config.Server.PublicURL, "/"),
		Registry: m.Registry, Reindex: m.reindex, Instance: serverInstance(m.Config, m.command),
		FlagIDs: flagIDs(), Subscriptions: m.Digest, RunDigests: m.runDigests,
		TrustedProxies: m.Config.Server.TrustedProxies,
		RateLimit:      web.RateLimit{PerSecond: m.Config.Server.RateLimit.PerSecond, Burst: m.Config.Server.RateLimit.Burst, Disabled: m.Config.Server.RateLimit.Disabled},
		Admission: web.Admission{MaxInFlight: m.Config.Server.Admission.MaxInFlight, MaxQueue: m.Config.Server.Admission.MaxQueue,
			QueueWait: time.Duration(m.Config.Server.Admission.QueueWait), Timeout: time.Duration(m.Config.Server.Admission.Timeout), Disabled: m.Config.Server.Admission.Disabled},
	})
	m.srv = &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 15 * time.Second,
		WriteTimeout: 30 * time.Second, IdleTimeout: 60 * time.Second, ErrorLog: slog.NewLogLogger(m.Logger.Handler(), slog.LevelWarn)}
	m.wg.Add(2)
	go func() {
		defer m.wg.Done()
		if err := m.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			m.Logger.Error("http server stopped", "error", err)
		}
	}()
	go func() {
		defer m.wg.Done()
		m.tail(ctx)
	}()
	m.sched = schedule.New(m.Logger)
	for _, s := range m.Sources {
		if !m.crawlsInProcess() {
			break // the queue crawls (PostgreSQL), or a search node does not
		}
		cs, _ := m.Config.Source(s.Name())
		if err := m.sched.Add("crawl:"+s.Name(), cs.Schedule, time.Minute, m.crawlJob(s)); err != nil {
			return err
		}
	}
	if m.Role != roleSearch {
		if err := m.sched.Add("digest", m.Config.Digest.Schedule, 0, m.digestJob); err != nil {
			return err
		}
	}
	m.sched.Start()
	if m.crawlsInProcess() {
		m.startDue(ctx)
	}
	if err := m.startQueue(ctx); err != nil {
		return err
	}
	m.Logger.Info("serving", "addr", m.Addr(), "sources", len(m.Sources))
	return nil
}

func (m *Main) crawlJob(s crawler.Source) schedule.Job {
	return func(ctx context.Context) {
		if _, err := m.Runner.Run(ctx, s); err != nil {
			m.Logger.Warn("crawl failed", "source", s.Name(), "error", err)
		}
	}
}

// startDue runs, right after start, each source that never ran or whose
// last success is older than its schedule's interval.
func (m *Main) startDue(ctx context.Context) {
	now := time.Now()
	var due []crawler.Source
	defer func() { m.startRound(due) }()
	for _, s := range m.Sources {
		cs, _ := m.Config.Source(s.Name())
		sched, err := config.ParseSchedule(cs.Schedule)
		if err != nil {
			continue
		}
		st, err := m.Store.SourceStat(ctx, s.Name())
		if err != nil {
			m.Logger.Warn("source stats", "source", s.Name(), "error", err)
			continue
		}
		if st.LastSuccess == nil || !sched.Next(st.LastSuccess.StartedAt).After(now) {
			due = append(due, s)
		}
	}
}

// tail keeps the index caught up with the store until ctx ends.
func (m *Main) tail(ctx context.Context) {
	t := time.NewTicker(tailEvery)
	defer t.Stop()
	for {
		if _, err := m.CatchUp(ctx); err != nil {
			if ctx.Err() != nil {
				return
			}
			m.Logger.Warn("index catch-up failed", "error", err)
		} else {
			m.ready.Store(true)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// reindex rebuilds the index from the store (for POST /admin/reindex).
func (m *Main) reindex(ctx context.Context) (int, error) {
	start := time.Now()
	n, err := m.Index.Rebuild(ctx, m.Store, nil)
	if err == nil {
		m.Logger.Info("reindexed", "changes", n, "duration", time.Since(start).Round(time.Millisecond))
	}
	return n, err
}

func (m *Main) readyCheck(ctx context.Context) error {
	if m.Index == nil {
		return errors.New("no index")
	}
	if !m.ready.Load() {
		return errors.New("index catching up")
	}
	return nil
}

func (m *Main) sourceInfo(ctx context.Context) ([]web.SourceInfo, error) {
	var out []web.SourceInfo
	companies, err := m.Store.SourceCompanies(ctx)
	if err != nil {
		return nil, err
	}
	for _, cs := range m.Config.Sources {
		st, err := m.Store.SourceStat(ctx, cs.Name)
		if err != nil {
			return nil, err
		}
		info := web.SourceInfo{Name: cs.Name, Label: sourceLabel(cs, companies), Kind: cs.Kind, Schedule: cs.Schedule, SourceStat: st}
		if m.sched != nil {
			if next := m.sched.Next("crawl:" + cs.Name); !next.IsZero() {
				info.NextRun = &next
			}
		}
		out = append(out, info)
	}
	return out, nil
}

// Addr is the address the server listens on.
func (m *Main) Addr() string {
	if m.ln == nil {
		return ""
	}
	return m.ln.Addr().String()
}

// Close shuts down gracefully: stops accepting requests (finishing those in
// flight within 10s), cancels running crawls (recorded as partial), stops
// the tailer, and closes the index and the store.
func (m *Main) Close() error {
	m.once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		var errs []error
		if m.srv != nil {
			errs = append(errs, m.srv.Shutdown(ctx))
		}
		if m.sched != nil {
			errs = append(errs, m.sched.Stop(ctx))
		}
		if m.Queue != nil {
			errs = append(errs, m.Queue.Stop(ctx))
		}
		if m.stop != nil {
			m.stop()
		}
		m.wg.Wait()
		if m.Index != nil {
			errs = append(errs, m.Index.Close())
		}
		errs = append(errs, m.Store.Close())
		if m.pool != nil {
			m.pool.Close()
		}
		m.closeErr = errors.Join(errs...)
	})
	return m.closeErr
}
