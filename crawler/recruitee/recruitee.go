// Package recruitee reads a company's Recruitee careers site through its
// public offers API: GET {base}/api/offers/ returns every published offer
// in one response, where base is https://{company}.recruitee.com (or a
// custom careers domain given as base_url).
package recruitee

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// Source is one Recruitee company.
type Source struct {
	name    string
	company string
	base    string // origin (and optional path prefix) of the careers site
}

var _ crawler.Source = (*Source)(nil)

// New returns the source for cfg.Company, a Recruitee subdomain
// ([A-Za-z0-9-]). cfg.BaseURL, when set, replaces
// https://{company}.recruitee.com and may carry a path prefix.
func New(cfg crawler.Config) (crawler.Source, error) {
	company := strings.TrimSpace(cfg.Company)
	if company == "" {
		return nil, errors.New("recruitee: company is required")
	}
	for _, r := range company {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-') {
			return nil, fmt.Errorf("recruitee: company %q must be a subdomain name (letters, digits, '-')", company)
		}
	}
	base := strings.TrimRight(strings.TrimSpace(cfg.BaseURL), "/")
	if base == "" {
		base = "https://" + strings.ToLower(company) + ".recruitee.com"
	}
	return &Source{name: cfg.Name, company: company, base: base}, nil
}

// Name implements crawler.Source.
func (s *Source) Name() string { return s.name }

// Kind implements crawler.Source.
func (s *Source) Kind() string { return "recruitee" }

// URL is the offers endpoint.
func (s *Source) URL() string { return s.base + "/api/offers/" }

// Crawl implements crawler.Source.
func (s *Source) Crawl(ctx context.Context, f crawler.Fetcher, emit func(model.Posting) error) error {
	return crawler.CrawlDocument(ctx, f, &crawler.Request{URL: s.URL(), Conditional: true}, "recruitee "+s.company, Parse, func(p *model.Posting) {
		if p.Company == "" {
			p.Company = s.company
		}
	}, emit)
}

// Parse reads an offers response. Offers whose status is present and not
// "published", and offers without an id, are dropped; a repeated id is
// kept once. Relative links and
// the fallback job page ({base}/o/{slug}) are resolved against the careers
// site the response came from.
func Parse(resp *crawler.Response) ([]model.Posting, error) {
	var body struct {
		Offers []Offer `json:"offers"`
	}
	if err := crawler.DecodeJSON(resp, &body); err != nil {
		return nil, err
	}
	if body.Offers == nil {
		return nil, fmt.Errorf("GET %s: response has no offers array", resp.URL)
	}
	base := siteBase(resp.URL)
	return crawler.Postings(body.Offers, func(o *Offer) (model.Posting, bool) {
		if st := strings.TrimSpace(o.Status); st != "" && !strings.EqualFold(st, "published") {
			return model.Posting{}, false
		}
		return o.Posting(base)
	}), nil
}

// siteBase is the careers site of an offers URL: everything before "/api/offers".
func siteBase(apiURL string) string {
	if i := strings.LastIndex(apiURL, "/api/offers"); i >= 0 {
		apiURL = apiURL[:i]
	}
	u, err := url.Parse(apiURL)
	if err != nil || !u.IsAbs() {
		return ""
	}
	return strings.TrimRight(apiURL, "/")
}
