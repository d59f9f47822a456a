package rss

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

func acceptHeader() http.Header {
	return http.Header{"Accept": {"application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5"}}
}

// Parse reads an RSS 2.0 or Atom feed. resp.URL resolves relative item
// links. Items without a title or a usable link and id are skipped;
// ExternalIDs are unique within the result.
func Parse(resp *crawler.Response) ([]model.Posting, error) {
	fd, err := gofeed.NewParser().Parse(bytes.NewReader(resp.Body))
	if err != nil {
		return nil, fmt.Errorf("GET %s: malformed feed: %w", resp.URL, err)
	}
	if fd.FeedType == "json" && !strings.Contains(fd.FeedVersion, "jsonfeed") && !strings.HasPrefix(fd.FeedVersion, "1") {
		return nil, fmt.Errorf("GET %s: malformed feed: JSON without a JSON Feed version", resp.URL)
	}
	base, _ := url.Parse(resp.URL)
	wwrFeed := isWWR(fd.Link) || isWWR(fd.FeedLink)
	return crawler.Postings(fd.Items, func(it **gofeed.Item) (model.Posting, bool) {
		if *it == nil {
			return model.Posting{}, false
		}
		return posting(*it, base, wwrFeed)
	}), nil
}

// posting converts one feed item; ok is false when the item lacks a title
// or both a link and an id.
func posting(it *gofeed.Item, base *url.URL, wwrFeed bool) (model.Posting, bool) {
	p := model.Posting{
		Title:     clean(it.Title),
		URL:       resolve(base, itemLink(it)),
		PostedAt:  feedTime(it.PublishedParsed, it.Published),
		UpdatedAt: feedTime(it.UpdatedParsed, it.Updated),
	}
	p.ExternalID = strings.TrimSpace(it.GUID)
	if p.ExternalID == "" {
		p.ExternalID = p.URL
	}
	// gofeed decoded the XML once: entity-escaped HTML (WWR) and CDATA
	// sections are both plain HTML here and must not be unescaped again.
	p.DescriptionHTML = strings.TrimSpace(it.Content)
	if p.DescriptionHTML == "" {
		p.DescriptionHTML = strings.TrimSpace(it.Description)
	}
	for _, c := range it.Categories {
		p.Tags = appendUnique(p.Tags, clean(c))
	}
	if isWWR(it.Link) || (wwrFeed && it.Custom != nil) {
		wwr(&p, it)
	}
	if p.Title == "" || p.ExternalID == "" || p.URL == "" {
		return p, false
	}
	return p, true
}

// itemLink is the item's link (Atom: rel=alternate), else its first link.
func itemLink(it *gofeed.Item) string {
	if l := strings.TrimSpace(it.Link); l != "" {
		return l
	}
	for _, l := range it.Links {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return ""
}

// resolve makes ref absolute against base; it returns "" for anything but
// an http(s) URL.
func resolve(base *url.URL, ref string) string {
	u, err := url.Parse(strings.TrimSpace(ref))
	if err != nil || ref == "" {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

func feedTime(parsed *time.Time, raw string) *time.Time {
	if parsed != nil && !parsed.IsZero() {
		t := parsed.UTC()
		return &t
	}
	return crawler.ParseTime(raw)
}

// clean trims s and collapses runs of white space into one space.
func clean(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func appendUnique(list []string, v string) []string {
	if v == "" {
		return list
	}
	for _, x := range list {
		if strings.EqualFold(x, v) {
			return list
		}
	}
	return append(list, v)
}

// isWWR reports whether link is on weworkremotely.com.
func isWWR(link string) bool {
	u, err := url.Parse(strings.TrimSpace(link))
	if err != nil {
		return false
	}
	h := strings.ToLower(u.Hostname())
	return h == "weworkremotely.com" || strings.HasSuffix(h, ".weworkremotely.com")
}
