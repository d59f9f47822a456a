package ingest

import (
	"context"
	"fmt"
	"sync"

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
			Fingerprint: l.Fingerprint,
			Identified:  redflag.Identified(l.Company, l.CompanyInfo, l.CompanyURL, l.URL, l.ApplyURL)}
	}
	return es
}

// RecomputeCorpus recomputes the cross-listing flags (SCAM_TEMPLATE_REUSE)
// over every open listing in the store and writes those that changed,
// each with a new seq so the index follows. It runs after listings arrive
// and after they close.
func (p *Pipeline) RecomputeCorpus(ctx context.Context) error {
	rows, err := p.Store.CorpusRows(ctx)
	if err != nil {
		return fmt.Errorf("ingest: corpus: %w", err)
	}
	es := make([]redflag.CorpusEntry, len(rows))
	for i, r := range rows {
		es[i] = redflag.CorpusEntry{ID: r.ID, Source: r.Source, URL: r.URL, Title: r.Title,
			Company: r.Company, CompanyKey: normalize.CompanyKey(r.Company),
			TextSim: r.TextSimHash, TextLen: r.TextLen,
			InfoSim: infoSim(r.CompanyInfo), InfoLen: len(r.CompanyInfo),
			Identified: redflag.Identified(r.Company, r.CompanyInfo, r.CompanyURL, r.URL, r.ApplyURL)}
	}
	found := redflag.CorpusFlags(es)
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
	if err := p.Store.SetCorpusFlags(ctx, want, func(base []model.Flag, extra []model.Flag) model.Severity {
		all := append(append([]model.Flag{}, base...), extra...)
		return redflag.Risk(all)
	}); err != nil {
		return fmt.Errorf("ingest: corpus: %w", err)
	}
	return nil
}

// recomputeCorpus is RecomputeCorpus with a failure logged: the listings
// are stored, and the next batch or close recomputes the signals.
func (p *Pipeline) recomputeCorpus(ctx context.Context) {
	if err := p.RecomputeCorpus(ctx); err != nil {
		p.logger().Warn("cross-listing flags not recomputed; will retry", "error", err)
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

// changed reports whether a batch created, changed or reopened a listing.
func changed(os []store.Outcome) bool {
	for _, o := range os {
		if o != store.Unchanged {
			return true
		}
	}
	return false
}
