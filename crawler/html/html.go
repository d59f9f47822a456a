// Package html reads any listing page by CSS selectors: each element
// matching the item selector is one posting, and each field selector is
// evaluated inside it ("a.title@href" reads an attribute). It follows
// pagination links through a bounded, deduplicated frontier, one request
// at a time (never Colly's async Visit).
package html

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/andybalholm/cascadia"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// ErrBudget is wrapped by Crawl when the page budget stopped the crawl
// before every discovered page was fetched (an incomplete run).
var ErrBudget = fmt.Errorf("page budget exhausted: %w", crawler.ErrTruncated)

// ErrNoTitles is wrapped by Crawl when the pages had items but none with a
// title: the selectors no longer match the site.
var ErrNoTitles = errors.New("no item had a title")

// Source is one listing site.
type Source struct {
	name     string
	site     *crawler.Site
	ex       *Extractor
	follow   cascadia.Selector // nil: a single page per start URL
	maxPages int
}

var _ crawler.Source = (*Source)(nil)

// New returns the source for cfg.StartURLs, cfg.Item, cfg.Fields (title
// and url required; company, location, pay, description, posted_at, id
// optional), cfg.Follow (pagination links) and cfg.MaxPages (default 50,
// at most 1000). Every selector must compile; errors name the key.
func New(cfg crawler.Config) (crawler.Source, error) {
	st, err := crawler.NewSite("start_urls", cfg.StartURLs, cfg.BaseURL)
	if err != nil {
		return nil, fmt.Errorf("html: %w", err)
	}
	s := &Source{name: cfg.Name, site: st}
	if s.ex, err = NewExtractor(cfg.Item, cfg.Fields); err != nil {
		return nil, fmt.Errorf("html: %w", err)
	}
	if s.maxPages, err = crawler.PageBudget(cfg.MaxPages); err != nil {
		return nil, fmt.Errorf("html: %w", err)
	}
	if f := strings.TrimSpace(cfg.Follow); f != "" {
		if s.follow, err = cascadia.Compile(f); err != nil {
			return nil, fmt.Errorf("html: follow: invalid selector %q: %w", f, err)
		}
	}
	return s, nil
}

// Name implements crawler.Source.
func (s *Source) Name() string { return s.name }

// Kind implements crawler.Source.
func (s *Source) Kind() string { return "html" }

// crawlState is one run's bookkeeping.
type crawlState struct {
	front          *crawler.Frontier
	seen           map[string]bool // emitted ExternalIDs
	failed         int
	first          error
	items, skipped int
}

// Crawl implements crawler.Source. A page that fails to fetch is skipped
// and counted; the run then ends with an error (incomplete), as it does
// when the page budget left pages unfetched or no item had a title.
// Items without a title are skipped.
func (s *Source) Crawl(ctx context.Context, f crawler.Fetcher, emit func(model.Posting) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	st := &crawlState{front: crawler.NewFrontier(s.maxPages), seen: map[string]bool{}}
	for _, u := range s.site.Start {
		st.front.Push(u)
	}
	for {
		u, ok := st.front.Next()
		if !ok {
			break
		}
		if err := s.visit(ctx, f, st, u, emit); err != nil {
			return err
		}
	}
	return s.result(st)
}

// visit fetches one page, queues its pagination links and emits its new
// postings. It returns only errors that end the run (cancellation, emit).
func (s *Source) visit(ctx context.Context, f crawler.Fetcher, st *crawlState, public string, emit func(model.Posting) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	resp, err := f.Get(ctx, &crawler.Request{URL: s.site.FetchURL(public)})
	switch {
	case ctx.Err() != nil:
		return fmt.Errorf("html %s: %w", s.name, ctx.Err())
	case errors.Is(err, crawler.ErrRobots):
		return nil
	case err != nil:
		st.failed++
		if st.first == nil {
			st.first = err
		}
		return nil
	}
	pub := *resp
	pub.URL = s.site.PublicURL(resp.URL)
	pg, err := s.ex.ParsePage(&pub, s.follow)
	if err != nil {
		st.failed++
		if st.first == nil {
			st.first = err
		}
		return nil
	}
	st.items += pg.Items
	st.skipped += pg.Skipped
	from, _ := url.Parse(pub.URL)
	for _, l := range pg.Links {
		if u, ok := crawler.NormalizeURL(l, nil); ok && s.site.Allowed(u, from) {
			st.front.Push(u.String())
		}
	}
	return s.emitNew(ctx, st, pg.Postings, emit)
}

func (s *Source) emitNew(ctx context.Context, st *crawlState, ps []model.Posting, emit func(model.Posting) error) error {
	for _, p := range ps {
		if st.seen[p.ExternalID] {
			continue
		}
		st.seen[p.ExternalID] = true
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := emit(p); err != nil {
			return err
		}
	}
	return nil
}

func (s *Source) result(st *crawlState) error {
	var errs []error
	if st.failed > 0 {
		errs = append(errs, fmt.Errorf("html %s: %d fetches failed, first: %w", s.name, st.failed, st.first))
	}
	if st.front.Over > 0 {
		errs = append(errs, fmt.Errorf("html %s: %w after %d pages (%d more found)", s.name, ErrBudget, st.front.Fetched, st.front.Over))
	}
	if st.items > 0 && st.skipped == st.items {
		errs = append(errs, fmt.Errorf("html %s: %w (%d items skipped)", s.name, ErrNoTitles, st.skipped))
	}
	return errors.Join(errs...)
}
