// Package workable reads a Workable account through its public widget API:
// GET {base}/api/v1/widget/accounts/{account}?details=true returns the
// account's name and all its published jobs in one response.
package workable

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// DefaultBase is the public origin.
const DefaultBase = "https://apply.workable.com"

// Source is one Workable account.
type Source struct {
	name    string
	account string
	base    string
}

var _ crawler.Source = (*Source)(nil)

// New returns the source for cfg.Account; cfg.BaseURL replaces DefaultBase
// when set and may carry a path prefix.
func New(cfg crawler.Config) (crawler.Source, error) {
	account := strings.TrimSpace(cfg.Account)
	if account == "" {
		return nil, errors.New("workable: account is required")
	}
	if strings.ContainsAny(account, "/?#%") {
		return nil, fmt.Errorf("workable: account %q must be a bare account name", account)
	}
	return &Source{name: cfg.Name, account: account, base: cfg.BaseURL}, nil
}

// Name implements crawler.Source.
func (s *Source) Name() string { return s.name }

// Kind implements crawler.Source.
func (s *Source) Kind() string { return "workable" }

// URL is the account's widget endpoint.
func (s *Source) URL() string {
	return crawler.JoinURL(s.base, DefaultBase, "api/v1/widget/accounts/"+url.PathEscape(s.account)+"?details=true")
}

// Crawl implements crawler.Source.
func (s *Source) Crawl(ctx context.Context, f crawler.Fetcher, emit func(model.Posting) error) error {
	return crawler.CrawlDocument(ctx, f, &crawler.Request{URL: s.URL(), Conditional: true}, "workable "+s.account, Parse, func(p *model.Posting) {
		if p.Company == "" {
			p.Company = s.account
		}
		if p.URL == "" {
			p.URL = DefaultBase + "/" + url.PathEscape(s.account) + "/j/" + url.PathEscape(p.ExternalID) + "/"
		}
	}, emit)
}

// Parse reads a widget response. Jobs without a shortcode are dropped; a
// repeated shortcode is kept once (its first job).
func Parse(resp *crawler.Response) ([]model.Posting, error) {
	var acc Account
	if err := crawler.DecodeJSON(resp, &acc); err != nil {
		return nil, err
	}
	if acc.Jobs == nil {
		return nil, fmt.Errorf("GET %s: response has no jobs array", resp.URL)
	}
	company := strings.TrimSpace(acc.Name)
	info := crawler.HTMLText(acc.Description)
	return crawler.Postings(acc.Jobs, func(j *Job) (model.Posting, bool) {
		p, ok := j.Posting(company)
		p.CompanyInfo = info
		return p, ok
	}), nil
}
