// Package hackernews reads the monthly Hacker News "Ask HN: Who is
// hiring?" thread through the HN Algolia search API. Each top-level
// comment of the thread is one posting; replies are not.
//
// Without a configured story, Crawl first finds the newest thread posted
// by the whoishiring account: GET {base}/api/v1/search_by_date?tags=
// story,author_whoishiring&query=who%20is%20hiring. It then pages the
// thread's comments: GET {base}/api/v1/search_by_date?tags=comment,
// story_{id}&hitsPerPage=1000&page=N, up to nbPages or MaxPages.
//
// Posting.URL is always the public item page on news.ycombinator.com,
// whatever the base URL.
package hackernews

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// DefaultBase is the HN Algolia API origin.
const DefaultBase = "https://hn.algolia.com"

// ItemURL is the public page of an HN item; append the id.
const ItemURL = "https://news.ycombinator.com/item?id="

// MaxPages bounds the comment pages one crawl reads (1,000 hits a page).
const MaxPages = 10

// Source is the "Who is hiring?" thread, the newest or a fixed one.
type Source struct {
	name  string
	base  string
	story string
}

var _ crawler.Source = (*Source)(nil)

// New returns the source. cfg.Story (optional) pins one thread by its
// item id ("48747976", or the item's news.ycombinator.com URL); cfg.BaseURL
// replaces DefaultBase when set and may carry a path prefix.
func New(cfg crawler.Config) (crawler.Source, error) {
	story, err := storyID(cfg.Story)
	if err != nil {
		return nil, err
	}
	return &Source{name: cfg.Name, base: cfg.BaseURL, story: story}, nil
}

// storyID reads an item id or an item URL; "" stays "".
func storyID(s string) (string, error) {
	s = strings.TrimSpace(s)
	if u, err := url.Parse(s); err == nil && u.Query().Get("id") != "" {
		s = u.Query().Get("id")
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return "", fmt.Errorf("hackernews: story %q must be a numeric item id", s)
		}
	}
	return s, nil
}

// Name implements crawler.Source.
func (s *Source) Name() string { return s.name }

// Kind implements crawler.Source.
func (s *Source) Kind() string { return "hackernews" }

// StoriesURL is the search for the whoishiring account's threads.
func (s *Source) StoriesURL() string {
	return crawler.JoinURL(s.base, DefaultBase, "api/v1/search_by_date?tags=story,author_whoishiring&query=who%20is%20hiring")
}

// CommentsURL is page n of the comments of story (query order fixed).
func (s *Source) CommentsURL(story string, n int) string {
	return crawler.JoinURL(s.base, DefaultBase, fmt.Sprintf("api/v1/search_by_date?tags=comment,story_%s&hitsPerPage=1000&page=%d", story, n))
}

// Crawl implements crawler.Source.
func (s *Source) Crawl(ctx context.Context, f crawler.Fetcher, emit func(model.Posting) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	story := s.story
	if story == "" {
		var err error
		if story, err = s.latestStory(ctx, f); err != nil {
			return fmt.Errorf("hackernews: %w", err)
		}
	}
	seen := map[string]bool{}
	for n := 0; n < MaxPages; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		resp, err := f.Get(ctx, &crawler.Request{URL: s.CommentsURL(story, n)})
		if err != nil {
			return fmt.Errorf("hackernews story %s: %w", story, err)
		}
		pg, err := ParseComments(resp, story)
		if err != nil {
			return fmt.Errorf("hackernews story %s: %w", story, err)
		}
		if _, err := crawler.EmitNew(ctx, pg.Postings, seen, emit); err != nil {
			return err
		}
		if pg.Hits == 0 || n+1 >= pg.NbPages {
			return nil
		}
	}
	return nil
}

// errNoStory is returned when the search finds no "Who is hiring?" thread.
var errNoStory = errors.New(`no "Who is hiring?" story found`)

// latestStory finds the id of the newest "Who is hiring?" thread.
func (s *Source) latestStory(ctx context.Context, f crawler.Fetcher) (string, error) {
	var res Results
	if _, err := crawler.GetJSON(ctx, f, &crawler.Request{URL: s.StoriesURL()}, &res); err != nil {
		return "", err
	}
	id := LatestStory(res.Hits)
	if id == "" {
		return "", errNoStory
	}
	return id, nil
}
