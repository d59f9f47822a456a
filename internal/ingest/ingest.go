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
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

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
	Store     store.Store
	Index     *index.Index // optional
	Engine    *redflag.Engine
	Normalize normalize.Options
	Logger    *slog.Logger

	mu      sync.Mutex  // one catch-up at a time
	pending atomic.Bool // changes stored since the running catch-up began
	corpus  corpusState
	// unindexed counts the changes stored since the last catch-up began:
	// Put brings the index up to date once they fill a Bleve batch
	// (index.BatchSize), Finish always.
	unindexed atomic.Int64
	feed      indexFeed // what catch-ups read (under mu)

	runsMu sync.Mutex
	runs   map[*crawler.Run]struct{} // runs that stored a batch and have not finished

	keepOnce sync.Once // keepWritten

	keyOnce sync.Once
	key     string       // buildKey
	built   atomic.Int64 // listings built (normalized and assessed)
}

// runStarted and runEnded track the runs between their first Put and
// their Finish: the pipeline is idle when there are none.
func (p *Pipeline) runStarted(run *crawler.Run) {
	p.runsMu.Lock()
	defer p.runsMu.Unlock()
	if p.runs == nil {
		p.runs = map[*crawler.Run]struct{}{}
	}
	p.runs[run] = struct{}{}
}

// runEnded reports whether no run is left: exactly one of runs ending
// at once sees that.
func (p *Pipeline) runEnded(run *crawler.Run) (last bool) {
	p.runsMu.Lock()
	defer p.runsMu.Unlock()
	delete(p.runs, run)
	return len(p.runs) == 0
}

func (p *Pipeline) idle() bool {
	p.runsMu.Lock()
	defer p.runsMu.Unlock()
	return len(p.runs) == 0
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

// Put implements crawler.Sink: it stores the batch in one transaction,
// recomputes the cross-listing flags the stored listings can touch (once
// they number a sixteenth of the corpus; Finish always does), and brings the
// index up to date once the changes not yet indexed fill a Bleve batch
// (index.BatchSize; Finish always does). A failed index update loses
// nothing: the store has the changes and the next catch-up applies them.
//
// Normalizing and assessing run on every core ahead of the store's single
// writer; the write transaction holds only the upsert. A write that finds
// the database busy is retried by the store and, past its bound, fails the
// batch with an error (the run is then recorded partial or failed with
// it): a listing is never dropped silently.
func (p *Pipeline) Put(ctx context.Context, run *crawler.Run, batch []model.Posting) error {
	p.runStarted(run)
	p.keepWritten()
	build, hashes, seen, flagged, err := p.skipUnchanged(ctx, batch)
	if err != nil {
		return fmt.Errorf("ingest: storing %d postings of %s: %w", len(batch), run.Source, err)
	}
	run.Unchanged += seen
	run.Flagged += flagged
	ls := p.buildAll(build)
	for i, l := range ls {
		l.PostingHash = hashes[i]
	}
	outcomes, err := p.Store.Upsert(ctx, ls)
	if err != nil {
		return fmt.Errorf("ingest: storing %d postings of %s: %w", len(batch), run.Source, err)
	}
	var touched []string
	for i, o := range outcomes {
		switch o {
		case store.Created:
			run.New++
		case store.Updated, store.Reopened:
			run.Updated++
		default:
			run.Unchanged++
		}
		if o != store.Unchanged {
			touched = append(touched, ls[i].ID)
		}
		if ls[i].Risk != model.SeverityLow {
			run.Flagged++
		}
	}
	if len(touched) > 0 {
		p.unindexed.Add(int64(len(touched)))
		p.corpus.storedNew.Add(int64(len(touched)))
		p.corpus.touch(touched)
		if p.corpus.dueInPut() {
			p.recomputeCorpus(ctx)
		}
	}
	if p.unindexed.Load() >= index.BatchSize {
		p.catchUp(ctx)
	}
	return nil
}

// buildAll builds a batch's listings on up to GOMAXPROCS goroutines, in
// order.
func (p *Pipeline) buildAll(batch []model.Posting) []*model.Listing {
	p.built.Add(int64(len(batch)))
	ls := make([]*model.Listing, len(batch))
	workers := min(runtime.GOMAXPROCS(0), (len(batch)+15)/16)
	if workers <= 1 {
		for i := range batch {
			ls[i] = p.Build(&batch[i])
		}
		return ls
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(batch) {
					return
				}
				ls[i] = p.Build(&batch[i])
			}
		}()
	}
	wg.Wait()
	return ls
}

