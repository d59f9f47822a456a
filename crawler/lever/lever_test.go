package lever

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/crawler/crawlertest"
	"github.com/gigscout/gigscout/internal/model"
)

const site = "harbor-robotics"

func TestContract(t *testing.T) {
	got := crawlertest.Run(t, crawlertest.Case{
		New: func(base string) (crawler.Source, error) {
			return New(crawler.Config{Name: "harbor", Site: site, BaseURL: base + "/lv", Limit: 3})
		},
		Handler: crawlertest.Files(t, map[string]string{
			"/lv/v0/postings/harbor-robotics?mode=json&skip=0&limit=3": "testdata/page0.json",
			"/lv/v0/postings/harbor-robotics?mode=json&skip=3&limit=3": "testdata/page1.json",
			"/lv/v0/postings/harbor-robotics?mode=json&skip=6&limit=3": "testdata/page2.json",
		}),
		Want:        5,
		MaxRequests: 20,
	})
	crawlertest.Golden(t, "testdata/postings.golden.json", got)
}

func TestPostingQuirks(t *testing.T) {
	ps := crawlertest.ParseByID(t, Parse, "", "testdata/page0.json")
	for id, p := range crawlertest.ParseByID(t, Parse, "", "testdata/page1.json") {
		ps[id] = p
	}
	const pre = "3f2a9c1e-6b7d-4e8a-9f10-1a2b3c4d5e0"
	tests := []struct {
		name  string
		id    string
		check func(p model.Posting) bool
	}{
		{"title trailing spaces trimmed", "1", func(p model.Posting) bool { return p.Title == "Data Visualization Micro-Internship (Remote, 20 hours)" }},
		{"company title-cased from hosted URL site", "1", func(p model.Posting) bool { return p.Company == "Harbor Robotics" }},
		{"createdAt epoch ms", "2", func(p model.Posting) bool {
			return p.PostedAt != nil && p.PostedAt.Format("2006-01-02T15:04:05.000") == "2026-10-06T00:00:00.123"
		}},
		{"createdAt null gives no date", "5", func(p model.Posting) bool { return p.PostedAt == nil }},
		{"location and allLocations merged without repeats", "3", func(p model.Posting) bool {
			return strings.Join(p.Locations, "|") == "Berlin, Germany|Hamburg, Germany"
		}},
		{"workplaceType remote", "1", func(p model.Posting) bool { return p.RemoteHint == "remote" }},
		{"workplaceType hybrid", "3", func(p model.Posting) bool { return p.RemoteHint == "hybrid" }},
		{"workplaceType onsite", "5", func(p model.Posting) bool { return p.RemoteHint == "onsite" }},
		{"workplaceType unspecified is no hint", "4", func(p model.Posting) bool { return p.RemoteHint == "" }},
		{"commitment is the employment type", "2", func(p model.Posting) bool { return p.EmploymentType == "Short Term" }},
		{"team and brand department as tags", "3", func(p model.Posting) bool { return strings.Join(p.Tags, "|") == "Marketing|Harbor Kids" }},
		{"equal team and department kept once", "5", func(p model.Posting) bool { return strings.Join(p.Tags, "|") == "Product" }},
		{"hourly salaryRange", "1", func(p model.Posting) bool {
			return p.Pay != nil && *p.Pay == model.Pay{Min: 25, Max: 25, Currency: "USD", Unit: model.UnitHour, Source: model.FromStructured}
		}},
		{"one-time salaryRange is a project fee, currency upper-cased", "2", func(p model.Posting) bool {
			return p.Pay != nil && p.Pay.Unit == model.UnitProject && p.Pay.Currency == "USD" && p.Pay.Min == 900
		}},
		{"string amounts per month", "3", func(p model.Posting) bool {
			return p.Pay != nil && p.Pay.Unit == model.UnitMonth && p.Pay.Min == 1600 && p.Pay.Max == 1800 && p.Pay.Currency == "EUR"
		}},
		{"zero salaryRange gives no pay", "4", func(p model.Posting) bool { return p.Pay == nil && p.PayText == "" }},
		{"unknown interval keeps only the pay text", "5", func(p model.Posting) bool { return p.Pay == nil && p.PayText == "$18-22/hour" }},
		{"opening, body, lists and additional in order", "1", func(p model.Posting) bool {
			d := p.DescriptionHTML
			return strings.HasPrefix(d, "<div><b>Harbor Robotics</b>") && strings.Index(d, "pick-rate") < strings.Index(d, "<h3>") &&
				strings.HasSuffix(d, "Apply by October 30.</div>") && strings.Count(d, "<ul>") == 2
		}},
		{"list title escaped, HTML kept raw", "1", func(p model.Posting) bool {
			return strings.Contains(p.DescriptionHTML, "<h3>What you&#39;ll deliver (R&amp;D support)</h3><ul><li>A cleaned") &&
				strings.Contains(p.DescriptionHTML, "paid weekly.&nbsp;Apply")
		}},
		{"list already wrapped in ul not wrapped twice", "3", func(p model.Posting) bool {
			return strings.Contains(p.DescriptionHTML, "<h3>In 12 weeks you will</h3><ul><li>Plan") && !strings.Contains(p.DescriptionHTML, "<ul><ul>")
		}},
		{"description used when opening and body are empty", "2", func(p model.Posting) bool {
			return strings.HasPrefix(p.DescriptionHTML, "<p>Write a Python test harness")
		}},
		{"untitled list has no heading", "5", func(p model.Posting) bool {
			return strings.HasSuffix(p.DescriptionHTML, "Austin lab.</p><ul><li>Interview notes</li><li>A two-page summary</li></ul>")
		}},
		{"hosted and apply URLs", "1", func(p model.Posting) bool {
			return p.URL == "https://jobs.lever.co/harbor-robotics/"+pre+"1" && p.ApplyURL == p.URL+"/apply"
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := ps[pre+tt.id]
			if !ok {
				t.Fatalf("posting %s missing", pre+tt.id)
			}
			if !tt.check(p) {
				t.Errorf("posting %s: %+v", p.ExternalID, p)
			}
		})
	}
}

