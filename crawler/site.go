package crawler

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
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
