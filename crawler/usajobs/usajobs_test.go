package usajobs

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/crawler/crawlertest"
	"github.com/gigscout/gigscout/internal/model"
)

const (
	testKey   = "k3y-Secret-123"
	testEmail = "crawler@gigscout.example"
)

func env(k string) string {
	return map[string]string{"USAJOBS_API_KEY": testKey, "USAJOBS_EMAIL": testEmail}[k]
}

func testConfig(base string) crawler.Config {
	return crawler.Config{Name: "vsfs", BaseURL: base, Keyword: "Virtual Student Federal Service",
		APIKeyEnv: "USAJOBS_API_KEY", EmailEnv: "USAJOBS_EMAIL", Getenv: env}
}

// withHeaders answers 401 unless the API's headers arrive, and records
// the User-Agent values seen.
func withHeaders(next http.Handler, mu *sync.Mutex, agents map[string]int) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		agents[r.Header.Get("User-Agent")]++
		mu.Unlock()
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		if r.Header.Get("Authorization-Key") != testKey || r.Header.Get("User-Agent") != testEmail {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func TestContract(t *testing.T) {
	var mu sync.Mutex
	agents := map[string]int{}
	files := crawlertest.Files(t, map[string]string{
		"/uj/api/search?Keyword=Virtual+Student+Federal+Service&ResultsPerPage=500&Page=1": "testdata/search_page1.json",
		"/uj/api/search?Keyword=Virtual+Student+Federal+Service&ResultsPerPage=500&Page=2": "testdata/search_page2.json",
	})
	got := crawlertest.Run(t, crawlertest.Case{
		New:         func(base string) (crawler.Source, error) { return New(testConfig(base + "/uj")) },
		Handler:     withHeaders(files, &mu, agents),
		Want:        5,
		MaxRequests: 20,
	})
	crawlertest.Golden(t, "testdata/search.golden.json", got)
	mu.Lock()
	defer mu.Unlock()
	if agents[testEmail] == 0 {
		t.Errorf("the e-mail never arrived as User-Agent: %v", agents)
	}
	for ua := range agents {
		if ua != testEmail && ua != "gigscout-test/1.0" { // robots.txt is fetched with the collector's own agent
			t.Errorf("unexpected User-Agent %q", ua)
		}
	}
}

func TestPostingQuirks(t *testing.T) {
	ps := crawlertest.ParseByID(t, Parse, "test", "testdata/search_page1.json", "testdata/search_page2.json")
	tests := []struct {
		name  string
		id    string
		check func(p model.Posting) bool
	}{
		{"untitled skipped, page repeat kept once", "845120300", func(model.Posting) bool { return len(ps) == 5 }},
		{"MatchedObjectId is the id", "845120300", func(p model.Posting) bool { return p.ExternalID == "845120300" }},
		{"default port dropped from the URLs", "845120300", func(p model.Posting) bool {
			return p.URL == "https://www.usajobs.gov/job/845120300" && p.ApplyURL == "https://www.usajobs.gov/job/845120300/apply"
		}},
		{"title trimmed", "845120300", func(p model.Posting) bool {
			return p.Title == "Virtual Student Federal Service Intern - Data Visualization"
		}},
		{"WC is unpaid text", "845120300", func(p model.Posting) bool { return p.Pay == nil && p.PayText == "Without compensation" }},
		{"remote indicator", "845120300", func(p model.Posting) bool { return p.RemoteHint == "remote" }},
		{"schedule and offering type", "845120300", func(p model.Posting) bool { return p.EmploymentType == "Part-time, Internships" }},
		{"organization is the company, marketing statement the profile", "845120300", func(p model.Posting) bool {
			return p.Company == "Department of State - Agency Wide" && strings.HasPrefix(p.CompanyInfo, "The Department of State leads")
		}},
		{"category and hiring path as tags", "845120300", func(p model.Posting) bool { return strings.Join(p.Tags, "|") == "Student Trainee|Students" }},
		{"description built from the sections", "845120300", func(p model.Posting) bool {
			d := p.DescriptionHTML
			return strings.HasPrefix(d, "<p>The Virtual Student Federal Service (VSFS) offers eVinternships: remote projects of about 10 hours a week from September through May.<br>") &&
				strings.Contains(d, "<h3>Major duties</h3><ul><li>Clean exchange-program data from 2015-2025.</li><li>Build three interactive charts in Tableau.</li></ul>") &&
				strings.Contains(d, "<h3>Key requirements</h3>") && strings.Contains(d, "<h3>Education</h3>")
		}},
		{"dates without zone, four fractional digits", "845120300", func(p model.Posting) bool {
			return p.PostedAt != nil && p.PostedAt.Format("2006-01-02") == "2026-09-15" && p.Deadline != nil && p.Deadline.Format("2006-01-02T15:04") == "2026-10-06T23:59"
		}},
		{"structured yearly pay", "845098712", func(p model.Posting) bool {
			return p.Pay != nil && p.Pay.Min == 41966 && p.Pay.Max == 54557 && p.Pay.Currency == "USD" && p.Pay.Unit == model.UnitYear && p.Pay.Source == model.FromStructured
		}},
		{"telework eligible is hybrid", "845098712", func(p model.Posting) bool { return p.RemoteHint == "hybrid" }},
		{"duty locations kept once", "845098712", func(p model.Posting) bool {
			return strings.Join(p.Locations, "|") == "Houston, Texas|Greenbelt, Maryland"
		}},
		{"first usable apply URI", "845098712", func(p model.Posting) bool { return p.ApplyURL == "https://www.usajobs.gov/job/845098712/apply" }},
		{"numeric MatchedObjectId", "845077001", func(p model.Posting) bool { return p.ExternalID == "845077001" }},
		{"hourly pay with the bounds swapped", "845077001", func(p model.Posting) bool {
			return p.Pay != nil && p.Pay.Min == 17.5 && p.Pay.Max == 20.1 && p.Pay.Unit == model.UnitHour
		}},
		{"both flags false is onsite", "845077001", func(p model.Posting) bool { return p.RemoteHint == "onsite" }},
		{"no organization: department", "845077001", func(p model.Posting) bool { return p.Company == "Department of the Interior" }},
		{"no duty locations: display text", "845077001", func(p model.Posting) bool { return strings.Join(p.Locations, "|") == "Grand Canyon, Arizona" }},
		{"duties as one string, text escaped", "845077001", func(p model.Posting) bool {
			return strings.Contains(p.DescriptionHTML, "walks &amp; answer") && strings.Contains(p.DescriptionHTML, "<li>Lead two ranger walks a day.</li>")
		}},
		{"hiring path as one string", "845077001", func(p model.Posting) bool { return strings.Join(p.Tags, "|") == "Park Ranger|The public" }},
		{"no MatchedObjectId: PositionID", "IRS-STEP-27-0077", func(p model.Posting) bool { return p.URL == "https://www.usajobs.gov/job/845060555" }},
		{"bi-weekly pay is text", "IRS-STEP-27-0077", func(p model.Posting) bool { return p.Pay == nil && p.PayText == "$1,400 - $1,815.50 Bi-weekly" }},
		{"no flags: no hint", "IRS-STEP-27-0077", func(p model.Posting) bool { return p.RemoteHint == "" }},
		{"lower-case wc is unpaid", "845120377", func(p model.Posting) bool { return p.PayText == "Without compensation" }},
		{"string flags", "845120377", func(p model.Posting) bool { return p.RemoteHint == "remote" }},
		{"summary entities decoded once and markup escaped", "845120377", func(p model.Posting) bool {
			return strings.Contains(p.DescriptionHTML, "NOAA.gov &amp; social media. Use &lt;b&gt;plain language&lt;/b&gt;.")
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

// pager is a fake Fetcher serving generated pages and recording requests.
type pager struct {
	requests []*crawler.Request
	page     func(n int) string
}

func (f *pager) Get(_ context.Context, req *crawler.Request) (*crawler.Response, error) {
	f.requests = append(f.requests, req)
	var n int
	if _, err := fmt.Sscanf(req.URL[strings.LastIndex(req.URL, "Page="):], "Page=%d", &n); err != nil {
		return nil, err
	}
	return &crawler.Response{URL: req.URL, StatusCode: 200, Header: http.Header{}, Body: []byte(f.page(n))}, nil
}

func pageJSON(total, pages int, ids ...int) string {
	var items []string
	for _, id := range ids {
		items = append(items, fmt.Sprintf(`{"MatchedObjectId":"%d","MatchedObjectDescriptor":{"PositionTitle":"Job %d","PositionURI":"https://www.usajobs.gov/job/%d"}}`, id, id, id))
	}
	return fmt.Sprintf(`{"SearchResult":{"SearchResultCountAll":%d,"SearchResultItems":[%s],"UserArea":{"NumberOfPages":"%d"}}}`, total, strings.Join(items, ","), pages)
}

func TestPaging(t *testing.T) {
	tests := []struct {
		name     string
		page     func(n int) string
		requests int
		postings int
	}{
		{"stops when every result was read", func(n int) string { return pageJSON(5, 0, 2*n, 2*n+1) }, 3, 6},
		{"stops at the last numbered page", func(n int) string { return pageJSON(0, 2, 2*n, 2*n+1) }, 2, 4},
		{"stops on an empty page", func(n int) string {
			if n > 1 {
				return pageJSON(100, 50)
			}
			return pageJSON(100, 50, 1)
		}, 2, 1},
		{"server ignoring Page: page cap", func(int) string { return pageJSON(100000, 200, 1, 2) }, MaxPages, 2},
		{"no counts: one page", func(n int) string { return pageJSON(0, 0, n) }, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &pager{page: tt.page}
			src, err := New(testConfig(""))
			if err != nil {
				t.Fatal(err)
			}
			ps, err := crawlertest.Crawl(t.Context(), src, f)
			if err != nil {
				t.Fatal(err)
			}
			if len(f.requests) != tt.requests || len(ps) != tt.postings {
				t.Fatalf("%d requests, %d postings; want %d, %d", len(f.requests), len(ps), tt.requests, tt.postings)
			}
			r := f.requests[0]
			if r.URL != "https://data.usajobs.gov/api/search?Keyword=Virtual+Student+Federal+Service&ResultsPerPage=500&Page=1" ||
				r.Header.Get("Authorization-Key") != testKey || r.Header.Get("User-Agent") != testEmail {
				t.Fatalf("first request %s %v", r.URL, r.Header)
			}
		})
	}
}

func TestNew(t *testing.T) {
	tests := []struct {
		name string
		edit func(c *crawler.Config)
		want string
	}{
		{"no keyword", func(c *crawler.Config) { c.Keyword = " " }, "keyword is required"},
		{"no api_key_env", func(c *crawler.Config) { c.APIKeyEnv = "" }, "api_key_env is required"},
		{"no email_env", func(c *crawler.Config) { c.EmailEnv = "" }, "email_env is required"},
		{"key variable unset", func(c *crawler.Config) { c.APIKeyEnv = "NOPE_KEY" }, "environment variable NOPE_KEY (api_key_env) is not set"},
		{"email variable unset", func(c *crawler.Config) { c.EmailEnv = "NOPE_MAIL" }, "environment variable NOPE_MAIL (email_env) is not set"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := testConfig("")
			tt.edit(&cfg)
			if _, err := New(cfg); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("New error %v, want %q", err, tt.want)
			}
		})
	}
	t.Run("os.Getenv by default", func(t *testing.T) {
		t.Setenv("GIGSCOUT_TEST_USAJOBS_KEY", "k")
		t.Setenv("GIGSCOUT_TEST_USAJOBS_MAIL", "m@example.org")
		cfg := testConfig("")
		cfg.Getenv, cfg.APIKeyEnv, cfg.EmailEnv = nil, "GIGSCOUT_TEST_USAJOBS_KEY", "GIGSCOUT_TEST_USAJOBS_MAIL"
		src, err := New(cfg)
		if err != nil || src.Kind() != "usajobs" || src.Name() != "vsfs" {
			t.Fatalf("New: %v", err)
		}
	})
}

func TestErrors(t *testing.T) {
	crawlertest.ParseErrors(t, Parse, []crawlertest.BadBody{
		{Name: "html error page", Body: "<html>down</html>", Want: "expected JSON"},
		{Name: "malformed", Body: `{"SearchResult": {`, Want: "malformed JSON"},
		{Name: "no search result", Body: `{"LanguageCode": "EN"}`, Want: "no SearchResult"},
		{Name: "wrong type", Body: `{"SearchResult": {"SearchResultItems": [{"MatchedObjectDescriptor": {"ApplyURI": "x"}}]}}`, Want: "malformed JSON"},
	})
	t.Run("401 is an error naming the search", func(t *testing.T) {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "bad key", http.StatusUnauthorized)
		}))
		defer srv.Close()
		src, _ := New(testConfig(srv.URL))
		ps, err := crawlertest.Crawl(t.Context(), src, crawlertest.Collector(t))
		if err == nil || len(ps) != 0 || !strings.Contains(err.Error(), `usajobs "Virtual Student Federal Service"`) || !strings.Contains(err.Error(), "401") {
			t.Fatalf("crawl answered 401: %v, %d postings", err, len(ps))
		}
	})
}

