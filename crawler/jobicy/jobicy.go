// Package jobicy reads the Jobicy remote job feed:
// GET {base}/api/v2/remote-jobs?count=100 returns the latest listings (100
// is the API's maximum) in one response.
//
// Jobicy's friendly notice asks API users to credit Jobicy with a direct
// link to the source and to send every application button to the
// original job URL, so Posting.URL is always the jobicy.com listing.
package jobicy

import (
	"context"
	"fmt"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// DefaultBase is the public API origin.
const DefaultBase = "https://jobicy.com"

// Source is the Jobicy feed.
type Source struct {
	name string
	base string
}

var _ crawler.Source = (*Source)(nil)

// New returns the Jobicy source; it has no key fields. cfg.BaseURL
// replaces DefaultBase when set and may carry a path prefix.
func New(cfg crawler.Config) (crawler.Source, error) {
	return &Source{name: cfg.Name, base: cfg.BaseURL}, nil
}

// Name implements crawler.Source.
func (s *Source) Name() string { return s.name }

// Kind implements crawler.Source.
func (s *Source) Kind() string { return "jobicy" }

// URL is the feed endpoint.
func (s *Source) URL() string {
	return crawler.JoinURL(s.base, DefaultBase, "api/v2/remote-jobs?count=100")
}

// Crawl implements crawler.Source.
func (s *Source) Crawl(ctx context.Context, f crawler.Fetcher, emit func(model.Posting) error) error {
	return crawler.CrawlDocument(ctx, f, &crawler.Request{URL: s.URL(), Conditional: true}, "jobicy", Parse, nil, emit)
}

// Parse reads a feed response. A response with "success": false is an
// error; jobs without an id or a title are skipped; a repeated id is kept
// once.
func Parse(resp *crawler.Response) ([]model.Posting, error) {
	var feed Feed
	if err := crawler.DecodeJSON(resp, &feed); err != nil {
		return nil, err
	}
	if feed.Success != nil && !*feed.Success {
		return nil, fmt.Errorf("GET %s: API answered success=false: %s", resp.URL, feed.message())
	}
	if feed.Jobs == nil {
		return nil, fmt.Errorf("GET %s: response has no jobs array", resp.URL)
	}
	return crawler.Postings(feed.Jobs, (*Job).Posting), nil
}

// Feed is the response.
type Feed struct {
	APIVersion     string       `json:"apiVersion"`
	FriendlyNotice string       `json:"friendlyNotice"`
	JobCount       crawler.Flex `json:"jobCount"`
	LastUpdate     string       `json:"lastUpdate"`
	Success        *bool        `json:"success"`
	Message        string       `json:"message"`
	Error          string       `json:"error"`
	Jobs           []Job        `json:"jobs"`
}

func (f *Feed) message() string {
	if f.Message != "" {
		return f.Message
	}
	if f.Error != "" {
		return f.Error
	}
	return "no message"
}
