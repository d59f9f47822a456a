// Package jsonld reads schema.org JobPosting JSON-LD from career pages. It
// fetches the start pages, follows the links matching a CSS selector and
// optionally the job pages of a sitemap, one request at a time through a
// bounded, deduplicated frontier (never Colly's async Visit), and extracts
// every <script type="application/ld+json"> JobPosting.
package jsonld

import (
	"context"
	"fmt"
	"strings"

	"github.com/andybalholm/cascadia"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// ErrBudget is wrapped by Crawl when the page budget stopped the crawl
// before every discovered page was fetched (an incomplete run).
var ErrBudget = crawler.ErrTruncated

// Source is one career site.
type Source struct {
	name     string
	site     *crawler.Site
	follow   cascadia.Selector // nil: follow nothing
	sitemap  string            // "", "auto" or a public URL
	maxPages int
}

var _ crawler.Source = (*Source)(nil)

// New returns the source for cfg.StartURLs (required), cfg.Follow (a CSS
// selector of <a> elements to follow), cfg.MaxPages (default 50, at most
// 1000) and cfg.Sitemap ("auto" for {origin}/sitemap.xml, or a URL).
func New(cfg crawler.Config) (crawler.Source, error) {
	st, err := crawler.NewSite("start_urls", cfg.StartURLs, cfg.BaseURL)
	if err != nil {
		return nil, fmt.Errorf("jsonld: %w", err)
	}
	s := &Source{name: cfg.Name, site: st}
	if s.maxPages, err = crawler.PageBudget(cfg.MaxPages); err != nil {
		return nil, fmt.Errorf("jsonld: %w", err)
	}
	if f := strings.TrimSpace(cfg.Follow); f != "" {
		if s.follow, err = cascadia.Compile(f); err != nil {
			return nil, fmt.Errorf("jsonld: follow: invalid selector %q: %w", f, err)
		}
	}
	if s.sitemap, err = sitemapURL(st, strings.TrimSpace(cfg.Sitemap)); err != nil {
		return nil, fmt.Errorf("jsonld: sitemap: %w", err)
	}
	return s, nil
}

// Name implements crawler.Source.
func (s *Source) Name() string { return s.name }

// Kind implements crawler.Source.
func (s *Source) Kind() string { return "jsonld" }

// Crawl implements crawler.Source. A page that fails to fetch is skipped
// and counted; the run then ends with an error (incomplete), as it does
// when the page budget left discovered pages unfetched.
func (s *Source) Crawl(ctx context.Context, f crawler.Fetcher, emit func(model.Posting) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	c := &crawler.SiteCrawl{Site: s.site, Front: crawler.NewFrontier(s.maxPages), Prefix: "jsonld " + s.name,
		Parse: func(resp *crawler.Response) (*crawler.PageResult, error) {
			pg, err := ParsePage(resp, s.follow)
			if err != nil {
				return nil, err
			}
			return &crawler.PageResult{Postings: pg.Postings, Links: pg.Links}, nil
		}}
	if err := s.crawlSitemap(ctx, f, c); err != nil {
		return err
	}
	if err := c.Run(ctx, f, emit); err != nil {
		return err
	}
	return c.Err()
}