// recordTimeout bounds the writes that make a run's record true: closing
// the listings a complete run did not see, and the record itself. They
// have a deadline of their own, apart from ctx: a run cut short by a
// shutdown is still recorded (partial, not lost), and the cross-listing
// recompute and index catch-up before the record, which take time in
// proportion to the corpus (in a 200,000-listing crawl on a slow machine,
// more than 30 seconds for the last run to finish), cannot spend it.
const recordTimeout = 30 * time.Second

// Finish implements crawler.Sink: a complete run closes the source's
// listings it did not see; every run is recorded, even when ctx has ended.
// The cross-listing recompute and the index catch-up run under ctx alone:
// the crawl's own context, with no deadline of the crawler's, so they
// finish however large the corpus is, and stop when the crawl is
// cancelled (a cut one is logged and left for the next run).
func (p *Pipeline) Finish(ctx context.Context, run *crawler.Run) error {
	var errs []error
	if run.Status.Complete() {
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), recordTimeout)
		n, err := p.Store.CloseMissing(cctx, run.Source, run.Seen, run.StartedAt)
		cancel()
		if err != nil {
			errs = append(errs, err)
		}
		run.Closed = n
		if n > 0 {
			p.recomputeCorpus(ctx)
		}
	}
	// What Put left for later (corpusState.dueInPut): the last run to
	// finish (no other between its first Put and its Finish) recomputes
	// the cross-listing flags, so its listings and those of every run that
	// finished while it ran have them before it is indexed and recorded.
	// A run that finishes while others still run leaves its listings to
	// them (to the next Put past the threshold or the last Finish): a
	// recompute costs time in proportion to the whole corpus, and with
	// crawler.parallelism runs at once a recompute at every Finish was a
	// crawl's cost growing with the square of the corpus (200 boards, 200
	// recomputes over up to 200,000 listings).
	last := p.runEnded(run)
	if p.corpus.nTouched() > 0 && (last || p.corpus.dueInPut()) {
		p.recomputeCorpus(ctx)
	}
	if run.Status == crawler.StatusNotModified {
		// Nothing changed: every open listing of the source is unchanged.
		if st, err := p.Store.SourceStat(ctx, run.Source); err == nil {
			run.Unchanged = st.Listings
		}
	}
	// The index is brought up to date before the run is recorded: whoever
	// sees the run finished finds its listings in search.
	p.settle(ctx)
	p.catchUp(ctx)
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), recordTimeout)
	defer cancel()
	id, err := p.Store.RecordRun(rctx, &store.Run{
		Source: run.Source, Kind: run.Kind, Status: string(run.Status), StartedAt: run.StartedAt, FinishedAt: run.FinishedAt,
		Fetched: run.Fetched, New: run.New, Updated: run.Updated, Unchanged: run.Unchanged, Closed: run.Closed,
		Flagged: run.Flagged, Errors: run.Errors, Error: strings.Join(run.ErrorTexts, "; "),
	})
	if err != nil {
		errs = append(errs, err)
	} else if err := p.Store.RecordRunNotes(rctx, id, run.Notes); err != nil {
		errs = append(errs, err)
	}
	run.ID = id
	return errors.Join(errs...)
}

// catchUp indexes the store's changes the index has not seen, if this
// process owns an index; a failure is logged, never lost. Concurrent runs
// do not queue behind each other's catch-ups: a run that finds one running
// leaves its changes to it (the running one goes round again).
func (p *Pipeline) catchUp(ctx context.Context) {
	if p.Index == nil {
		return
	}
	p.pending.Store(true)
	for p.pending.Load() {
		if !p.mu.TryLock() {
			return // the holder sees pending after it unlocks
		}
		for p.pending.Swap(false) {
			p.unindexed.Store(0)
			if _, err := p.indexCatchUp(ctx); err != nil {
				p.logger().Warn("index catch-up failed; will retry", "error", err)
				break
			}
		}
		p.mu.Unlock()
	}
}

// CatchUp applies the store's changes after the index's seq.
func (p *Pipeline) CatchUp(ctx context.Context) (int, error) {
	if p.Index == nil {
		return 0, nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.indexCatchUp(ctx)
}

// indexCatchUp applies the store's changes through the feed; p.mu is held.
// It returns the number of changes applied.
func (p *Pipeline) indexCatchUp(ctx context.Context) (int, error) {
	p.feed.src = p.Store
	n, err := p.Index.CatchUp(ctx, &p.feed)
	if err != nil {
		p.feed.forget()
	}
	return n, err
}

func (p *Pipeline) logger() *slog.Logger {
	if p.Logger != nil {
		return p.Logger
	}
	return slog.Default()
}
