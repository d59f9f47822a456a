// Package ashby reads an Ashby job board through its public posting API:
// GET {base}/posting-api/job-board/{board}?includeCompensation=true returns
// the whole board in one response.
package ashby

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// DefaultBase is the public API origin.
const DefaultBase = "https://api.ashbyhq.com"

// Source is one Ashby job board.
type Source struct {
	name  string
	board string // unescaped board name ("Citizen Health")
	base  string
}

var _ crawler.Source = (*Source)(nil)

// New returns the source for cfg.Board; cfg.BaseURL replaces DefaultBase
// when set and may carry a path prefix. A board given already
// percent-encoded ("Citizen%20Health") is decoded first, so it is not
// encoded twice.
func New(cfg crawler.Config) (crawler.Source, error) {
	board := strings.TrimSpace(cfg.Board)
	if strings.Contains(board, "%") {
		if dec, err := url.PathUnescape(board); err == nil {
			board = strings.TrimSpace(dec)
		}
	}
	if board == "" {
		return nil, errors.New("ashby: board is required")
	}
	if strings.ContainsAny(board, "/?#") {
		return nil, fmt.Errorf("ashby: board %q must be a bare board name", board)
	}
	return &Source{name: cfg.Name, board: board, base: cfg.BaseURL}, nil
}

// Name implements crawler.Source.
func (s *Source) Name() string { return s.name }

// Kind implements crawler.Source.
func (s *Source) Kind() string { return "ashby" }

// URL is the board's endpoint.
func (s *Source) URL() string {
	return crawler.JoinURL(s.base, DefaultBase,
		"posting-api/job-board/"+url.PathEscape(s.board)+"?includeCompensation=true")
}

// Crawl implements crawler.Source.
func (s *Source) Crawl(ctx context.Context, f crawler.Fetcher, emit func(model.Posting) error) error {
	return crawler.CrawlDocument(ctx, f, &crawler.Request{URL: s.URL(), Conditional: true}, "ashby "+s.board, Parse, func(p *model.Posting) {
		if p.Company == "" {
			p.Company = companyFromBoard(s.board)
		}
		if p.URL == "" {
			p.URL = hostedOrigin + url.PathEscape(s.board) + "/" + url.PathEscape(p.ExternalID)
		}
	}, emit)
}

// Parse reads a board response. Unlisted jobs (isListed false) and jobs
// without an id are dropped; a repeated id is kept once. Company comes from the job URL's board segment.
func Parse(resp *crawler.Response) ([]model.Posting, error) {
	var board Board
	if err := crawler.DecodeJSON(resp, &board); err != nil {
		return nil, err
	}
	if board.Jobs == nil {
		return nil, fmt.Errorf("GET %s: response has no jobs array", resp.URL)
	}
	return crawler.Postings(board.Jobs, func(j *Job) (model.Posting, bool) {
		if j.IsListed != nil && !*j.IsListed {
			return model.Posting{}, false
		}
		return j.Posting()
	}), nil
}
