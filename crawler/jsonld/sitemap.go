package jsonld

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/gigscout/gigscout/crawler"
)

// maxSitemaps caps the child sitemaps read from one sitemap index.
const maxSitemaps = 10

// sitemapURL validates cfg.Sitemap: "" (none), "auto", or an absolute
// URL (a path when base_url is set), returned as a public URL.
func sitemapURL(st *crawler.Site, v string) (string, error) {
	switch v {
	case "", "auto":
		return v, nil
	}
	u, err := st.StartURL(v)
	if err != nil {
		return "", err
	}
	return u.String(), nil
}

// sitemapRoots lists the sitemaps to read: the configured one, or
// {origin}/sitemap.xml of each start URL's origin in auto mode.
func (s *Source) sitemapRoots() []string {
	if s.sitemap != "auto" {
		return []string{s.sitemap}
	}
	var roots []string
	seen := map[string]bool{}
	for _, start := range s.site.Start {
		u, err := url.Parse(start)
		if err != nil {
			continue
		}
		if root := u.Scheme + "://" + u.Host + "/sitemap.xml"; !seen[root] {
			seen[root] = true
			roots = append(roots, root)
		}
	}
	return roots
}

// crawlSitemap queues the pages of the sitemaps (one level of sitemap
// index, at most maxSitemaps children). In auto mode a missing or
// unreadable root sitemap is not an error; a configured sitemap that
// fails, or a listed child that fails, makes the run incomplete. Only
// pages on the start URLs' hosts are queued; in auto mode only those that
// look like job pages.
func (s *Source) crawlSitemap(ctx context.Context, f crawler.Fetcher, st *crawler.SiteCrawl) error {
	if s.sitemap == "" {
		return nil
	}
	for _, root := range s.sitemapRoots() {
		locs, children, err := s.fetchSitemap(ctx, f, root)
		if ctx.Err() != nil {
			return fmt.Errorf("jsonld %s: %w", s.name, ctx.Err())
		}
		if err != nil {
			if s.sitemap != "auto" {
				st.Fail(err)
			}
			continue
		}
		for i, child := range children {
			if i == maxSitemaps {
				st.Fail(fmt.Errorf("sitemap %s: more than %d child sitemaps", root, maxSitemaps))
				break
			}
			more, _, err := s.fetchSitemap(ctx, f, child)
			if ctx.Err() != nil {
				return fmt.Errorf("jsonld %s: %w", s.name, ctx.Err())
			}
			if err != nil {
				st.Fail(err)
			}
			locs = append(locs, more...)
		}
		s.queueLocs(st, locs)
	}
	return nil
}

func (s *Source) queueLocs(st *crawler.SiteCrawl, locs []string) {
	for _, loc := range locs {
		u, ok := crawler.NormalizeURL(loc, nil)
		if ok && s.site.Allowed(u, nil) && (s.sitemap != "auto" || jobLike(u)) {
			st.Front.Push(u.String())
		}
	}
}

// sitemapDoc reads both a urlset and a sitemapindex.
type sitemapDoc struct {
	XMLName xml.Name
	URLs    []struct {
		Loc string `xml:"loc"`
	} `xml:"url"`
	Sitemaps []struct {
		Loc string `xml:"loc"`
	} `xml:"sitemap"`
}

// fetchSitemap returns a sitemap's page URLs and child sitemap URLs
// (public URLs on the start hosts).
func (s *Source) fetchSitemap(ctx context.Context, f crawler.Fetcher, public string) (locs, children []string, err error) {
	resp, err := f.Get(ctx, &crawler.Request{URL: s.site.FetchURL(public), Header: http.Header{"Accept": {"application/xml, text/xml;q=0.9, */*;q=0.5"}}})
	if err != nil {
		return nil, nil, fmt.Errorf("sitemap: %w", err)
	}
	return ParseSitemap(resp.Body, s.site.FetchURL(public), s.site.PublicURL)
}

// ParseSitemap reads a sitemap (urlset) or sitemap index; each <loc> is
// mapped through public (pass nil to keep them as they are).
func ParseSitemap(body []byte, where string, public func(string) string) (locs, children []string, err error) {
	var doc sitemapDoc
	if err := xml.Unmarshal(body, &doc); err != nil {
		return nil, nil, fmt.Errorf("sitemap %s: malformed XML: %w", where, err)
	}
	if doc.XMLName.Local != "urlset" && doc.XMLName.Local != "sitemapindex" {
		return nil, nil, errors.New("sitemap " + where + ": not a sitemap: <" + doc.XMLName.Local + ">")
	}
	if public == nil {
		public = func(s string) string { return s }
	}
	for _, u := range doc.URLs {
		if loc := strings.TrimSpace(u.Loc); loc != "" {
			locs = append(locs, public(loc))
		}
	}
	for _, sm := range doc.Sitemaps {
		if loc := strings.TrimSpace(sm.Loc); loc != "" && !strings.HasSuffix(strings.ToLower(loc), ".gz") {
			children = append(children, public(loc))
		}
	}
	return locs, children, nil
}

var jobWords = []string{"job", "career", "position", "opening", "vacanc", "intern", "posting", "role", "gig"}

// jobLike reports whether a sitemap URL looks like a job page.
func jobLike(u *url.URL) bool {
	p := strings.ToLower(u.Path)
	for _, w := range jobWords {
		if strings.Contains(p, w) {
			return true
		}
	}
	return false
}
