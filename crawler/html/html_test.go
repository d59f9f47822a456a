package html

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/crawler/crawlertest"
	"github.com/gigscout/gigscout/internal/model"
)

const (
	origin = "https://gigs.campusboard.example"
	start  = origin + "/gigs"
)

var boardFields = map[string]string{
	"title":       "h3.title a",
	"url":         "h3.title a@href",
	"company":     ".company",
	"location":    ".location",
	"pay":         ".pay",
	"description": ".summary",
	"posted_at":   "time@datetime",
	"id":          "@data-job-id",
}

func boardConfig(base string) crawler.Config {
	return crawler.Config{Name: "campus", StartURLs: []string{start}, Item: "article.gig", Fields: boardFields, Follow: "a.next", BaseURL: base}
}

func boardRoutes(t *testing.T, prefix string) http.Handler {
	return crawlertest.Files(t, map[string]string{
		prefix + "/gigs":        "testdata/page1.html",
		prefix + "/gigs?page=2": "testdata/page2.html",
		prefix + "/gigs?page=1": "testdata/page1.html",
	})
}

func TestContract(t *testing.T) {
	got := crawlertest.Run(t, crawlertest.Case{
		New:         func(base string) (crawler.Source, error) { return New(boardConfig(base + "/hb")) },
		Handler:     boardRoutes(t, "/hb"),
		Want:        5,
		MaxRequests: 20,
	})
	crawlertest.Golden(t, "testdata/board.golden.json", got)
}

func crawlBoard(t *testing.T, cfg crawler.Config, h http.Handler) (map[string]model.Posting, []string, error) {
	t.Helper()
	var paths []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		paths = append(paths, r.URL.RequestURI())
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	cfg.BaseURL = srv.URL + cfg.BaseURL
	src, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ps, err := crawlertest.Crawl(context.Background(), src, crawlertest.Collector(t))
	byID := map[string]model.Posting{}
	for _, p := range ps {
		byID[p.ExternalID] = p
	}
	return byID, paths, err
}

