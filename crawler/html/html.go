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
	"strings"

	"github.com/andybalholm/cascadia"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// ErrBudget is wrapped by Crawl when the page budget stopped the crawl
// before every discovered page was fetched (an incomplete run).
var ErrBudget = crawler.ErrTruncated

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

// Crawl implements crawler.Source. A page that fails to fetch is skipped
// and counted; the run then ends with an error (incomplete), as it does
// when the page budget left pages unfetched or no item had a title.
// Items without a title are skipped.
func (s *Source) Crawl(ctx context.Context, f crawler.Fetcher, emit func(model.Posting) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	c := &crawler.SiteCrawl{Site: s.site, Front: crawler.NewFrontier(s.maxPages), Prefix: "html " + s.name,
		Parse: func(resp *crawler.Response) (*crawler.PageResult, error) {
			pg, err := s.ex.ParsePage(resp, s.follow)
			if err != nil {
				return nil, err
			}
			return &crawler.PageResult{Postings: pg.Postings, Links: pg.Links, Items: pg.Items, Skipped: pg.Skipped}, nil
		}}
	if err := c.Run(ctx, f, emit); err != nil {
		return err
	}
	err := c.Err()
	if c.Items > 0 && c.Skipped == c.Items {
		err = errors.Join(err, fmt.Errorf("html %s: %w (%d items skipped)", s.name, ErrNoTitles, c.Skipped))
	}
	return err
}
