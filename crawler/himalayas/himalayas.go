// Package himalayas reads the Himalayas remote job feed:
// GET {base}/jobs/api?limit=&offset= returns one page of jobs, newest
// first, with the feed's totalCount. Crawl pages with offset until it
// reaches totalCount, a page comes back empty or brings only jobs already
// seen (a server that ignores offset), or MaxPages pages were read.
//
// The whole feed holds about 100,000 jobs; a crawl reads at most
// MaxPages*limit of the newest and then returns an error wrapping
// crawler.ErrTruncated: the run is partial and closes nothing, since the
// older jobs were not seen, not gone.
package himalayas

import (
	"context"
	"fmt"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// DefaultBase is the public API origin.
const DefaultBase = "https://himalayas.app"

// DefaultLimit is the page size asked for (the API caps it at 20).
const DefaultLimit = 20

// MaxPages bounds the pages one crawl reads.
const MaxPages = 100

// Source is the Himalayas feed.
type Source struct {
	name  string
	base  string
	limit int
}

var _ crawler.Source = (*Source)(nil)

// New returns the Himalayas source; it has no key fields. cfg.Limit sets
// the page size (default DefaultLimit); cfg.BaseURL replaces DefaultBase
// when set and may carry a path prefix.
func New(cfg crawler.Config) (crawler.Source, error) {
	if cfg.Limit < 0 {
		return nil, fmt.Errorf("himalayas: limit %d must not be negative", cfg.Limit)
	}
	limit := cfg.Limit
	if limit == 0 {
		limit = DefaultLimit
	}
	return &Source{name: cfg.Name, base: cfg.BaseURL, limit: limit}, nil
}

// Name implements crawler.Source.
func (s *Source) Name() string { return s.name }

// Kind implements crawler.Source.
func (s *Source) Kind() string { return "himalayas" }

// PageURL is the URL of the page starting at offset (query order fixed).
func (s *Source) PageURL(offset int) string {
	return crawler.JoinURL(s.base, DefaultBase, fmt.Sprintf("jobs/api?limit=%d&offset=%d", s.limit, offset))
}

// Crawl implements crawler.Source.
func (s *Source) Crawl(ctx context.Context, f crawler.Fetcher, emit func(model.Posting) error) error {
	seen := map[string]bool{}
	offset, total := 0, 0
	for page := 0; page < MaxPages; page++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		resp, err := f.Get(ctx, &crawler.Request{URL: s.PageURL(offset)})
		if err != nil {
			return fmt.Errorf("himalayas: offset %d: %w", offset, err)
		}
		pg, err := ParsePage(resp)
		if err != nil {
			return fmt.Errorf("himalayas: offset %d: %w", offset, err)
		}
		fresh, err := crawler.EmitNew(ctx, pg.Postings, seen, emit)
		if err != nil {
			return err
		}
		offset, total = offset+pg.Jobs, pg.Total
		if pg.Jobs == 0 || (len(pg.Postings) > 0 && fresh == 0) || (pg.Total > 0 && offset >= pg.Total) {
			return nil
		}
	}
	return fmt.Errorf("himalayas: read %d pages (%d of %d jobs): %w", MaxPages, offset, total, crawler.ErrTruncated)
}

// Page is one parsed page.
type Page struct {
	Postings []model.Posting
	Jobs     int // jobs on the page, usable or not: what offset advances by
	Total    int // the feed's totalCount (0 when absent)
}

// ParsePage reads one page. Jobs without a title or any URL are skipped;
// a repeated id is kept once.
func ParsePage(resp *crawler.Response) (*Page, error) {
	var feed Feed
	if err := crawler.DecodeJSON(resp, &feed); err != nil {
		return nil, err
	}
	if feed.Jobs == nil {
		return nil, fmt.Errorf("GET %s: response has no jobs array", resp.URL)
	}
	return &Page{Jobs: len(feed.Jobs), Total: int(feed.TotalCount.Float()), Postings: crawler.Postings(feed.Jobs, (*Job).Posting)}, nil
}

// Parse reads one page and returns its postings.
func Parse(resp *crawler.Response) ([]model.Posting, error) {
	pg, err := ParsePage(resp)
	if err != nil {
		return nil, err
	}
	return pg.Postings, nil
}

// Feed is one page of the API.
type Feed struct {
	Comments   string       `json:"comments"` // an API change note
	UpdatedAt  crawler.Flex `json:"updatedAt"`
	Offset     crawler.Flex `json:"offset"`
	Limit      crawler.Flex `json:"limit"`
	TotalCount crawler.Flex `json:"totalCount"`
	Jobs       []Job        `json:"jobs"`
}
