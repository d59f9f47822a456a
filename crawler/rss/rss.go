// Package rss reads job feeds: RSS 2.0 and Atom (through gofeed), with the
// quirks of We Work Remotely's feeds. One source crawls every configured
// feed URL; a feed that fails makes the run incomplete.
package rss

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// Source is a list of feeds crawled as one source.
type Source struct {
	name  string
	feeds []feed
}

// feed is one configured feed: the URL fetched (rebased onto base_url when
// one is set) and its public URL (for resolving relative links and errors).
type feed struct {
	fetch  string
	public string
}

var _ crawler.Source = (*Source)(nil)

// New returns the source for cfg.URLs. Each URL must be absolute http(s),
// or a path when cfg.BaseURL is set; cfg.BaseURL replaces each URL's origin
// and may carry a path prefix.
func New(cfg crawler.Config) (crawler.Source, error) {
	if len(cfg.URLs) == 0 {
		return nil, errors.New("rss: urls is required")
	}
	s := &Source{name: cfg.Name}
	for i, raw := range cfg.URLs {
		f, err := newFeed(strings.TrimSpace(raw), strings.TrimSpace(cfg.BaseURL))
		if err != nil {
			return nil, fmt.Errorf("rss: urls[%d]: %w", i, err)
		}
		s.feeds = append(s.feeds, f)
	}
	return s, nil
}

func newFeed(raw, base string) (feed, error) {
	if raw == "" {
		return feed{}, errors.New("empty URL")
	}
	u, err := url.Parse(raw)
	if err != nil {
		return feed{}, fmt.Errorf("bad URL %q: %w", raw, err)
	}
	abs := (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
	switch {
	case base == "" && !abs:
		return feed{}, fmt.Errorf("%q is not an absolute http(s) URL", raw)
	case base == "":
		return feed{fetch: u.String(), public: u.String()}, nil
	}
	b, err := url.Parse(base)
	if err != nil || (b.Scheme != "http" && b.Scheme != "https") || b.Host == "" {
		return feed{}, fmt.Errorf("base_url %q is not an absolute http(s) URL", base)
	}
	fetch := crawler.JoinURL(base, "", u.RequestURI())
	if !abs {
		return feed{fetch: fetch, public: fetch}, nil
	}
	return feed{fetch: fetch, public: u.String()}, nil
}

// Name implements crawler.Source.
func (s *Source) Name() string { return s.name }

// Kind implements crawler.Source.
func (s *Source) Kind() string { return "rss" }

// Crawl implements crawler.Source. It fetches every feed in turn; a feed
// that fails to fetch or parse is skipped and reported in the returned
// error after the other feeds were emitted.
func (s *Source) Crawl(ctx context.Context, f crawler.Fetcher, emit func(model.Posting) error) error {
	seen := map[string]bool{}
	var errs []error
	for _, fd := range s.feeds {
		if err := ctx.Err(); err != nil {
			return err
		}
		ps, err := fetchFeed(ctx, f, fd)
		if err != nil {
			if ctx.Err() != nil {
				return fmt.Errorf("rss %s: %w", fd.public, ctx.Err())
			}
			errs = append(errs, fmt.Errorf("rss %s: %w", fd.public, err))
			continue
		}
		for _, p := range ps {
			if seen[p.ExternalID] {
				continue
			}
			seen[p.ExternalID] = true
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := emit(p); err != nil {
				return err
			}
		}
	}
	return errors.Join(errs...)
}

func fetchFeed(ctx context.Context, f crawler.Fetcher, fd feed) ([]model.Posting, error) {
	resp, err := f.Get(ctx, &crawler.Request{URL: fd.fetch, Header: acceptHeader()})
	if err != nil {
		return nil, err
	}
	// Relative links resolve against the public feed URL, not base_url.
	pub := *resp
	pub.URL = fd.public
	return Parse(&pub)
}
