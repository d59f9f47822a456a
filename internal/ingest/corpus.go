package ingest

import (
	"context"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/normalize"
	"github.com/gigscout/gigscout/internal/redflag"
	"github.com/gigscout/gigscout/internal/store"
)

// CorpusEntries builds the cross-listing entries of normalized listings
// (see redflag.CorpusFlags).
func CorpusEntries(ls []*model.Listing) []redflag.CorpusEntry {
	es := make([]redflag.CorpusEntry, len(ls))
	for i, l := range ls {
		es[i] = redflag.CorpusEntry{ID: l.ID, Source: l.Source, URL: l.URL, Title: l.Title,
			Company: l.Company, CompanyKey: normalize.CompanyKey(l.Company),
			TextSim: l.TextSimHash, TextLen: len(l.Text),
			InfoSim: normalize.TextSimHash(l.CompanyInfo), InfoLen: len(l.CompanyInfo),
			Sketch:      redflag.Sketch(l.Text),
			Fingerprint: l.Fingerprint,
			Identified:  redflag.Identified(l.Company, l.CompanyInfo, l.CompanyURL, l.URL, l.ApplyURL)}
	}
	return es
}

// corpusState is what RecomputeCorpus keeps between runs.
type corpusState struct {
	once sync.Once
	sem  chan struct{} // one recompute at a time
	// inc is the corpus the stored flags were last computed over, with
	// its indexes (nil: unknown, as at the start or after a failed write),
	// as the store was at seq.
	inc *redflag.Corpus
	seq int64
	// flags holds the cross-listing flags last written, by listing id (as
	// CorpusFlags found them, before the engine's overrides): only the
	// listings whose flags differ from these are written again.
	flags map[string]model.Flag
	// touched holds the listings the pipeline created, changed or reopened
	// since the last recompute began: their own flags (and so their risk)
	// changed even where their cross-listing flags did not.
	touchedMu sync.Mutex
	touched   map[string]bool
	// size is the number of open listings the last recompute saw (what
	// Put's recompute threshold scales with).
	size atomic.Int64

	mu      sync.Mutex  // one coalescing recompute at a time
	pending atomic.Bool // changes stored since the running recompute began

	// stale holds flags found but not written yet, because they differ
	// from those written (flags) only in the other listings they name and
	// count (redflag.SameReuse): nothing a listing's risk or search reads.
	// Every new copy in a cluster would otherwise rewrite every copy
	// before it. They are written when the pipeline goes idle (no run
	// between its first Put and its Finish), or once the
	// listings stored since they were last written number half of them
	// (so writing them costs at most two writes a stored listing).
	stale     map[string]model.Flag
	nStale    atomic.Int64 // len(stale), read outside the recompute
	storedNew atomic.Int64 // listings stored since stale was last empty
}

// touch records listings stored with a change, for the next recompute.
func (c *corpusState) touch(ids []string) {
	if len(ids) == 0 {
		return
	}
	c.touchedMu.Lock()
	defer c.touchedMu.Unlock()
	if c.touched == nil {
		c.touched = map[string]bool{}
	}
	for _, id := range ids {
		c.touched[id] = true
	}
}

// nTouched is the number of listings touched since the last recompute
// began.
func (c *corpusState) nTouched() int {
	c.touchedMu.Lock()
	defer c.touchedMu.Unlock()
	return len(c.touched)
}

// maxStoredBeforeRecompute bounds how many listings a crawl stores before
// their cross-listing flags are recomputed (Finish always recomputes).
const maxStoredBeforeRecompute = 4000

// dueInPut reports whether Put should recompute now: once the listings
// stored since the last recompute number a sixteenth of the corpus (at
// most maxStoredBeforeRecompute). A recompute once cost time in proportion
// to the whole corpus (it indexed every open listing again), and
// recomputing after every batch made a crawl's cost grow with the square
// of the corpus; redflag.Corpus now costs what changed, and the threshold
// still spares a recompute's own transaction and the rewrites of a
// cluster of copies as each copy arrives. A small corpus (a new
// deployment, the tests) is still recomputed after every batch.
func (c *corpusState) dueInPut() bool {
	n := c.nTouched()
	return n > 0 && int64(n) >= min(max(c.size.Load()/16, 1), maxStoredBeforeRecompute)
}