func TestItemQuirks(t *testing.T) {
	ps, paths, err := crawlBoard(t, boardConfig("/hb"), boardRoutes(t, "/hb"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(paths, " ") != "/robots.txt /hb/gigs /hb/gigs?page=2" {
		t.Errorf("requests %v: want page 1 and page 2 once each", paths)
	}
	tests := []struct {
		name  string
		id    string
		check func(p model.Posting) bool
	}{
		{"id from item attribute", "cgb-8812", func(p model.Posting) bool { return p.Title == "Podcast Show Notes Writer (Micro-Internship)" }},
		{"root-relative url made absolute", "cgb-8812", func(p model.Posting) bool { return p.URL == origin+"/gigs/8812-podcast-show-notes" }},
		{"company trimmed", "cgb-8812", func(p model.Posting) bool { return p.Company == "Harborlight Media" }},
		{"location and pay text", "cgb-8812", func(p model.Posting) bool {
			return strings.Join(p.Locations, "|") == "Remote — US time zones" && p.PayText == "$300 fixed fee · ~15 hours" && p.Pay == nil
		}},
		{"description inner html", "cgb-8812", func(p model.Posting) bool {
			return p.DescriptionHTML == "<p>Write show notes and timestamps for 10 episodes.</p><ul><li>Style guide provided</li><li>Editor reviews each draft</li></ul>"
		}},
		{"posted_at from datetime attribute", "cgb-8812", func(p model.Posting) bool { return p.PostedAt.Format(timeFmt) == "2026-07-12T10:00" }},
		{"entity decoded once, spaces collapsed", "cgb-8820", func(p model.Posting) bool { return p.Title == "R&D Literature Review Project" }},
		{"path-relative url resolved against the page", "cgb-8820", func(p model.Posting) bool { return p.URL == origin+"/gigs/8820-r-and-d-literature-review" }},
		{"date-only datetime", "cgb-8820", func(p model.Posting) bool { return p.PostedAt.Format(timeFmt) == "2026-07-11T00:00" }},
		{"first page wins a repeated id; fragment kept", "cgb-8790", func(p model.Posting) bool {
			return p.URL == origin+"/gigs/8790-spreadsheet-cleanup#details" && p.DescriptionHTML == "Clean a donor spreadsheet (about 2,000 rows)."
		}},
		{"long-form date", "cgb-8790", func(p model.Posting) bool { return p.PostedAt.Format(timeFmt) == "2026-07-08T00:00" }},
		{"page 2 posting, offset to utc", "cgb-8701", func(p model.Posting) bool { return p.PostedAt.Format(timeFmt) == "2026-07-01T13:30" }},
		{"no id: the absolute url is the id", origin + "/gigs/8699-survey-coding", func(p model.Posting) bool {
			return p.Title == "Survey Coding Assistant" && p.PostedAt == nil && p.Locations == nil
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := ps[tt.id]
			if !ok {
				t.Fatalf("posting %s missing", tt.id)
			}
			if !tt.check(p) {
				t.Errorf("posting %s: %+v", tt.id, p)
			}
		})
	}
}

const timeFmt = "2006-01-02T15:04"

func TestSkippedItems(t *testing.T) {
	body, err := os.ReadFile("testdata/page1.html")
	if err != nil {
		t.Fatal(err)
	}
	ex, err := NewExtractor("article.gig", boardFields)
	if err != nil {
		t.Fatal(err)
	}
	pg, err := ex.ParsePage(&crawler.Response{URL: start, Body: body, Header: http.Header{}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if pg.Items != 4 || pg.Skipped != 1 || len(pg.Postings) != 3 {
		t.Fatalf("items %d, skipped %d, postings %d; want 4, 1, 3", pg.Items, pg.Skipped, len(pg.Postings))
	}
}

func TestErrors(t *testing.T) {
	with := func(k, v string) map[string]string {
		m := map[string]string{"title": "a", "url": "a@href"}
		if v == "" {
			delete(m, k)
		} else {
			m[k] = v
		}
		return m
	}
	tests := []struct {
		name   string
		item   string
		fields map[string]string
		follow string
		want   string
	}{
		{"no item", "", with("title", "a"), "", "item is required"},
		{"bad item", "div[", with("title", "a"), "", "item: invalid selector"},
		{"no title", "li", with("title", ""), "", "fields.title is required"},
		{"no url", "li", with("url", ""), "", "fields.url is required"},
		{"bad title selector", "li", with("title", "a:nope(1)"), "", "fields.title: invalid selector"},
		{"bad attribute selector", "li", with("url", "a[href@href"), "", "fields.url: invalid selector"},
		{"bad optional selector", "li", with("pay", ">>"), "", "fields.pay: invalid selector"},
		{"unknown field", "li", with("salary", ".pay"), "", "fields.salary: unknown field"},
		{"bad follow", "li", with("title", "a"), "a..next", "follow: invalid selector"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(crawler.Config{Name: "x", StartURLs: []string{start}, Item: tt.item, Fields: tt.fields, Follow: tt.follow})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("New error %v, want %q", err, tt.want)
			}
		})
	}
	if _, err := New(crawler.Config{Name: "x", Item: "li", Fields: with("title", "a")}); err == nil || !strings.Contains(err.Error(), "start_urls is required") {
		t.Fatalf("New without start urls: %v", err)
	}
	if _, err := New(crawler.Config{Name: "x", StartURLs: []string{start}, Item: "li", Fields: with("id", "@data-id"), MaxPages: -1}); err == nil || !strings.Contains(err.Error(), "max_pages") {
		t.Fatalf("New with max_pages -1: %v", err)
	}
}

func TestFieldSyntax(t *testing.T) {
	tests := []struct {
		in, attr string
		item     bool
	}{
		{"a.title@href", "href", false},
		{"@data-job-id", "data-job-id", true},
		{`a[href^="mailto:jobs@x.example"]`, "", false},
		{`a[href*="@"]@href`, "href", false},
		{"time @ datetime", "", false},
	}
	for _, tt := range tests {
		f, err := parseField(tt.in)
		if tt.in == "time @ datetime" {
			if err == nil {
				t.Errorf("%q: want an error", tt.in)
			}
			continue
		}
		if err != nil || f.attr != tt.attr || (f.sel == nil) != tt.item {
			t.Errorf("parseField(%q) = attr %q, item %v, %v", tt.in, f.attr, f.sel == nil, err)
		}
	}
}

// TestFailingPage checks that a failing pagination page is skipped, the
// first page is emitted, and the run ends incomplete.
func TestFailingPage(t *testing.T) {
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.RawQuery == "" {
			http.ServeFile(w, r, "testdata/page1.html")
			return
		}
		http.Error(w, "gone", http.StatusNotFound)
	})
	ps, _, err := crawlBoard(t, boardConfig(""), h)
	if err == nil || !strings.Contains(err.Error(), "1 fetches failed") || !strings.Contains(err.Error(), "404") {
		t.Fatalf("crawl error %v, want one failed fetch", err)
	}
	if len(ps) != 3 {
		t.Fatalf("got %d postings, want 3", len(ps))
	}
}

func TestPageBudgetAndNoTitles(t *testing.T) {
	cfg := boardConfig("/hb")
	cfg.MaxPages = 1
	if _, _, err := crawlBoard(t, cfg, boardRoutes(t, "/hb")); !errors.Is(err, ErrBudget) {
		t.Fatalf("crawl error %v, want ErrBudget", err)
	}
	cfg = boardConfig("/hb")
	cfg.Fields = map[string]string{"title": "h4.gone", "url": "a@href"}
	if _, _, err := crawlBoard(t, cfg, boardRoutes(t, "/hb")); !errors.Is(err, ErrNoTitles) {
		t.Fatalf("crawl error %v, want ErrNoTitles", err)
	}
}

func FuzzParse(f *testing.F) {
	for _, file := range []string{"testdata/page1.html", "testdata/page2.html"} {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`<article class="gig" data-job-id=" "><h3 class="title"><a href="javascript:x">t</a></h3></article>`))
	ex, err := NewExtractor("article.gig", boardFields)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		ps, err := ex.Parse(&crawler.Response{URL: start, Body: body, Header: http.Header{}})
		if err != nil {
			return
		}
		crawlertest.CheckParsed(t, ps)
		for _, p := range ps {
			if !strings.HasPrefix(p.URL, "http") {
				t.Fatalf("bad url %q", p.URL)
			}
		}
	})
}

func BenchmarkParse(b *testing.B) {
	body, err := os.ReadFile("testdata/page1.html")
	if err != nil {
		b.Fatal(err)
	}
	ex, err := NewExtractor("article.gig", boardFields)
	if err != nil {
		b.Fatal(err)
	}
	resp := &crawler.Response{URL: start, Body: body, Header: http.Header{}}
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if _, err := ex.Parse(resp); err != nil {
			b.Fatal(err)
		}
	}
}