// TestSharedFixtures parses every real USAJOBS payload in ../shared, if
// one is ever added (none was found: every copy seen was synthetic).
func TestSharedFixtures(t *testing.T) {
	crawlertest.Fixtures(t, "usajobs", "*.json", Parse, func(t *testing.T, id string, p model.Posting) {
		if p.Title == "" || !strings.HasPrefix(p.URL, "http") || id == "" {
			t.Errorf("bad posting %q %q %q", id, p.Title, p.URL)
		}
	})
}

func FuzzParse(f *testing.F) {
	for _, file := range []string{"testdata/search_page1.json", "testdata/search_page2.json"} {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"SearchResult":{"SearchResultItems":[{"MatchedObjectDescriptor":{"PositionID":" a ","PositionTitle":"t","PositionURI":"http://x:80/","PositionRemuneration":[{"MinimumRange":"-5","MaximumRange":"1e400","RateIntervalCode":"PA"}]}}]}}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		ps, err := Parse(&crawler.Response{URL: "fuzz", Body: body, Header: http.Header{}})
		if err != nil {
			return
		}
		crawlertest.CheckParsed(t, ps)
		for _, p := range ps {
			if !strings.HasPrefix(p.URL, "http") {
				t.Fatalf("url %q", p.URL)
			}
			if p.Pay != nil && (p.Pay.Min <= 0 || p.Pay.Min > p.Pay.Max) {
				t.Fatalf("pay %+v", p.Pay)
			}
		}
	})
}

func BenchmarkParse(b *testing.B) { crawlertest.Benchmark(b, "testdata/search_page1.json", Parse) }
