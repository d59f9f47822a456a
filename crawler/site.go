package crawler

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Page budget bounds of the crawls that follow links (jsonld, html).
const (
	DefaultMaxPages = 50
	MaxMaxPages     = 1000
)

// Site maps the public URLs a crawl works with onto the URLs it fetches:
// base_url, when set, replaces the origin of the start URLs (and may carry
// a path prefix). The frontier, links, ids and emitted URLs stay in public
// URLs, so a test server or a mirror gives the same ids as the real site.
type Site struct {
	base    *url.URL        // nil when no base_url is set
	publics map[string]bool // public origins replaced by base ("https://host")
	public  string          // the first of them, for mapping fetched URLs back
	hosts   map[string]bool // public hosts a crawl may visit
	Start   []string        // public start URLs
}

// NewSite validates the start URLs (absolute http(s), or paths when base
// is set) against base.
func NewSite(key string, starts []string, base string) (*Site, error) {
	s := &Site{publics: map[string]bool{}, hosts: map[string]bool{}}
	if base = strings.TrimSpace(base); base != "" {
		b, err := url.Parse(base)
		if err != nil || (b.Scheme != "http" && b.Scheme != "https") || b.Host == "" {
			return nil, fmt.Errorf("base_url %q is not an absolute http(s) URL", base)
		}
		b.Path = strings.TrimRight(b.Path, "/")
		b.RawQuery, b.Fragment = "", ""
		s.base = b
	}
	for i, raw := range starts {
		u, err := s.StartURL(strings.TrimSpace(raw))
		if err != nil {
			return nil, fmt.Errorf("%s[%d]: %w", key, i, err)
		}
		s.Start = append(s.Start, u.String())
		s.hosts[u.Host] = true
	}
	if len(s.Start) == 0 {
		return nil, fmt.Errorf("%s is required", key)
	}
	return s, nil
}

// StartURL validates one more URL like the start URLs (absolute http(s),
// or a path under base_url) and returns it as a public URL.
func (s *Site) StartURL(raw string) (*url.URL, error) {
	if raw == "" {
		return nil, errors.New("empty URL")
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("bad URL %q: %w", raw, err)
	}
	abs := (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
	switch {
	case abs:
		if s.base != nil {
			origin := u.Scheme + "://" + u.Host
			if s.public == "" {
				s.public = origin
			}
			s.publics[origin] = true
		}
	case s.base != nil && strings.HasPrefix(raw, "/"):
		u, _ = url.Parse(s.base.String() + u.RequestURI()) // a path under base_url: public is the base
	default:
		return nil, fmt.Errorf("%q is not an absolute http(s) URL", raw)
	}
	n, ok := NormalizeURL(u.String(), nil)
	if !ok {
		return nil, fmt.Errorf("%q is not an absolute http(s) URL", raw)
	}
	return n, nil
}

// FetchURL maps a public URL onto base_url.
func (s *Site) FetchURL(public string) string {
	if s.base == nil {
		return public
	}
	u, err := url.Parse(public)
	if err != nil || !s.publics[u.Scheme+"://"+u.Host] {
		return public
	}
	return s.base.String() + u.RequestURI()
}

// PublicURL maps a fetched URL back to its public origin.
func (s *Site) PublicURL(fetched string) string {
	if s.base == nil || s.public == "" {
		return fetched
	}
	prefix := s.base.String()
	rest, ok := strings.CutPrefix(fetched, prefix)
	if !ok || (rest != "" && rest[0] != '/' && rest[0] != '?') {
		return fetched
	}
	if rest == "" || rest[0] == '?' {
		rest = "/" + rest
	}
	return s.public + rest
}

// Allowed reports whether a link found on page from may be followed: it
// stays on from's host or on a start URL's host.
func (s *Site) Allowed(u, from *url.URL) bool {
	return (from != nil && u.Host == from.Host) || s.hosts[u.Host]
}

// NormalizeURL resolves ref against from (when not nil), keeps only http(s)
// URLs and strips the fragment, so that one page has one key.
func NormalizeURL(ref string, from *url.URL) (*url.URL, bool) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return nil, false
	}
	u, err := url.Parse(ref)
	if err != nil {
		return nil, false
	}
	if from != nil {
		u = from.ResolveReference(u)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil {
		return nil, false
	}
	u.Host = strings.ToLower(u.Host)
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" {
		u.Path, u.RawPath = "/", ""
	}
	return u, true
}

// Frontier is a bounded FIFO of public page URLs, deduplicated before
// fetching. It never holds more URLs than the budget left.
type Frontier struct {
	queue   []string
	seen    map[string]bool
	budget  int
	Fetched int
	Over    int // distinct URLs left out for the budget
}