// drainTouched returns the touched listings and forgets them.
func (c *corpusState) drainTouched() map[string]bool {
	c.touchedMu.Lock()
	defer c.touchedMu.Unlock()
	t := c.touched
	c.touched = nil
	return t
}

// RecomputeCorpus recomputes the cross-listing flags (SCAM_TEMPLATE_REUSE)
// over the open listings in the store and writes those that changed, each
// with a new seq so the index follows. It runs after listings arrive and
// after they close. The first run of a process computes every listing's
// flags; later runs apply the listings changed since the run before to the
// corpus kept from it (redflag.Corpus.Update) and recompute only the
// listings a new, changed or closed listing can touch: its near copies as
// it is and as it was. Their cost grows with the changes, not the corpus.
func (p *Pipeline) RecomputeCorpus(ctx context.Context) error {
	p.corpus.once.Do(func() { p.corpus.sem = make(chan struct{}, 1) })
	select {
	case p.corpus.sem <- struct{}{}:
	case <-ctx.Done():
		return fmt.Errorf("ingest: corpus: %w", ctx.Err())
	}
	defer func() { <-p.corpus.sem }()
	inc := p.corpus.inc
	// Drained before the rows are read: a listing stored after this point
	// stays touched for the next recompute.
	touched := p.corpus.drainTouched()
	var rows []store.CorpusRow
	var closed []string
	var seq int64
	var err error
	if inc == nil {
		if seq, err = p.Store.MaxSeq(ctx); err == nil {
			rows, err = p.Store.CorpusRows(ctx)
		}
	} else {
		// Only the listings changed since the run before are read.
		rows, closed, seq, err = p.Store.CorpusRowsSince(ctx, p.corpus.seq)
	}
	if err != nil {
		p.corpus.touch(slices.Collect(maps.Keys(touched)))
		return fmt.Errorf("ingest: corpus: %w", err)
	}
	es := make([]redflag.CorpusEntry, len(rows))
	for i, r := range rows {
		es[i] = redflag.CorpusEntry{ID: r.ID, Source: r.Source, URL: r.URL, Title: r.Title,
			Company: r.Company, CompanyKey: normalize.CompanyKey(r.Company),
			TextSim: r.TextSimHash, TextLen: r.TextLen,
			InfoSim: infoSim(r.CompanyInfo), InfoLen: len(r.CompanyInfo),
			Sketch:     redflag.Sketch(r.Lead),
			Identified: redflag.Identified(r.Company, r.CompanyInfo, r.CompanyURL, r.URL, r.ApplyURL)}
	}
	p.corpus.inc = nil // until the write succeeds
	risk := func(base []model.Flag, extra []model.Flag) model.Severity {
		all := append(append([]model.Flag{}, base...), extra...)
		return redflag.Risk(all)
	}
	var flags map[string]model.Flag
	if inc == nil {
		p.corpus.stale = nil
		p.corpus.nStale.Store(0)
		flags = redflag.CorpusFlags(es)
		if err = p.Store.SetCorpusFlags(ctx, p.corpusWant(flags), risk); err == nil {
			inc = redflag.NewCorpus()
			inc.Load(es)
		}
	} else {
		// Written: the listings whose cross-listing flags changed, those
		// that left, and those stored with a change (their risk combines
		// their own flags with these).
		found, recompute, gone := inc.Update(es, closed)
		flags = maps.Clone(p.corpus.flags)
		stale := p.corpus.stale
		if stale == nil {
			stale = map[string]model.Flag{}
		}
		ids := slices.Clone(gone)
		for _, id := range gone {
			delete(flags, id)
			delete(stale, id)
		}
		for _, id := range recompute {
			f, has := found[id]
			old, had := flags[id]
			switch {
			case has == had && (!has || reflect.DeepEqual(f, old)):
				delete(stale, id) // as written
			case has && had && redflag.SameReuse(f, old):
				stale[id] = f // the named listings only: written later
			default:
				ids = append(ids, id)
				delete(stale, id)
				if has {
					flags[id] = f
				} else {
					delete(flags, id)
				}
			}
		}
		if len(stale) > 0 && (p.idle() || 2*p.corpus.storedNew.Load() >= int64(len(stale))) {
			for id, f := range stale {
				ids = append(ids, id)
				flags[id] = f
			}
			clear(stale)
		}
		if len(stale) == 0 {
			p.corpus.storedNew.Store(0)
		}
		p.corpus.stale = stale
		p.corpus.nStale.Store(int64(len(stale)))
		for id := range touched {
			ids = append(ids, id)
		}
		if len(ids) > 0 {
			want := make(map[string]model.Flag, len(ids))
			for _, id := range ids {
				if f, ok := flags[id]; ok {
					want[id] = f
				}
			}
			w := p.corpusWant(want)
			if write := corpusWrites(ids, w, p.corpus.flags); len(write) > 0 {
				err = p.Store.SetCorpusFlagsOf(ctx, write, w, risk)
			}
			p.unindexed.Add(int64(len(ids)))
		}
	}
	if err != nil {
		p.corpus.touch(slices.Collect(maps.Keys(touched)))
		return fmt.Errorf("ingest: corpus: %w", err)
	}
	p.corpus.inc, p.corpus.seq, p.corpus.flags = inc, seq, flags
	p.corpus.size.Store(int64(inc.Len()))
	return nil
}

