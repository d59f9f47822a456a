package web

import (
	"fmt"
	"html"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/gorilla/feeds"

	"github.com/gigscout/gigscout/internal/model"
)

// Feed content types.
const (
	contentAtom       = "application/atom+xml; charset=utf-8"
	contentRSS        = "application/rss+xml; charset=utf-8"
	contentJSONFeed   = "application/feed+json; charset=utf-8"
	contentOpenSearch = "application/opensearchdescription+xml; charset=utf-8"
)

// feed serves any search as Atom, RSS 2.0 or JSON Feed 1.1, by the
// path's extension; the parameters are those of /api/v1/search.
func (s *Server) feed(w http.ResponseWriter, r *http.Request) {
	sr, ok := s.runSearch(w, r)
	if !ok {
		return
	}
	params, wk, res, mod := sr.params, sr.widget, sr.res, sr.modified
	base := s.baseURL(r)
	f := buildFeed(base, params, res, mod)
	var body, ctype string
	var err error
	switch {
	case strings.HasSuffix(r.URL.Path, ".atom"):
		body, err = f.ToAtom()
		ctype = contentAtom
	case strings.HasSuffix(r.URL.Path, ".rss"):
		body, err = f.ToRss()
		ctype = contentRSS
	default:
		jf := (&feeds.JSON{Feed: f}).JSONFeed()
		jf.FeedUrl = base + r.URL.RequestURI()
		if res.Meta.NextCursor != "" {
			v := r.URL.Query()
			v.Set("cursor", res.Meta.NextCursor)
			jf.NextUrl = base + r.URL.Path + "?" + v.Encode()
		}
		body, err = jf.ToJSON()
		ctype = contentJSONFeed
	}
	if err != nil {
		s.error(w, r, fmt.Errorf("web: feed: %w", err))
		return
	}
	s.serveCached(w, r, cached{contentType: ctype, body: []byte(body), modified: mod, private: wk != nil})
}

// buildFeed makes the feed of a search response: one item per listing,
// linking to its page here, newest first as searched.
func buildFeed(base string, params url.Values, res *SearchResponse, mod time.Time) *feeds.Feed {
	page := base + "/"
	if len(params) > 0 {
		page += "?" + params.Encode()
	}
	f := &feeds.Feed{
		Title:       "gigscout: " + describeSearch(params),
		Link:        &feeds.Link{Href: page, Rel: "alternate", Type: "text/html"},
		Description: "Remote micro-internships and short paid projects for students, with red flags explained.",
		Id:          page,
		Updated:     mod,
	}
	for _, it := range res.Data {
		l := it.Listing
		when := l.FirstSeen
		if l.PostedAt != nil {
			when = *l.PostedAt
		}
		if when.After(f.Updated) {
			f.Updated = when
		}
		link := base + "/listings/" + url.PathEscape(l.ID)
		f.Add(&feeds.Item{
			Title:       titleAt(l),
			Link:        &feeds.Link{Href: link, Rel: "alternate", Type: "text/html"},
			Id:          link,
			Author:      &feeds.Author{Name: l.Company},
			Description: feedSummary(l),
			Content:     feedContent(l, it.Snippet),
			Created:     when,
		})
	}
	if f.Updated.IsZero() {
		f.Updated = time.Unix(0, 0).UTC()
	}
	return f
}

func titleAt(l *model.Listing) string {
	if l.Company == "" {
		return l.Title
	}
	return l.Title + " at " + l.Company
}

// feedSummary is a line of plain facts: pay, effort, where, risk.
func feedSummary(l *model.Listing) string {
	parts := []string{payText(l)}
	if h := hoursText(l.Hours); h != "" {
		parts = append(parts, h)
	}
	parts = append(parts, whereText(l))
	if n := len(l.Flags); n > 0 {
		parts = append(parts, fmt.Sprintf("%s risk, %d red flag%s", l.Risk, n, plural(n)))
	}
	return strings.Join(parts, " · ")
}

// feedContent is the item's HTML: the summary, the snippet and each flag's reason.
func feedContent(l *model.Listing, snippet string) string {
	var b strings.Builder
	b.WriteString("<p>" + html.EscapeString(feedSummary(l)) + "</p>")
	if snippet != "" {
		b.WriteString("<p>" + snippet + "</p>") // escaped by the index, with <mark>
	}
	if len(l.Flags) > 0 {
		b.WriteString("<ul>")
		for _, f := range l.Flags {
			b.WriteString("<li>" + html.EscapeString(f.Reason) + "</li>")
		}
		b.WriteString("</ul>")
	}
	return b.String()
}

// describeSearch names a search for people: its words and filters.
func describeSearch(v url.Values) string {
	var parts []string
	if q := strings.TrimSpace(v.Get("q")); q != "" {
		parts = append(parts, "“"+q+"”")
	}
	for _, k := range []string{"remote", "region", "type", "skill", "source", "company"} {
		if vals := v[k]; len(vals) > 0 {
			parts = append(parts, k+": "+strings.Join(vals, " or "))
		}
	}
	if v.Get("paid") == "true" {
		parts = append(parts, "paid")
	}
	if len(parts) == 0 {
		return "newest listings"
	}
	return strings.Join(parts, ", ")
}

// baseURL is PublicURL, or the origin the request came to.
func (s *Server) baseURL(r *http.Request) string {
	if s.opts.PublicURL != "" {
		return s.opts.PublicURL
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// openSearch serves the OpenSearch description that lets browsers add
// gigscout as a search engine.
func (s *Server) openSearch(w http.ResponseWriter, r *http.Request) {
	base := html.EscapeString(s.baseURL(r))
	body := `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>gigscout</ShortName>
  <Description>Search remote micro-internships and short paid projects for students</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image height="16" width="16" type="image/svg+xml">` + base + `/static/icon.svg</Image>
  <Url type="text/html" method="get" template="` + base + `/?q={searchTerms}"/>
  <Url type="application/atom+xml" template="` + base + `/feeds/search.atom?q={searchTerms}"/>
  <Url type="application/rss+xml" template="` + base + `/feeds/search.rss?q={searchTerms}"/>
  <Url type="application/json" rel="results" template="` + base + `/api/v1/search?q={searchTerms}"/>
</OpenSearchDescription>
`
	s.serveCached(w, r, cached{contentType: contentOpenSearch, body: []byte(body)})
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
