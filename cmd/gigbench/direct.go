package main

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gigscout/gigscout/config"
	"github.com/gigscout/gigscout/crawler/greenhouse"
	"github.com/gigscout/gigscout/index"
	"github.com/gigscout/gigscout/internal/ingest"
	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/normalize"
	"github.com/gigscout/gigscout/internal/redflag"
	"github.com/gigscout/gigscout/internal/store"
)

// buildDirect fills the data directory of g for the search measurements
// without crawling: each board's postings are made from the generator as
// the Greenhouse adapter makes them (greenhouse.Job.Posting), normalized
// and assessed by the pipeline's Build, written through store.Upsert one
// board per transaction, the corpus flags recomputed once, and the index
// brought up to date by index.CatchUp (the same bounded batches the server
// uses). It is NOT an ingest measure (no fetching, parsing, per-batch
// corpus recompute or per-batch index catch-up): the report labels it so.
//
// With fields, the listings are made from the generator's own fields
// (title, company, plain text, remote, type, skills, paid, posted; no
// normalizing, no red flags, every listing visible): about 100 times
// faster to build, for 200,000 and 1,000,000 listings, and the broader
// case for search (no listing is hidden as a scam template).
func buildDirect(ctx context.Context, g *gigscout, fields bool, log *slog.Logger) (stage, error) {
	cpu0, start := cpuTime(), time.Now()
	st := stage{}
	data := filepath.Join(g.dir, "data")
	if err := os.MkdirAll(data, 0o755); err != nil {
		return st, err
	}
	s, err := store.Open(ctx, filepath.Join(data, "gigscout.db"))
	if err != nil {
		return st, err
	}
	defer s.Close()
	eng, norm := defaultRules(time.Time{})
	p := &ingest.Pipeline{Store: s, Engine: eng, Normalize: norm, Logger: log}
	c := g.c
	for b := range c.boards() {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		ls := make([]*model.Listing, c.boardLen(b))
		if fields {
			buildParallel(len(ls), func(i int) { ls[i] = fieldListing(c, b, i, s.Now()) })
		} else {
			posts := make([]model.Posting, 0, c.boardLen(b))
			for i := range c.boardLen(b) {
				posts = append(posts, generatedPosting(c, b, i))
			}
			buildParallel(len(posts), func(i int) { ls[i] = p.Build(&posts[i]) })
		}
		if _, err := s.Upsert(ctx, ls); err != nil {
			return st, fmt.Errorf("direct build: board %d: %w", b, err)
		}
		st.Listings += len(ls)
		if (b+1)%20 == 0 {
			log.Info("direct build: stored", "listings", st.Listings, "elapsed", time.Since(start).Round(time.Second))
		}
	}
	if !fields {
		log.Info("direct build: corpus flags")
		if err := p.RecomputeCorpus(ctx); err != nil {
			return st, err
		}
	}
	log.Info("direct build: index", "elapsed", time.Since(start).Round(time.Second))
	x, err := index.OpenContext(ctx, filepath.Join(data, "index.bleve"), index.OpenOptions{Owner: index.Owner{PID: os.Getpid(), Command: "gigbench"}})
	if err != nil {
		return st, err
	}
	if _, err := x.CatchUp(ctx, s); err != nil {
		x.Close()
		return st, err
	}
	if err := x.Close(); err != nil {
		return st, err
	}
	st.Wall, st.CPU = time.Since(start), cpuTime()-cpu0
	return st, nil
}

// generatedPosting is posting i of board b as the Greenhouse adapter reads
// it from the board server's answer.
func generatedPosting(c *corpus, b, i int) model.Posting {
	p := c.posting(b, i)
	j := greenhouse.Job{ID: json.Number(fmt.Sprint(p.ID)), Title: p.Title, CompanyName: p.Company,
		AbsoluteURL: fmt.Sprintf("https://job-boards.greenhouse.io/b%d/jobs/%d", b, p.ID),
		Content:     html.EscapeString(p.HTML), UpdatedAt: p.Posted.Format(time.RFC3339), FirstPublished: p.Posted.Format(time.RFC3339)}
	j.Location.Name = p.Location
	post, _ := j.Posting() // the generator gives every job an id and a title
	post.Source, post.Kind = fmt.Sprintf("b%d", b), "greenhouse"
	return post
}

// buildParallel runs fn(0..n-1) on every core.
func buildParallel(n int, fn func(int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				fn(i)
			}
		}()
	}
	wg.Wait()
}

// fieldListing is listing i of board b from the generator's fields.
func fieldListing(c *corpus, b, i int, now time.Time) *model.Listing {
	p := c.posting(b, i)
	posted := p.Posted
	l := &model.Listing{ID: fmt.Sprintf("gb%d-%d", b, p.ID), Source: fmt.Sprintf("b%d", b), Kind: "greenhouse", ExternalID: fmt.Sprint(p.ID),
		URL: fmt.Sprintf("https://job-boards.greenhouse.io/b%d/jobs/%d", b, p.ID), Title: p.Title, Company: p.Company,
		Locations: []string{p.Location}, Remote: model.Remote(p.Remote), Type: model.JobType(p.Type), Skills: p.Skills,
		DescriptionHTML: p.HTML, Text: p.Text, PostedAt: &posted, FirstSeen: now, LastSeen: now, Risk: model.SeverityLow}
	if p.Paid {
		l.Pay = &model.Pay{Min: 20, Max: 20, Currency: "USD", Unit: model.UnitHour, Hourly: 20, HourlyUSD: 20}
	}
	return l
}

// defaultRules are the red-flag engine and normalize options of the
// embedded default config, as `gigscout crawl` builds them (now: the
// normalizer's clock; zero for the real time).
func defaultRules(now time.Time) (*redflag.Engine, normalize.Options) {
	def := config.Default()
	rates := map[string]float64{"USD": 1}
	for k, v := range def.Pay.USDRates {
		rates[k] = v
	}
	return redflag.New(redflag.Options{FloorHourlyUSD: def.Pay.FloorHourlyUSD}), normalize.Options{USDRates: rates, Now: now}
}
