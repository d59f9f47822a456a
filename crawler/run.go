package crawler

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Runner runs sources through the shared collector into a sink.
type Runner struct {
	Fetcher    Fetcher
	Sink       Sink
	Validators Validators   // optional; commits conditional-GET validators after a complete run
	Logger     *slog.Logger // optional
	BatchSize  int          // postings per Sink.Put; default 200
	// Progress, if set, is called after each batch with the postings fetched so far.
	Progress func(source string, fetched int)
	// Now, if set, replaces time.Now (tests).
	Now func() time.Time
	// Metrics, if set, records each run.
	Metrics *Metrics
}

// validatorsTimeout bounds keeping a complete run's conditional-GET
// validators, which happens even when ctx has ended.
const validatorsTimeout = 30 * time.Second

func (r *Runner) now() time.Time {
	if r.Now != nil {
		return r.Now()
	}
	return time.Now()
}

// Run runs src once and returns its record. The run is recorded through
// Sink.Finish even when ctx is cancelled (it is then partial or failed).
// The returned error is the run's error (nil for ok and not_modified).
func (r *Runner) Run(ctx context.Context, src Source) (*Run, error) {
	log := r.Logger
	if log == nil {
		log = slog.Default()
	}
	log = log.With("source", src.Name(), "kind", src.Kind())
	run := &Run{Source: src.Name(), Kind: src.Kind(), Status: StatusRunning, StartedAt: r.now(), Seen: map[string]struct{}{}}
	size := r.BatchSize
	if size <= 0 {
		size = 200
	}
	rf := &runFetcher{f: r.Fetcher}
	runNotes := notes{}
	batch := make([]model.Posting, 0, size)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := r.Sink.Put(ctx, run, batch)
		batch = batch[:0]
		if r.Progress != nil {
			r.Progress(run.Source, run.Fetched)
		}
		return err
	}
	emit := func(p model.Posting) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		p.Source, p.Kind = src.Name(), src.Kind()
		if err := checkPosting(&p); err != nil {
			run.Errors++
			log.Warn("skipping posting", "error", err)
			return nil
		}
		if !LimitPosting(&p, runNotes.add) {
			run.Errors++
			log.Warn("skipping posting", "error", fmt.Sprintf("posting %s has no http(s) URL", p.ExternalID))
			return nil
		}
		if _, dup := run.Seen[p.ExternalID]; dup {
			return nil // a board may list a post twice; keep the first
		}
		run.Seen[p.ExternalID] = struct{}{}
		run.Fetched++
		batch = append(batch, p)
		if len(batch) >= size {
			return flush()
		}
		return nil
	}
	crawlErr := src.Crawl(ctx, rf, emit)
	if err := flush(); err != nil && crawlErr == nil {
		crawlErr = err
	}
	switch {
	case crawlErr == nil:
		run.Status = StatusOK
	case errors.Is(crawlErr, ErrNotModified) && run.Fetched == 0:
		run.Status = StatusNotModified
	case run.Fetched > 0, ctx.Err() != nil: // cancelled (shutdown, Ctrl-C): cut short, not failed
		run.Status = StatusPartial
	default:
		run.Status = StatusFailed
	}
	if crawlErr != nil && run.Status != StatusNotModified {
		run.Errors++
		run.ErrorTexts = append([]string{Cause(crawlErr)}, run.ErrorTexts...) // cause first: "dns: no such host ..."
	}
	run.Notes = append(run.Notes, runNotes.list()...)
	run.FinishedAt = r.now()
	run.Duration = run.FinishedAt.Sub(run.StartedAt)
	// Finish gets the run's own context, with no deadline added: its work
	// after the fetches (cross-listing flags, the index catch-up) grows
	// with the corpus, not with the run. The Sink records the run even if
	// ctx was cancelled (a cancelled run is partial, not lost).
	if err := r.Sink.Finish(ctx, run); err != nil {
		run.Status = StatusFailed
		run.ErrorTexts = append(run.ErrorTexts, err.Error())
		return run, fmt.Errorf("crawler: finish %s: %w", run.Source, err)
	}
	r.Metrics.observe(run)
	if run.Status.Complete() && r.Validators != nil {
		vctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), validatorsTimeout)
		rf.commit(vctx, r.Validators, log)
		cancel()
	}
	log.Info("crawl finished", "status", run.Status, "fetched", run.Fetched, "new", run.New,
		"updated", run.Updated, "closed", run.Closed, "errors", run.Errors, "duration", run.Duration.Round(time.Millisecond))
	if run.Status == StatusOK || run.Status == StatusNotModified {
		return run, nil
	}
	return run, crawlErr
}

// checkPosting enforces what every posting needs.
func checkPosting(p *model.Posting) error {
	switch {
	case p.ExternalID == "":
		return fmt.Errorf("posting %q has no external id", p.Title)
	case p.Title == "":
		return fmt.Errorf("posting %s has no title", p.ExternalID)
	case p.URL == "":
		return fmt.Errorf("posting %s has no URL", p.ExternalID)
	}
	return nil
}

// runFetcher remembers the validators of a run's conditional responses so
// they are kept only once the run is complete: a run that fails after a 200
// must fetch the whole body again next time.
type runFetcher struct {
	f       Fetcher
	mu      sync.Mutex
	pending map[string][2]string
}

func (rf *runFetcher) Get(ctx context.Context, req *Request) (*Response, error) {
	resp, err := rf.f.Get(ctx, req)
	if err == nil && req.Conditional && resp != nil {
		etag, lm := resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
		if etag != "" || lm != "" {
			rf.mu.Lock()
			if rf.pending == nil {
				rf.pending = map[string][2]string{}
			}
			rf.pending[req.URL] = [2]string{etag, lm}
			rf.mu.Unlock()
		}
	}
	return resp, err
}

func (rf *runFetcher) commit(ctx context.Context, v Validators, log *slog.Logger) {
	rf.mu.Lock()
	defer rf.mu.Unlock()
	for u, val := range rf.pending {
		if err := v.SetValidators(ctx, u, val[0], val[1]); err != nil {
			log.Warn("keeping validators failed", "url", u, "error", err)
		}
	}
}
