// Package ingest is the pipeline, the one package that touches every
// stage: a crawler.Sink that normalizes each posting, assesses its red
// flags, stores the batch (SQLite is the source of truth) and brings the
// index up to date from the store's change seq.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/index"
	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/normalize"
	"github.com/gigscout/gigscout/internal/redflag"
	"github.com/gigscout/gigscout/internal/store"
)

// Pipeline is the sink. Index may be nil: a `gigscout crawl` beside a
// running server only writes the store, and the server's tailer indexes.
type Pipeline struct {
	Store     *store.Store
	Index     *index.Index // optional
	Engine    *redflag.Engine
	Normalize normalize.Options
	Logger    *slog.Logger

	mu     sync.Mutex // one catch-up at a time
	corpus corpusState
}

var _ crawler.Sink = (*Pipeline)(nil)

// Build normalizes and assesses one posting.
func (p *Pipeline) Build(post *model.Posting) *model.Listing {
	opts := p.Normalize
	opts.Now = p.Store.Now()
	l := normalize.Normalize(post, opts)
	p.Engine.Assess(l)
	return l
}

// Put implements crawler.Sink: it stores the batch in one transaction, then
// indexes what changed. A failed index update loses nothing: the store has
// the changes and the next catch-up applies them.
func (p *Pipeline) Put(ctx context.Context, run *crawler.Run, batch []model.Posting) error {
	ls := make([]*model.Listing, len(batch))
	for i := range batch {
		ls[i] = p.Build(&batch[i])
	}
	outcomes, err := p.Store.Upsert(ctx, ls)
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	for i, o := range outcomes {
		switch o {
		case store.Created:
			run.New++
		case store.Updated, store.Reopened:
			run.Updated++
		default:
			run.Unchanged++
		}
		if ls[i].Risk != model.SeverityLow {
			run.Flagged++
		}
	}
	if changed(outcomes) {
		p.recomputeCorpus(ctx)
	}
	p.catchUp(ctx)
	return nil
}

// Finish implements crawler.Sink: a complete run closes the source's
// listings it did not see; every run is recorded.
func (p *Pipeline) Finish(ctx context.Context, run *crawler.Run) error {
	var errs []error
	if run.Status.Complete() {
		n, err := p.Store.CloseMissing(ctx, run.Source, run.Seen, run.StartedAt)
		if err != nil {
			errs = append(errs, err)
		}
		run.Closed = n
		if n > 0 {
			p.recomputeCorpus(ctx)
		}
	}
	if run.Status == crawler.StatusNotModified {
		// Nothing changed: every open listing of the source is unchanged.
		if st, err := p.Store.SourceStat(ctx, run.Source); err == nil {
			run.Unchanged = st.Listings
		}
	}
	id, err := p.Store.RecordRun(ctx, &store.Run{
		Source: run.Source, Kind: run.Kind, Status: string(run.Status), StartedAt: run.StartedAt, FinishedAt: run.FinishedAt,
		Fetched: run.Fetched, New: run.New, Updated: run.Updated, Unchanged: run.Unchanged, Closed: run.Closed,
		Flagged: run.Flagged, Errors: run.Errors, Error: strings.Join(run.ErrorTexts, "; "),
	})
	if err != nil {
		errs = append(errs, err)
	}
	run.ID = id
	p.catchUp(ctx)
	return errors.Join(errs...)
}

// catchUp indexes the store's changes the index has not seen, if this
// process owns an index; a failure is logged, never lost.
func (p *Pipeline) catchUp(ctx context.Context) {
	if p.Index == nil {
		return
	}
	if _, err := p.CatchUp(ctx); err != nil {
		p.logger().Warn("index catch-up failed; will retry", "error", err)
	}
}

// CatchUp applies the store's changes after the index's seq.
func (p *Pipeline) CatchUp(ctx context.Context) (int, error) {
	if p.Index == nil {
		return 0, nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.Index.CatchUp(ctx, p.Store)
}

func (p *Pipeline) logger() *slog.Logger {
	if p.Logger != nil {
		return p.Logger
	}
	return slog.Default()
}
