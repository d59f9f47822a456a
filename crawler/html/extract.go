package html

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// fieldNames are the field keys an html source may configure.
var fieldNames = []string{"title", "company", "url", "location", "pay", "description", "posted_at", "id"}

// field is one compiled field selector: the first element matching sel
// inside the item (the item itself when sel is nil), and its attribute
// attr, or its text (its inner HTML for the description) when attr is "".
type field struct {
	sel  cascadia.Selector
	attr string
}

// Extractor turns listing pages into postings by CSS selectors.
type Extractor struct {
	item   cascadia.Selector
	fields map[string]field
}

// NewExtractor compiles the item selector and the field selectors; title
// and url are required. Errors name the key ("fields.title: ...").
func NewExtractor(item string, fields map[string]string) (*Extractor, error) {
	item = strings.TrimSpace(item)
	if item == "" {
		return nil, errors.New("item is required")
	}
	e := &Extractor{fields: map[string]field{}}
	var err error
	if e.item, err = cascadia.Compile(item); err != nil {
		return nil, fmt.Errorf("item: invalid selector %q: %w", item, err)
	}
	for _, k := range []string{"title", "url"} {
		if strings.TrimSpace(fields[k]) == "" {
			return nil, fmt.Errorf("fields.%s is required", k)
		}
	}
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if !known(k) {
			return nil, fmt.Errorf("fields.%s: unknown field (want one of %s)", k, strings.Join(fieldNames, ", "))
		}
		if strings.TrimSpace(fields[k]) == "" {
			continue
		}
		f, err := parseField(fields[k])
		if err != nil {
			return nil, fmt.Errorf("fields.%s: %w", k, err)
		}
		e.fields[k] = f
	}
	return e, nil
}

func known(k string) bool {
	for _, f := range fieldNames {
		if f == k {
			return true
		}
	}
	return false
}

var attrRE = regexp.MustCompile(`^[A-Za-z_:][-A-Za-z0-9_:.]*$`)

// parseField reads "selector", "selector@attr" or "@attr" (an attribute of
// the item itself).
func parseField(v string) (field, error) {
	v = strings.TrimSpace(v)
	sel := v
	var f field
	if i := strings.LastIndexByte(v, '@'); i >= 0 && attrRE.MatchString(v[i+1:]) && !strings.Contains(v[i:], "]") {
		sel, f.attr = strings.TrimSpace(v[:i]), v[i+1:]
	}
	if sel == "" {
		if f.attr == "" {
			return f, errors.New("empty selector")
		}
		return f, nil
	}
	s, err := cascadia.Compile(sel)
	if err != nil {
		return f, fmt.Errorf("invalid selector %q: %w", sel, err)
	}
	f.sel = s
	return f, nil
}

// Page is what one listing page holds.
type Page struct {
	Postings []model.Posting // ids unique within the page
	Links    []string        // absolute URLs of the links matching follow
	Items    int             // elements matching the item selector
	Skipped  int             // items without a title, or without a url and id
}

// Parse extracts the postings of one listing page (resp.URL is its URL).
func (e *Extractor) Parse(resp *crawler.Response) ([]model.Posting, error) {
	pg, err := e.ParsePage(resp, nil)
	if err != nil {
		return nil, err
	}
	return pg.Postings, nil
}