// TestPagingIgnored serves the same full page whatever skip says: the crawl
// must stop after the page that brings nothing new.
func TestPagingIgnored(t *testing.T) {
	body, err := os.ReadFile("testdata/page0.json")
	if err != nil {
		t.Fatal(err)
	}
	var n atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/v0/") {
			n.Add(1)
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write(body)
	}))
	defer srv.Close()
	src, err := New(crawler.Config{Name: "h", Site: site, BaseURL: srv.URL, Limit: 3})
	if err != nil {
		t.Fatal(err)
	}
	ps, err := crawlertest.Crawl(context.Background(), src, crawlertest.Collector(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 3 || n.Load() != 2 {
		t.Fatalf("got %d postings in %d requests, want 3 in 2", len(ps), n.Load())
	}
}

// TestURLFromSite fills the hosted URL from the site when the posting has none.
func TestURLFromSite(t *testing.T) {
	srv := httptest.NewServer(crawlertest.Files(t, map[string]string{
		"/v0/postings/harbor-robotics": "testdata/page1.json",
	}))
	defer srv.Close()
	src, _ := New(crawler.Config{Name: "h", Site: site, BaseURL: srv.URL})
	ps, err := crawlertest.Crawl(context.Background(), src, crawlertest.Collector(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if strings.HasSuffix(p.ExternalID, "05") && p.URL != "https://jobs.lever.co/harbor-robotics/"+p.ExternalID {
			t.Errorf("URL %q", p.URL)
		}
	}
}

func TestErrors(t *testing.T) {
	crawlertest.ParseErrors(t, Parse, []crawlertest.BadBody{
		{Name: "html error page", Body: "<html>down</html>", Want: "expected JSON"},
		{Name: "malformed", Body: `[{"id": "x"`, Want: "malformed JSON"},
		{Name: "error object", Body: `{"ok": false, "error": "Document not found"}`, Want: "Document not found"},
		{Name: "wrong element type", Body: `[1, 2]`, Want: "malformed JSON"},
	})
	for _, s := range []string{" ", "a/b"} {
		if _, err := New(crawler.Config{Name: "x", Site: s}); err == nil || !strings.Contains(err.Error(), "site") {
			t.Errorf("New with site %q: error %v", s, err)
		}
	}
	t.Run("404 names the site", func(t *testing.T) {
		crawlertest.NotFound(t, func(base string) (crawler.Source, error) {
			return New(crawler.Config{Name: "x", Site: "gone-co", BaseURL: base})
		}, "lever gone-co")
	})
}

// TestSharedFixtures parses every real Lever payload in ../shared.
func TestSharedFixtures(t *testing.T) {
	crawlertest.Fixtures(t, "lever", "*.json", Parse, func(t *testing.T, id string, p model.Posting) {
		if p.Title == "" || p.URL == "" || p.Company == "" || p.DescriptionHTML == "" || p.PostedAt == nil {
			t.Errorf("%s: incomplete posting %+v", id, p)
		}
		if strings.Contains(p.DescriptionHTML, "&lt;") {
			t.Errorf("%s: description entity-escaped", id)
		}
	})
}

func FuzzParse(f *testing.F) {
	for _, file := range []string{"testdata/page0.json", "testdata/page1.json"} {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`[{"id":"a","text":" x ","hostedUrl":"/é/b","salaryRange":{"min":"1e400","interval":"per-hour-wage","currency":"usd"}}]`))
	f.Add([]byte(`{"ok":false}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		ps, err := Parse(&crawler.Response{URL: "fuzz", Body: body, Header: http.Header{}})
		if err != nil {
			return
		}
		crawlertest.CheckParsed(t, ps)
		for _, p := range ps {
			if p.Pay != nil && (p.Pay.Min > p.Pay.Max || p.Pay.Currency == "" || p.Pay.Unit == "") {
				t.Fatalf("bad pay %+v", p.Pay)
			}
		}
	})
}

func BenchmarkParse(b *testing.B) { crawlertest.Benchmark(b, "testdata/page0.json", Parse) }
