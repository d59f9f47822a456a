// Package smartrecruiters reads a company's public SmartRecruiters postings:
// GET {base}/v1/companies/{company}/postings?offset=&limit= lists them in
// pages (totalFound + offset), and GET .../postings/{id} adds each one's
// job ad (description sections) and its public URLs.
package smartrecruiters

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

// DefaultBase is the public API origin.
const DefaultBase = "https://api.smartrecruiters.com"

const (
	maxLimit = 100 // the API's page size cap
	maxPages = 200 // hard cap: 20,000 postings at the maximum page size
)

// Source is one SmartRecruiters company.
type Source struct {
	name    string
	company string
	base    string
	limit   int
}

var _ crawler.Source = (*Source)(nil)

// New returns the source for cfg.Company; cfg.BaseURL replaces DefaultBase
// when set and may carry a path prefix. cfg.Limit sets the page size
// (default and maximum 100).
func New(cfg crawler.Config) (crawler.Source, error) {
	company := strings.TrimSpace(cfg.Company)
	if company == "" {
		return nil, errors.New("smartrecruiters: company is required")
	}
	if strings.ContainsAny(company, "/?#%") {
		return nil, fmt.Errorf("smartrecruiters: company %q must be a bare company identifier", company)
	}
	limit := cfg.Limit
	if limit <= 0 || limit > maxLimit {
		limit = maxLimit
	}
	return &Source{name: cfg.Name, company: company, base: cfg.BaseURL, limit: limit}, nil
}

// Name implements crawler.Source.
func (s *Source) Name() string { return s.name }

// Kind implements crawler.Source.
func (s *Source) Kind() string { return "smartrecruiters" }

// ListURL is the list endpoint for the page starting at offset.
func (s *Source) ListURL(offset int) string {
	return crawler.JoinURL(s.base, DefaultBase, "v1/companies/"+url.PathEscape(s.company)+
		"/postings?offset="+strconv.Itoa(offset)+"&limit="+strconv.Itoa(s.limit))
}

// DetailURL is the endpoint of one posting.
func (s *Source) DetailURL(id string) string {
	return crawler.JoinURL(s.base, DefaultBase, "v1/companies/"+url.PathEscape(s.company)+"/postings/"+url.PathEscape(id))
}

// Crawl implements crawler.Source. A failed list page is an error; a
// failed detail fetch is not: that posting is emitted from its list data.
// Paging stops on an empty page, once offset reaches totalFound (or on a
// short page when totalFound is absent), on a page with nothing new, and
// at the page cap (an error: the crawl is then incomplete).
func (s *Source) Crawl(ctx context.Context, f crawler.Fetcher, emit func(model.Posting) error) error {
	seen := map[string]bool{}
	for page, offset := 0, 0; page < maxPages; page++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		resp, err := f.Get(ctx, &crawler.Request{URL: s.ListURL(offset)})
		if err != nil {
			return fmt.Errorf("smartrecruiters %s: %w", s.company, err)
		}
		list, err := ParseList(resp)
		if err != nil {
			return fmt.Errorf("smartrecruiters %s: %w", s.company, err)
		}
		fresh, err := s.emitPage(ctx, f, list.Content, seen, emit)
		if err != nil {
			return err
		}
		offset += len(list.Content)
		if list.done(offset, s.limit) || fresh == 0 {
			return nil
		}
	}
	return fmt.Errorf("smartrecruiters %s: stopped at the cap of %d pages", s.company, maxPages)
}

// emitPage fetches the detail of each posting not seen before and emits it;
// it returns how many postings were new.
func (s *Source) emitPage(ctx context.Context, f crawler.Fetcher, jobs []Job, seen map[string]bool, emit func(model.Posting) error) (int, error) {
	n := 0
	for i := range jobs {
		j := &jobs[i]
		id := j.ID.String()
		if id == "" || seen[id] {
			continue
		}
		seen[id] = true
		n++
		detail, err := s.detail(ctx, f, id)
		if err != nil {
			return n, err
		}
		p, ok := j.Posting(detail, s.company)
		if !ok {
			continue
		}
		if err := ctx.Err(); err != nil {
			return n, err
		}
		if err := emit(p); err != nil {
			return n, err
		}
	}
	return n, nil
}

// detail fetches one posting's detail. Any failure but a cancelled
// context gives nil: the posting is then built from its list data.
func (s *Source) detail(ctx context.Context, f crawler.Fetcher, id string) (*Detail, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	resp, err := f.Get(ctx, &crawler.Request{URL: s.DetailURL(id)})
	if err != nil {
		if cerr := ctx.Err(); cerr != nil {
			return nil, cerr
		}
		return nil, nil
	}
	d, err := ParseDetail(resp)
	if err != nil {
		return nil, nil
	}
	return d, nil
}

// ParseList reads one list page.
func ParseList(resp *crawler.Response) (*List, error) {
	var l List
	if err := crawler.DecodeJSON(resp, &l); err != nil {
		return nil, err
	}
	if l.Content == nil {
		return nil, fmt.Errorf("GET %s: response has no content array", resp.URL)
	}
	return &l, nil
}

// ParseDetail reads one posting's detail.
func ParseDetail(resp *crawler.Response) (*Detail, error) {
	var d Detail
	if err := crawler.DecodeJSON(resp, &d); err != nil {
		return nil, err
	}
	return &d, nil
}

// Parse reads one list page into postings without details (the
// conformance tests and fuzzing use it).
func Parse(resp *crawler.Response) ([]model.Posting, error) {
	l, err := ParseList(resp)
	if err != nil {
		return nil, err
	}
	return crawler.Postings(l.Content, func(j *Job) (model.Posting, bool) { return j.Posting(nil, "") }), nil
}
