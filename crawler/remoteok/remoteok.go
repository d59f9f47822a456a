// Package remoteok reads the Remote OK job feed: GET {base}/api returns
// every current listing in one JSON array whose first element is a legal
// notice, not a job.
//
// Remote OK's API terms ask users to link back (without nofollow) to the
// listing on Remote OK and to name Remote OK as the source, so Posting.URL
// is always the remoteok.com listing page, never the employer's site.
package remoteok

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// DefaultBase is the public API origin; it is also the origin relative
// listing URLs are resolved against (the link back the terms require).
const DefaultBase = "https://remoteok.com"

// Source is the Remote OK feed.
type Source struct {
	name string
	base string
}

var _ crawler.Source = (*Source)(nil)

// New returns the Remote OK source; it has no key fields. cfg.BaseURL
// replaces DefaultBase when set and may carry a path prefix.
func New(cfg crawler.Config) (crawler.Source, error) {
	return &Source{name: cfg.Name, base: cfg.BaseURL}, nil
}

// Name implements crawler.Source.
func (s *Source) Name() string { return s.name }

// Kind implements crawler.Source.
func (s *Source) Kind() string { return "remoteok" }

// URL is the feed endpoint.
func (s *Source) URL() string { return crawler.JoinURL(s.base, DefaultBase, "api") }

// Crawl implements crawler.Source.
func (s *Source) Crawl(ctx context.Context, f crawler.Fetcher, emit func(model.Posting) error) error {
	return crawler.CrawlDocument(ctx, f, &crawler.Request{URL: s.URL(), Conditional: true}, "remoteok", Parse, nil, emit)
}

// Parse reads the feed. Elements without an id or a position (the legal
// notice at index 0, or anything else that is not a job) are skipped; a
// repeated id is kept once.
func Parse(resp *crawler.Response) ([]model.Posting, error) {
	var elems []json.RawMessage
	if err := crawler.DecodeJSON(resp, &elems); err != nil {
		return nil, err
	}
	out := make([]model.Posting, 0, len(elems))
	seen := make(map[string]bool, len(elems))
	for i, raw := range elems {
		var j Job
		if err := json.Unmarshal(raw, &j); err != nil {
			if isObject(raw) {
				return nil, fmt.Errorf("GET %s: element %d: malformed job: %w", resp.URL, i, err)
			}
			continue // a string or number in the array is not a job
		}
		p, ok := j.Posting()
		if !ok || seen[p.ExternalID] {
			continue
		}
		seen[p.ExternalID] = true
		out = append(out, p)
	}
	return out, nil
}

func isObject(raw json.RawMessage) bool {
	for _, c := range raw {
		switch c {
		case ' ', '\t', '\r', '\n':
			continue
		}
		return c == '{'
	}
	return false
}
