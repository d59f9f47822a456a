// Package schedule wraps robfig/cron with a context-aware start and stop:
// jobs receive a context that is cancelled on Stop, a job never overlaps
// itself, and each run may start after a random jitter.
package schedule

import (
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/robfig/cron/v3"
)

// Job is scheduled work.
type Job func(ctx context.Context)

// Scheduler runs jobs on cron specs.
type Scheduler struct {
	cron   *cron.Cron
	log    *slog.Logger
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu      sync.Mutex
	running map[string]bool
	entries map[string]cron.EntryID
}

var parser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

// New returns a stopped scheduler.
func New(log *slog.Logger) *Scheduler {
	if log == nil {
		log = slog.Default()
	}
	ctx, cancel := context.WithCancel(context.Background())
	return &Scheduler{
		cron: cron.New(cron.WithParser(parser), cron.WithChain(cron.Recover(cronLogger{log}))),
		log:  log, ctx: ctx, cancel: cancel,
		running: map[string]bool{}, entries: map[string]cron.EntryID{},
	}
}

// Add registers job under a unique name on spec (five fields or a
// descriptor such as "@every 6h"). Each run waits a random jitter in
// [0, jitter) first.
func (s *Scheduler) Add(name, spec string, jitter time.Duration, job Job) error {
	sched, err := parser.Parse(spec)
	if err != nil {
		return fmt.Errorf("schedule %s: invalid spec %q: %w", name, spec, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, dup := s.entries[name]; dup {
		return fmt.Errorf("schedule %s: already added", name)
	}
	s.entries[name] = s.cron.Schedule(sched, cron.FuncJob(func() {
		if jitter > 0 {
			t := time.NewTimer(rand.N(jitter))
			select {
			case <-s.ctx.Done():
				t.Stop()
				return
			case <-t.C:
			}
		}
		s.RunNow(name, job)
	}))
	return nil
}

// RunNow runs job now in the caller's goroutine unless a run of name is
// already going on, in which case it returns false at once.
func (s *Scheduler) RunNow(name string, job Job) bool {
	s.mu.Lock()
	if s.running[name] || s.ctx.Err() != nil {
		s.mu.Unlock()
		s.log.Info("skipping run: previous run still going or stopping", "job", name)
		return false
	}
	s.running[name] = true
	s.wg.Add(1)
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.running, name)
		s.mu.Unlock()
		s.wg.Done()
	}()
	job(s.ctx)
	return true
}

// Go runs job now in a new goroutine owned by the scheduler (Stop waits
// for it), unless a run of name is going on.
func (s *Scheduler) Go(name string, job Job) {
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		s.RunNow(name, job)
	}()
}

// Next returns when the job name runs next (zero if unknown or not started).
func (s *Scheduler) Next(name string) time.Time {
	s.mu.Lock()
	id, ok := s.entries[name]
	s.mu.Unlock()
	if !ok {
		return time.Time{}
	}
	return s.cron.Entry(id).Next
}

// Start starts the scheduler.
func (s *Scheduler) Start() { s.cron.Start() }

// Stop cancels the jobs' context and waits for running jobs to return or
// for ctx to end, whichever is first.
func (s *Scheduler) Stop(ctx context.Context) error {
	s.cancel()
	<-s.cron.Stop().Done()
	done := make(chan struct{})
	go func() {
		s.wg.Wait()
		close(done)
	}()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("schedule: jobs still running at shutdown: %w", ctx.Err())
	}
}

// cronLogger adapts slog to cron.Logger.
type cronLogger struct{ log *slog.Logger }

func (l cronLogger) Info(msg string, kv ...any) { l.log.Debug("cron: "+msg, kv...) }
func (l cronLogger) Error(err error, msg string, kv ...any) {
	l.log.Error("cron: "+msg, append(kv, "error", err)...)
}