// NewFrontier returns a frontier that fetches at most budget pages.
func NewFrontier(budget int) *Frontier {
	return &Frontier{seen: map[string]bool{}, budget: budget}
}

// Push queues u unless it was seen; it reports whether u was new.
func (f *Frontier) Push(u string) bool {
	if f.seen[u] {
		return false
	}
	f.seen[u] = true
	if f.Fetched+len(f.queue) >= f.budget {
		f.Over++
		return true
	}
	f.queue = append(f.queue, u)
	return true
}

// Next returns the next URL to fetch and counts it against the budget.
func (f *Frontier) Next() (string, bool) {
	if len(f.queue) == 0 {
		return "", false
	}
	u := f.queue[0]
	f.queue = f.queue[1:]
	f.Fetched++
	return u, true
}

// PageBudget returns cfg.MaxPages within bounds.
func PageBudget(n int) (int, error) {
	switch {
	case n == 0:
		return DefaultMaxPages, nil
	case n < 0 || n > MaxMaxPages:
		return 0, fmt.Errorf("max_pages must be between 1 and %d", MaxMaxPages)
	}
	return n, nil
}

// PageResult is what a link-following source reads from one page.
type PageResult struct {
	Postings []model.Posting
	Links    []string // absolute URLs to follow (already filtered by the source's selector)
	Items    int      // listing elements seen (html)
	Skipped  int      // listing elements skipped as unusable (html)
}

// SiteCrawl is one run of a link-following source (html, jsonld): a
// bounded, deduplicated frontier of public URLs fetched one at a time
// through the shared collector, each page parsed by Parse, its links on
// allowed hosts queued, its new postings emitted. A page that fails is
// counted and skipped; Err reports those and an exhausted page budget,
// so that the run is incomplete rather than wrong.
type SiteCrawl struct {
	Site   *Site
	Front  *Frontier
	Prefix string // "html campus-board", for errors
	Parse  func(*Response) (*PageResult, error)

	Items, Skipped int
	seen           map[string]bool
	failed         int
	first          error
}

// Fail counts a failure that makes the run incomplete.
func (c *SiteCrawl) Fail(err error) {
	c.failed++
	if c.first == nil {
		c.first = err
	}
}

// Run fetches every queued page (the start URLs are queued first) and
// returns only errors that end the run: cancellation and emit's errors.
func (c *SiteCrawl) Run(ctx context.Context, f Fetcher, emit func(model.Posting) error) error {
	if c.seen == nil {
		c.seen = map[string]bool{}
	}
	for _, u := range c.Site.Start {
		c.Front.Push(u)
	}
	for {
		u, ok := c.Front.Next()
		if !ok {
			return nil
		}
		if err := c.visit(ctx, f, u, emit); err != nil {
			return err
		}
	}
}

func (c *SiteCrawl) visit(ctx context.Context, f Fetcher, public string, emit func(model.Posting) error) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", c.Prefix, err)
	}
	resp, err := f.Get(ctx, &Request{URL: c.Site.FetchURL(public)})
	switch {
	case ctx.Err() != nil:
		return fmt.Errorf("%s: %w", c.Prefix, ctx.Err())
	case errors.Is(err, ErrRobots):
		return nil // disallowed pages are not part of the site we may read
	case err != nil:
		c.Fail(err)
		return nil
	}
	pub := *resp
	pub.URL = c.Site.PublicURL(resp.URL)
	pg, err := c.Parse(&pub)
	if err != nil {
		c.Fail(err)
		return nil
	}
	c.Items += pg.Items
	c.Skipped += pg.Skipped
	from, _ := url.Parse(pub.URL)
	for _, l := range pg.Links {
		if u, ok := NormalizeURL(l, nil); ok && c.Site.Allowed(u, from) {
			c.Front.Push(u.String())
		}
	}
	_, err = EmitNew(ctx, pg.Postings, c.seen, emit)
	return err
}

// Err reports what made the run incomplete: failed pages, and pages left
// unfetched by the page budget (wrapping ErrTruncated).
func (c *SiteCrawl) Err() error {
	var errs []error
	if c.failed > 0 {
		errs = append(errs, fmt.Errorf("%s: %d fetches failed, first: %w", c.Prefix, c.failed, c.first))
	}
	if c.Front.Over > 0 {
		errs = append(errs, fmt.Errorf("%s: page budget exhausted after %d pages (%d more found): %w", c.Prefix, c.Front.Fetched, c.Front.Over, ErrTruncated))
	}
	return errors.Join(errs...)
}
