package jsonld

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// Page is what one HTML page holds.
type Page struct {
	Postings []model.Posting // JobPostings, ids unique within the page
	Links    []string        // absolute URLs of the links matching the follow selector
	Scripts  int             // JSON-LD scripts found
	Invalid  int             // JSON-LD scripts skipped as invalid JSON
}

// Parse extracts the JobPostings of an HTML page (resp.URL is its URL).
func Parse(resp *crawler.Response) ([]model.Posting, error) {
	pg, err := ParsePage(resp, nil)
	if err != nil {
		return nil, err
	}
	return pg.Postings, nil
}

// ParsePage extracts an HTML page's JobPostings from its
// <script type="application/ld+json"> elements, skipping invalid scripts,
// and the links matching follow (when not nil). Postings without their
// own url and identifier take the page's canonical URL, else resp.URL.
func ParsePage(resp *crawler.Response, follow cascadia.Selector) (*Page, error) {
	page, err := url.Parse(resp.URL)
	if err != nil {
		return nil, fmt.Errorf("GET %s: bad page URL: %w", resp.URL, err)
	}
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(resp.Body))
	if err != nil {
		return nil, fmt.Errorf("GET %s: malformed HTML: %w", resp.URL, err)
	}
	pg := &Page{}
	pageURL := canonical(doc, page)
	var objects []map[string]any
	doc.Find("script").Each(func(_ int, s *goquery.Selection) {
		if !isJSONLD(s.AttrOr("type", "")) {
			return
		}
		pg.Scripts++
		v, err := decode([]byte(s.Text()))
		if err != nil {
			pg.Invalid++
			return
		}
		objects = collect(v, objects, 0)
	})
	pg.Postings = postings(objects, pageURL)
	if follow != nil {
		doc.FindMatcher(follow).Each(func(_ int, s *goquery.Selection) {
			if u, ok := crawler.NormalizeURL(s.AttrOr("href", ""), page); ok {
				pg.Links = append(pg.Links, u.String())
			}
		})
	}
	return pg, nil
}

func isJSONLD(typ string) bool {
	t, _, _ := strings.Cut(strings.ToLower(typ), ";")
	return strings.TrimSpace(t) == "application/ld+json"
}

// canonical returns the page's <link rel="canonical"> on the same host,
// else the page URL.
func canonical(doc *goquery.Document, page *url.URL) string {
	href, ok := doc.Find(`link[rel~="canonical"]`).First().Attr("href")
	if ok {
		if u, ok := crawler.NormalizeURL(href, page); ok && u.Host == page.Host {
			return u.String()
		}
	}
	if u, ok := crawler.NormalizeURL(page.String(), nil); ok {
		return u.String()
	}
	return page.String()
}

// postings converts objects, keeping ids unique within the page: a repeat
// of the same identifier is dropped, and postings that fell back to the
// same URL as their id are all told apart by their title (whatever their
// order on the page).
func postings(objects []map[string]any, pageURL string) []model.Posting {
	all := make([]model.Posting, 0, len(objects))
	byURL := map[string]int{}
	for _, o := range objects {
		if p, ok := ParseObject(o, pageURL); ok {
			all = append(all, p)
			if p.ExternalID == p.URL {
				byURL[p.URL]++
			}
		}
	}
	var out []model.Posting
	seen := map[string]bool{}
	for _, p := range all {
		if p.ExternalID == p.URL && byURL[p.URL] > 1 {
			p.ExternalID = p.URL + "#" + slug(p.Title)
		}
		if seen[p.ExternalID] {
			continue
		}
		seen[p.ExternalID] = true
		out = append(out, p)
	}
	return out
}

// slug lowercases s and keeps letters and digits, joined by "-".
func slug(s string) string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 0x7f)
	})
	return strings.Join(f, "-")
}

// ParseJSON extracts the JobPostings of one JSON-LD document (the text of
// one script, or a JobPosting object embedded in a feed) found at pageURL.
func ParseJSON(b []byte, pageURL string) ([]model.Posting, error) {
	v, err := decode(b)
	if err != nil {
		return nil, err
	}
	return postings(collect(v, nil, 0), pageURL), nil
}
