// Package usajobs reads the USAJOBS Search API, the way to federal
// student programs such as the Virtual Student Federal Service (VSFS):
// GET {base}/api/search?Keyword=...&ResultsPerPage=500&Page=N with the
// headers Authorization-Key (a free API key) and User-Agent (the e-mail
// address the key was issued to). Pages are read until every result was
// seen, a page comes back empty, or MaxPages.
package usajobs

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// DefaultBase is the public API origin.
const DefaultBase = "https://data.usajobs.gov"

// PerPage is the page size asked for (the API's maximum).
const PerPage = 500

// MaxPages bounds the pages one crawl reads.
const MaxPages = 20

// Source is one keyword search.
type Source struct {
	name    string
	base    string
	keyword string
	key     string // API key, read from the environment at New
	email   string
}

var _ crawler.Source = (*Source)(nil)

// New returns the source for cfg.Keyword. cfg.APIKeyEnv and cfg.EmailEnv
// name the environment variables holding the API key and the e-mail
// (read through cfg.Getenv, or os.Getenv when nil); New returns an error
// naming the config key or the variable when one is missing or empty.
func New(cfg crawler.Config) (crawler.Source, error) {
	getenv := cfg.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	keyword := strings.TrimSpace(cfg.Keyword)
	if keyword == "" {
		return nil, fmt.Errorf("usajobs: keyword is required")
	}
	key, err := fromEnv(getenv, "api_key_env", cfg.APIKeyEnv)
	if err != nil {
		return nil, err
	}
	email, err := fromEnv(getenv, "email_env", cfg.EmailEnv)
	if err != nil {
		return nil, err
	}
	return &Source{name: cfg.Name, base: cfg.BaseURL, keyword: keyword, key: key, email: email}, nil
}

func fromEnv(getenv func(string) string, field, name string) (string, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return "", fmt.Errorf("usajobs: %s is required (the environment variable that holds it)", field)
	}
	v := strings.TrimSpace(getenv(name))
	if v == "" {
		return "", fmt.Errorf("usajobs: environment variable %s (%s) is not set", name, field)
	}
	return v, nil
}

// Name implements crawler.Source.
func (s *Source) Name() string { return s.name }

// Kind implements crawler.Source.
func (s *Source) Kind() string { return "usajobs" }

// PageURL is the URL of page n (from 1), with a fixed query order.
func (s *Source) PageURL(n int) string {
	q := fmt.Sprintf("api/search?Keyword=%s&ResultsPerPage=%d&Page=%d", url.QueryEscape(s.keyword), PerPage, n)
	return crawler.JoinURL(s.base, DefaultBase, q)
}

// request carries the API's headers. The User-Agent set here replaces
// the collector's: USAJOBS identifies the caller by it.
func (s *Source) request(n int) *crawler.Request {
	h := http.Header{}
	h.Set("Authorization-Key", s.key)
	h.Set("User-Agent", s.email)
	return &crawler.Request{URL: s.PageURL(n), Header: h}
}

// Crawl implements crawler.Source.
func (s *Source) Crawl(ctx context.Context, f crawler.Fetcher, emit func(model.Posting) error) error {
	seen := map[string]bool{}
	read := 0
	for n := 1; n <= MaxPages; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		resp, err := f.Get(ctx, s.request(n))
		if err != nil {
			return fmt.Errorf("usajobs %q: page %d: %w", s.keyword, n, err)
		}
		pg, err := ParsePage(resp)
		if err != nil {
			return fmt.Errorf("usajobs %q: page %d: %w", s.keyword, n, err)
		}
		if _, err := crawler.EmitNew(ctx, pg.Postings, seen, emit); err != nil {
			return err
		}
		read += pg.Items
		if lastPage(pg, n, read) {
			return nil
		}
	}
	return nil
}

// lastPage reports whether page n was the last: it was empty, every
// result was read, it was the last numbered page, or the counts are
// missing and so no further page can be known.
func lastPage(pg *Page, n, read int) bool {
	switch {
	case pg.Items == 0:
		return true
	case pg.Total > 0 && read >= pg.Total:
		return true
	case pg.Pages > 0 && n >= pg.Pages:
		return true
	}
	return pg.Total <= 0 && pg.Pages <= 0
}
