// Package jsonld reads schema.org JobPosting JSON-LD from career pages. It
// fetches the start pages, follows the links matching a CSS selector and
// optionally the job pages of a sitemap, one request at a time through a
// bounded, deduplicated frontier (never Colly's async Visit), and extracts
// every <script type="application/ld+json"> JobPosting.
package jsonld

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

// crawlState is one run's bookkeeping.
type crawlState struct {
	front  *crawler.Frontier
	seen   map[string]bool // emitted ExternalIDs
	failed int
	first  error
}

func (c *crawlState) fail(err error) {
	c.failed++
	if c.first == nil {
		c.first = err
	}
}

// Crawl implements crawler.Source. A page that fails to fetch is skipped
// and counted; the run then ends with an error (incomplete), as it does
// when the page budget left discovered pages unfetched.
func (s *Source) Crawl(ctx context.Context, f crawler.Fetcher, emit func(model.Posting) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	st := &crawlState{front: crawler.NewFrontier(s.maxPages), seen: map[string]bool{}}
	for _, u := range s.site.Start {
		st.front.Push(u)
	}
	if err := s.crawlSitemap(ctx, f, st); err != nil {
		return err
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

// visit fetches one page, queues its links and emits its new postings.
// It returns only errors that end the run (cancellation, emit).
func (s *Source) visit(ctx context.Context, f crawler.Fetcher, st *crawlState, public string, emit func(model.Posting) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	resp, err := f.Get(ctx, &crawler.Request{URL: s.site.FetchURL(public)})
	switch {
	case ctx.Err() != nil:
		return fmt.Errorf("jsonld %s: %w", s.name, ctx.Err())
	case errors.Is(err, crawler.ErrRobots):
		return nil // disallowed pages are not part of the site we may read
	case err != nil:
		st.fail(err)
		return nil
	}
	pub := *resp
	pub.URL = s.site.PublicURL(resp.URL)
	pg, err := ParsePage(&pub, s.follow)
	if err != nil {
		st.fail(err)
		return nil
	}
	from, _ := url.Parse(pub.URL)
	for _, l := range pg.Links {
		if u, ok := crawler.NormalizeURL(l, nil); ok && s.site.Allowed(u, from) {
			st.front.Push(u.String())
		}
	}
	for _, p := range pg.Postings {
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
		errs = append(errs, fmt.Errorf("jsonld %s: %d fetches failed, first: %w", s.name, st.failed, st.first))
	}
	if st.front.Over > 0 {
		errs = append(errs, fmt.Errorf("jsonld %s: %w after %d pages (%d more found)", s.name, ErrBudget, st.front.Fetched, st.front.Over))
	}
	return errors.Join(errs...)
}
