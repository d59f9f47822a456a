// Package lever reads a Lever site through its public Postings API:
// GET {base}/v0/postings/{site}?mode=json returns a bare JSON array of
// postings. Large sites are read in pages with skip and limit.
package lever

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// DefaultBase is the public API origin (EU accounts use https://api.eu.lever.co).
const DefaultBase = "https://api.lever.co"

const (
	defaultLimit = 100 // postings per page
	maxPages     = 100 // hard cap: 10,000 postings at the default limit
)

// Source is one Lever site.
type Source struct {
	name  string
	site  string
	base  string
	limit int
}

var _ crawler.Source = (*Source)(nil)

// New returns the source for cfg.Site; cfg.BaseURL replaces DefaultBase
// when set and may carry a path prefix. cfg.Limit sets the page size
// (default 100).
func New(cfg crawler.Config) (crawler.Source, error) {
	site := strings.TrimSpace(cfg.Site)
	if site == "" {
		return nil, errors.New("lever: site is required")
	}
	if strings.ContainsAny(site, "/?#") {
		return nil, fmt.Errorf("lever: site %q must be a bare site name", site)
	}
	limit := cfg.Limit
	if limit <= 0 {
		limit = defaultLimit
	}
	return &Source{name: cfg.Name, site: site, base: cfg.BaseURL, limit: limit}, nil
}

// Name implements crawler.Source.
func (s *Source) Name() string { return s.name }

// Kind implements crawler.Source.
func (s *Source) Kind() string { return "lever" }

// URL is the list endpoint for the page starting at skip.
func (s *Source) URL(skip int) string {
	path := "v0/postings/" + url.PathEscape(s.site) + "?mode=json&skip=" + strconv.Itoa(skip) +
		"&limit=" + strconv.Itoa(s.limit)
	return crawler.JoinURL(s.base, DefaultBase, path)
}

// Crawl implements crawler.Source. It pages with skip and limit and stops
// on a short or empty page, or on a page that brings no new posting (a
// server that ignores paging); reaching the page cap is an error, since the
// crawl is then incomplete.
func (s *Source) Crawl(ctx context.Context, f crawler.Fetcher, emit func(model.Posting) error) error {
	seen := map[string]bool{}
	for page, skip := 0, 0; page < maxPages; page++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		resp, err := f.Get(ctx, &crawler.Request{URL: s.URL(skip)})
		if err != nil {
			return fmt.Errorf("lever %s: %w", s.site, err)
		}
		ps, n, err := parsePage(resp)
		if err != nil {
			return fmt.Errorf("lever %s: %w", s.site, err)
		}
		fresh, err := emitNew(ctx, ps, seen, s.site, emit)
		if err != nil {
			return err
		}
		if n < s.limit || fresh == 0 {
			return nil
		}
		skip += n
	}
	return fmt.Errorf("lever %s: stopped at the cap of %d pages", s.site, maxPages)
}

// emitNew emits the postings not seen before and returns how many it emitted.
func emitNew(ctx context.Context, ps []model.Posting, seen map[string]bool, site string, emit func(model.Posting) error) (int, error) {
	company := companyFromSite(site)
	n := 0
	for _, p := range ps {
		if seen[p.ExternalID] {
			continue
		}
		if err := ctx.Err(); err != nil {
			return n, err
		}
		seen[p.ExternalID] = true
		if p.Company == "" {
			p.Company = company
		}
		if p.URL == "" {
			p.URL = hostedOrigin + url.PathEscape(site) + "/" + url.PathEscape(p.ExternalID)
		}
		if err := emit(p); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// Parse reads one page: a bare JSON array of postings. Postings without
// an id are dropped. Company comes from the hosted URL's site segment.
func Parse(resp *crawler.Response) ([]model.Posting, error) {
	ps, _, err := parsePage(resp)
	return ps, err
}

// parsePage is Parse that also returns how many entries the page held.
func parsePage(resp *crawler.Response) ([]model.Posting, int, error) {
	body := strings.TrimSpace(string(resp.Body[:min(len(resp.Body), 64)]))
	if strings.HasPrefix(body, "{") {
		var e struct {
			Error string `json:"error"`
		}
		if err := crawler.DecodeJSON(resp, &e); err != nil {
			return nil, 0, err
		}
		return nil, 0, fmt.Errorf("GET %s: expected a JSON array, got an object (error %q)", resp.URL, e.Error)
	}
	var jobs []Job
	if err := crawler.DecodeJSON(resp, &jobs); err != nil {
		return nil, 0, err
	}
	out := make([]model.Posting, 0, len(jobs))
	for i := range jobs {
		if p, ok := jobs[i].Posting(); ok {
			out = append(out, p)
		}
	}
	return out, len(jobs), nil
}
