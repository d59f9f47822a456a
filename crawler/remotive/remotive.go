// Package remotive reads the Remotive job feed: GET {base}/api/remote-jobs
// (optionally ?category=) returns every current listing in one response.
//
// Remotive's legal notice asks API users to link back to the listing on
// Remotive and credit it (Posting.URL is always the remotive.com page),
// not to resubmit its jobs to Jooble, Neuvoo, Google Jobs or LinkedIn
// Jobs, and to poll at most about 4 times a day (jobs are delayed by 24
// hours anyway); excessive requests get blocked. The schedule is the
// config's business: a source of this kind should run no more often than
// every 6 hours ("@every 6h", the default).
package remotive

import (
	"context"
	"fmt"
	"net/url"
	"strings"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// DefaultBase is the public API origin.
const DefaultBase = "https://remotive.com"

// Source is the Remotive feed, or one category of it.
type Source struct {
	name     string
	base     string
	category string
}

var _ crawler.Source = (*Source)(nil)

// New returns the Remotive source; cfg.Category (optional) narrows it to
// one category ("software-dev"). cfg.BaseURL replaces DefaultBase when
// set and may carry a path prefix.
func New(cfg crawler.Config) (crawler.Source, error) {
	return &Source{name: cfg.Name, base: cfg.BaseURL, category: strings.TrimSpace(cfg.Category)}, nil
}

// Name implements crawler.Source.
func (s *Source) Name() string { return s.name }

// Kind implements crawler.Source.
func (s *Source) Kind() string { return "remotive" }

// URL is the feed endpoint.
func (s *Source) URL() string {
	u := crawler.JoinURL(s.base, DefaultBase, "api/remote-jobs")
	if s.category != "" {
		u += "?category=" + url.QueryEscape(s.category)
	}
	return u
}

// Crawl implements crawler.Source.
func (s *Source) Crawl(ctx context.Context, f crawler.Fetcher, emit func(model.Posting) error) error {
	return crawler.CrawlDocument(ctx, f, &crawler.Request{URL: s.URL(), Conditional: true}, "remotive "+s.label(), Parse, nil, emit)
}

func (s *Source) label() string {
	if s.category == "" {
		return "all"
	}
	return s.category
}

// Parse reads a feed response. Jobs without an id or a title are skipped;
// a repeated id is kept once.
func Parse(resp *crawler.Response) ([]model.Posting, error) {
	var feed Feed
	if err := crawler.DecodeJSON(resp, &feed); err != nil {
		return nil, err
	}
	if feed.Jobs == nil {
		return nil, fmt.Errorf("GET %s: response has no jobs array", resp.URL)
	}
	return crawler.Postings(feed.Jobs, (*Job).Posting), nil
}

// Feed is the response. "00-warning" and "0-legal-notice" are notices,
// not jobs.
type Feed struct {
	Warning     string       `json:"00-warning"`
	LegalNotice string       `json:"0-legal-notice"`
	JobCount    crawler.Flex `json:"job-count"`
	Jobs        []Job        `json:"jobs"`
}