// ParsePage extracts a page's postings and the links matching follow
// (when not nil).
func (e *Extractor) ParsePage(resp *crawler.Response, follow cascadia.Selector) (*Page, error) {
	page, err := url.Parse(resp.URL)
	if err != nil {
		return nil, fmt.Errorf("GET %s: bad page URL: %w", resp.URL, err)
	}
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(resp.Body))
	if err != nil {
		return nil, fmt.Errorf("GET %s: malformed HTML: %w", resp.URL, err)
	}
	pg := &Page{}
	seen := map[string]bool{}
	doc.FindMatcher(e.item).Each(func(_ int, s *goquery.Selection) {
		pg.Items++
		p, ok := e.posting(s, page)
		switch {
		case !ok:
			pg.Skipped++
		case !seen[p.ExternalID]:
			seen[p.ExternalID] = true
			pg.Postings = append(pg.Postings, p)
		}
	})
	if follow != nil {
		doc.FindMatcher(follow).Each(func(_ int, s *goquery.Selection) {
			if u, ok := crawler.NormalizeURL(s.AttrOr("href", ""), page); ok {
				pg.Links = append(pg.Links, u.String())
			}
		})
	}
	return pg, nil
}

// posting reads one item; ok is false without a title, or without both
// a url and an id.
func (e *Extractor) posting(s *goquery.Selection, page *url.URL) (model.Posting, bool) {
	p := model.Posting{
		Title:   e.text(s, "title"),
		Company: e.text(s, "company"),
		PayText: e.text(s, "pay"),
		URL:     absURL(page, e.value(s, "url")),
	}
	id := e.text(s, "id")
	if p.URL == "" && id != "" {
		p.URL = absURL(page, page.String())
	}
	p.ExternalID = id
	if id == "" {
		p.ExternalID = p.URL
	}
	if loc := e.text(s, "location"); loc != "" {
		p.Locations = []string{loc}
	}
	p.DescriptionHTML = strings.TrimSpace(e.html(s, "description"))
	p.PostedAt = parseDate(e.text(s, "posted_at"))
	return p, p.Title != "" && p.URL != "" && p.ExternalID != ""
}

// target is the element a field reads: the first match inside the item.
func (e *Extractor) target(s *goquery.Selection, name string) (*goquery.Selection, field, bool) {
	f, ok := e.fields[name]
	if !ok {
		return nil, f, false
	}
	if f.sel == nil {
		return s, f, true
	}
	t := s.FindMatcher(f.sel).First()
	return t, f, t.Length() > 0
}

// value is a field's attribute, or its text.
func (e *Extractor) value(s *goquery.Selection, name string) string {
	t, f, ok := e.target(s, name)
	switch {
	case !ok:
		return ""
	case f.attr != "":
		return strings.TrimSpace(t.AttrOr(f.attr, ""))
	}
	return t.Text()
}

// text is a field's value with white space collapsed.
func (e *Extractor) text(s *goquery.Selection, name string) string {
	return strings.Join(strings.Fields(e.value(s, name)), " ")
}

// html is a field's inner HTML (or its attribute).
func (e *Extractor) html(s *goquery.Selection, name string) string {
	t, f, ok := e.target(s, name)
	switch {
	case !ok:
		return ""
	case f.attr != "":
		return t.AttrOr(f.attr, "")
	}
	h, err := t.Html()
	if err != nil {
		return ""
	}
	return h
}

// absURL resolves ref against page, keeping a fragment; "" when the
// result is not an http(s) URL.
func absURL(page *url.URL, ref string) string {
	u, ok := crawler.NormalizeURL(ref, page)
	if !ok {
		return ""
	}
	if r, err := url.Parse(strings.TrimSpace(ref)); err == nil && r.Fragment != "" {
		u.Fragment = r.Fragment
	}
	return u.String()
}

// dateLayouts add the forms listing pages print to crawler.ParseTime's.
var dateLayouts = []string{"Jan 2, 2006", "January 2, 2006", "2 Jan 2006", "2 January 2006", "2006-01-02T15:04Z07:00", "2006-01-02T15:04"}

// parseDate reads a date, ignoring a leading "Posted" or "Posted on".
func parseDate(s string) *time.Time {
	for _, p := range []string{"Posted on ", "Posted: ", "Posted "} {
		s = strings.TrimPrefix(s, p)
	}
	if t := crawler.ParseTime(s); t != nil {
		return t
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			t = t.UTC()
			return &t
		}
	}
	return nil
}