// corpusWant applies the engine's disabled rules and severity overrides to
// found cross-listing flags.
func (p *Pipeline) corpusWant(found map[string]model.Flag) map[string][]model.Flag {
	want := make(map[string][]model.Flag, len(found))
	for id, f := range found {
		if d := p.Engine.Options().Disabled; d[redflag.ScamTemplateReuse] {
			continue
		}
		if o, ok := p.Engine.Options().Severity[redflag.ScamTemplateReuse]; ok && o.Rank() > 0 {
			f.Severity = o
		}
		want[id] = []model.Flag{f}
	}
	return want
}

// recomputeCorpus is RecomputeCorpus with a failure logged: the listings
// are stored, and the next batch or close recomputes the signals.
//
// Concurrent runs do not queue behind each other's recomputes: a run that
// finds one running leaves its changes to it (the running one goes round
// again and takes every change stored meanwhile in one pass).
func (p *Pipeline) recomputeCorpus(ctx context.Context) {
	c := &p.corpus
	c.pending.Store(true)
	for c.pending.Load() {
		if !c.mu.TryLock() {
			return // the holder sees pending after it unlocks
		}
		for c.pending.Swap(false) {
			if err := p.RecomputeCorpus(ctx); err != nil {
				p.logger().Warn("cross-listing flags not recomputed; will retry", "error", err)
				break
			}
		}
		c.mu.Unlock()
	}
}

// infoSims caches the SimHashes of company profiles: one employer's profile
// repeats across its listings and across recomputes.
var infoSims = struct {
	sync.Mutex
	m map[string]uint64
}{m: map[string]uint64{}}

// maxInfoSims bounds the cache; it starts over when full.
const maxInfoSims = 50000

func infoSim(info string) uint64 {
	if info == "" {
		return 0
	}
	infoSims.Lock()
	defer infoSims.Unlock()
	if h, ok := infoSims.m[info]; ok {
		return h
	}
	if len(infoSims.m) >= maxInfoSims {
		infoSims.m = map[string]uint64{}
	}
	h := normalize.TextSimHash(info)
	infoSims.m[info] = h
	return h
}

// settle writes the cross-listing flags left stale once no run is active
// (see corpusState.stale).
func (p *Pipeline) settle(ctx context.Context) {
	if p.idle() && p.corpus.nStale.Load() > 0 {
		p.recomputeCorpus(ctx)
	}
}
