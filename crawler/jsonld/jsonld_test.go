package jsonld

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/crawler/crawlertest"
	"github.com/gigscout/gigscout/internal/model"
)

const (
	origin = "https://careers.brightline.example"
	start  = origin + "/careers/"
)

// siteRoutes serves the test career site under prefix.
func siteRoutes(t *testing.T, prefix string) http.Handler {
	return crawlertest.Files(t, map[string]string{
		"/robots.txt":                               "testdata/robots.txt",
		prefix + "/sitemap.xml":                     "testdata/sitemap.xml",
		prefix + "/careers/":                        "testdata/site/index.html",
		prefix + "/careers/jobs/data-cleanup":       "testdata/site/data-cleanup.html",
		prefix + "/careers/jobs/summer-projects":    "testdata/site/summer-projects.html",
		prefix + "/careers/jobs/remote-research":    "testdata/site/remote-research.html",
		prefix + "/careers/jobs/ux-audit":           "testdata/site/ux-audit.html",
		prefix + "/careers/jobs/translation-sprint": "testdata/site/translation-sprint.html",
		prefix + "/internal/draft-posting":          "testdata/site/data-cleanup.html",
		prefix + "/about":                           "testdata/site/index.html",
	})
}

func siteConfig(base string) crawler.Config {
	return crawler.Config{Name: "brightline", StartURLs: []string{start}, Follow: "a.job-link", Sitemap: "auto", BaseURL: base}
}

func TestContract(t *testing.T) {
	got := crawlertest.Run(t, crawlertest.Case{
		New:         func(base string) (crawler.Source, error) { return New(siteConfig(base + "/cl")) },
		Handler:     siteRoutes(t, "/cl"),
		Want:        6,
		MaxRequests: 30,
	})
	crawlertest.Golden(t, "testdata/site.golden.json", got)
}

// crawlSite runs one crawl of the test site and returns the postings by id
// and the paths requested.
func crawlSite(t *testing.T, cfg crawler.Config, h http.Handler) (map[string]model.Posting, []string, error) {
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

func TestCrawlFrontier(t *testing.T) {
	ps, paths, err := crawlSite(t, siteConfig("/cl"), siteRoutes(t, "/cl"))
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, p := range paths {
		count[p]++
	}
	tests := []struct {
		name string
		ok   bool
	}{
		{"each page fetched once (fragment stripped)", count["/cl/careers/jobs/data-cleanup"] == 1 && count["/cl/careers/"] == 1},
		{"robots.txt disallowed page not fetched", count["/cl/internal/draft-posting"] == 0},
		{"sitemap read", count["/cl/sitemap.xml"] == 1},
		{"sitemap job page fetched", count["/cl/careers/jobs/translation-sprint"] == 1},
		{"sitemap non-job page skipped in auto mode", count["/cl/about"] == 0 && count["/cl/"] == 0},
		{"query kept in the frontier key", count["/cl/careers/jobs/remote-research?utm_source=index"] == 1},
		{"nothing else fetched", len(paths) <= 9},
		{"postings", len(ps) == 6},
	}
	for _, tt := range tests {
		if !tt.ok {
			t.Errorf("%s: requests %v, %d postings", tt.name, paths, len(ps))
		}
	}
}

func TestPostingQuirks(t *testing.T) {
	ps, _, err := crawlSite(t, siteConfig("/cl"), siteRoutes(t, "/cl"))
	if err != nil {
		t.Fatal(err)
	}
	const (
		cleanup = "BCL-2026-014"
		survey  = origin + "/careers/jobs/summer-projects#survey-design"
		page    = origin + "/careers/jobs/summer-projects"
		remote  = origin + "/careers/jobs/remote-research"
		audit   = "BCL-2026-022"
		sprint  = "2026031"
	)
	tests := []struct {
		name  string
		id    string
		check func(p model.Posting) bool
	}{
		{"@graph posting with PropertyValue identifier", cleanup, func(p model.Posting) bool { return p.Title == "Data Cleanup Micro-Internship" }},
		{"organization name trimmed, sameAs as company url", cleanup, func(p model.Posting) bool {
			return p.Company == "Brightline Civic Labs" && p.CompanyURL == "https://brightline.example/"
		}},
		{"employmentType array joined", cleanup, func(p model.Posting) bool { return p.EmploymentType == "PART_TIME, INTERN" }},
		{"jobLocation array with Country object", cleanup, func(p model.Posting) bool {
			return strings.Join(p.Locations, "|") == "Columbus, OH, US|Remote, US"
		}},
		{"QuantitativeValue range with string max", cleanup, func(p model.Posting) bool {
			return p.Pay != nil && p.Pay.Min == 22 && p.Pay.Max == 25.5 && p.Pay.Currency == "USD" && p.Pay.Unit == model.UnitHour && p.Pay.Source == model.FromStructured
		}},
		{"datePosted with offset, validThrough without seconds", cleanup, func(p model.Posting) bool {
			return p.PostedAt.Format("2006-01-02T15:04") == "2026-07-01T13:00" && p.Deadline.Format("2006-01-02T15:04") == "2026-07-31T23:59"
		}},
		{"directApply sets apply url", cleanup, func(p model.Posting) bool { return p.ApplyURL == p.URL && p.URL == origin+"/careers/jobs/data-cleanup" }},
		{"array of postings: relative url with fragment as id", survey, func(p model.Posting) bool {
			return p.Title == "Survey Design Project (Short-Term)" && p.URL == survey
		}},
		{"plain-string organization and address", survey, func(p model.Posting) bool {
			return p.Company == "Brightline Civic Labs" && strings.Join(p.Locations, "|") == "Cleveland, OH"
		}},
		{"bare-number salary has no unit: text only", survey, func(p model.Posting) bool { return p.Pay == nil && p.PayText == "750" }},
		{"second posting without url or id: page url", page, func(p model.Posting) bool { return p.URL == page && p.EmploymentType == "CONTRACTOR" }},
		{"unknown unitText kept as text", page, func(p model.Posting) bool { return p.Pay == nil && p.PayText == "USD 400 per task" }},
		{"canonical link as id and url", remote, func(p model.Posting) bool { return p.URL == remote }},
		{"escaped title unescaped once", remote, func(p model.Posting) bool { return p.Title == "Remote Research & Writing Assistant" }},
		{"escaped description unescaped once", remote, func(p model.Posting) bool {
			return strings.HasPrefix(p.DescriptionHTML, "<p>Summarize 12 policy reports") && strings.Contains(p.DescriptionHTML, "8&ndash;10 hours")
		}},
		{"TELECOMMUTE and applicant location requirements", remote, func(p model.Posting) bool {
			return p.RemoteHint == "remote" && strings.Join(p.Locations, "|") == "USA|Ontario"
		}},
		{"single value salary", remote, func(p model.Posting) bool { return p.Pay != nil && p.Pay.Min == 24 && p.Pay.Max == 24 }},
		{"lenient JSON next to an invalid script", audit, func(p model.Posting) bool {
			return p.Title == "Accessibility Audit Project" && p.EmploymentType == "CONTRACTOR" &&
				strings.Contains(p.DescriptionHTML, "AA.\n\tDeliverable") && p.RemoteHint == "remote" && p.Pay != nil && p.Pay.Unit == model.UnitMonth
		}},
		{"mainEntity posting with IRI type and numeric identifier", sprint, func(p model.Posting) bool {
			return p.Title == "Spanish Translation Sprint (Micro-Internship)" && p.Language == "en" && p.Pay.Unit == model.UnitWeek
		}},
		{"plain-text description", sprint, func(p model.Posting) bool {
			return p.DescriptionHTML == "" && strings.HasSuffix(p.DescriptionText, "outreach lead & team.")
		}},
		{"no url and no canonical: page url", sprint, func(p model.Posting) bool { return p.URL == origin+"/careers/jobs/translation-sprint" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := ps[tt.id]
			if !ok {
				t.Fatalf("posting %s missing (have %v)", tt.id, keys(ps))
			}
			if !tt.check(p) {
				t.Errorf("posting %s: %+v", tt.id, p)
			}
		})
	}
}

func keys(m map[string]model.Posting) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestInvalidScriptSkipped(t *testing.T) {
	body, err := os.ReadFile("testdata/site/ux-audit.html")
	if err != nil {
		t.Fatal(err)
	}
	pg, err := ParsePage(&crawler.Response{URL: origin + "/careers/jobs/ux-audit", Body: body, Header: http.Header{}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if pg.Scripts != 3 || pg.Invalid != 1 || len(pg.Postings) != 1 {
		t.Fatalf("scripts %d, invalid %d, postings %d; want 3, 1, 1", pg.Scripts, pg.Invalid, len(pg.Postings))
	}
}

func TestLenient(t *testing.T) {
	tests := []struct {
		name, in string
		ok       bool
	}{
		{"trailing commas", `{"a": [1, 2,], "b": {"c": 1,},}`, true},
		{"raw control characters", "{\"a\": \"line\nbreak\ttab\"}", true},
		{"comment wrapper and semicolon", "<!-- {\"a\": 1}; -->", true},
		{"cdata wrapper", "//<![CDATA[\n{\"a\": 1}\n//]]>", true},
		{"comma inside a string kept", `{"a": "x,}",}`, true},
		{"truncated", `{"a": "b",`, false},
		{"two values", `{"a": 1} {"b": 2}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := decode([]byte(tt.in))
			if (err == nil) != tt.ok {
				t.Fatalf("decode(%q) = %v, %v", tt.in, v, err)
			}
			if tt.name == "comma inside a string kept" && v.(map[string]any)["a"] != "x,}" {
				t.Fatalf("string changed: %v", v)
			}
		})
	}
}

func TestErrors(t *testing.T) {
	news := []struct {
		name string
		cfg  crawler.Config
		want string
	}{
		{"no start urls", crawler.Config{Name: "x"}, "start_urls is required"},
		{"relative start url", crawler.Config{Name: "x", StartURLs: []string{"/careers"}}, "start_urls[0]"},
		{"bad follow selector", crawler.Config{Name: "x", StartURLs: []string{start}, Follow: "a[href"}, "follow: invalid selector"},
		{"max pages too large", crawler.Config{Name: "x", StartURLs: []string{start}, MaxPages: 5000}, "max_pages"},
		{"bad sitemap", crawler.Config{Name: "x", StartURLs: []string{start}, Sitemap: "sitemap.xml"}, "sitemap"},
	}
	for _, tt := range news {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := New(tt.cfg); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("New error %v, want %q", err, tt.want)
			}
		})
	}
}

// TestFailingPage checks that a page answering 500 is skipped, the other
// pages are emitted, and the run ends incomplete.
func TestFailingPage(t *testing.T) {
	index := `<html><body><a class="job" href="/jobs/gone">Gone</a><a class="job" href="/jobs/ok">OK</a></body></html>`
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/jobs/":
			w.Write([]byte(index))
		case "/jobs/ok":
			http.ServeFile(w, r, "testdata/site/translation-sprint.html")
		case "/jobs/gone":
			http.Error(w, "boom", http.StatusInternalServerError)
		default:
			http.NotFound(w, r)
		}
	})
	cfg := crawler.Config{Name: "x", StartURLs: []string{"/jobs/"}, Follow: "a.job"}
	ps, _, err := crawlSite(t, cfg, h)
	if err == nil || !strings.Contains(err.Error(), "1 fetches failed") || !strings.Contains(err.Error(), "500") {
		t.Fatalf("crawl error %v, want one failed fetch", err)
	}
	if len(ps) != 1 {
		t.Fatalf("got %d postings, want 1", len(ps))
	}
}

func TestPageBudget(t *testing.T) {
	cfg := siteConfig("/cl")
	cfg.MaxPages = 3
	ps, paths, err := crawlSite(t, cfg, siteRoutes(t, "/cl"))
	if !errors.Is(err, ErrBudget) {
		t.Fatalf("crawl error %v, want ErrBudget", err)
	}
	pages := 0
	for _, p := range paths {
		if strings.HasPrefix(p, "/cl/careers/") {
			pages++
		}
	}
	if pages != 3 || len(ps) == 0 {
		t.Fatalf("fetched %d pages (%v) with %d postings, want 3 pages", pages, paths, len(ps))
	}
}

// TestExplicitSitemap reads a sitemap index given by URL: every listed page
// on the host is queued, job-like or not.
func TestExplicitSitemap(t *testing.T) {
	index := `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>` + origin + `/sitemaps/jobs.xml</loc></sitemap><sitemap><loc>` + origin + `/sitemaps/archive.xml.gz</loc></sitemap></sitemapindex>`
	child := `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>` + origin + `/p/2026031</loc></url></urlset>`
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/sitemap_index.xml":
			w.Write([]byte(index))
		case "/sitemaps/jobs.xml":
			w.Write([]byte(child))
		case "/p/2026031", "/start":
			http.ServeFile(w, r, "testdata/site/translation-sprint.html")
		default:
			http.NotFound(w, r)
		}
	})
	cfg := crawler.Config{Name: "x", StartURLs: []string{origin + "/start"}, Sitemap: origin + "/sitemap_index.xml"}
	ps, paths, err := crawlSite(t, cfg, h)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 1 || !strings.Contains(strings.Join(paths, " "), "/p/2026031") {
		t.Fatalf("postings %d, requests %v", len(ps), paths)
	}
}

func TestSamePageFallbackIDs(t *testing.T) {
	body := `<script type="application/ld+json">[{"@type":"JobPosting","title":"Intern A"},{"@type":"JobPosting","title":"Intern B"},{"@type":"JobPosting","title":"Intern B"}]</script>`
	ps, err := Parse(&crawler.Response{URL: origin + "/list", Body: []byte(body), Header: http.Header{}})
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 2 || ps[0].ExternalID != origin+"/list#intern-a" || ps[1].ExternalID != origin+"/list#intern-b" {
		t.Fatalf("got %+v", ps)
	}
}

// TestSharedFixtures runs the JSON-LD object parser over the schema.org
// JobPosting objects embedded in the real Teamtailor JSON feed.
func TestSharedFixtures(t *testing.T) {
	dir := crawlertest.SharedDir(t, "teamtailor")
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(files) == 0 {
		t.Skipf("no fixtures in %s", dir)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			body, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var feed struct {
				Items []struct {
					URL        string          `json:"url"`
					JobPosting json.RawMessage `json:"_jobposting"`
				} `json:"items"`
			}
			if err := json.Unmarshal(body, &feed); err != nil {
				t.Fatal(err)
			}
			seen := map[string]bool{}
			for _, it := range feed.Items {
				ps, err := ParseJSON(it.JobPosting, it.URL)
				if err != nil || len(ps) != 1 {
					t.Fatalf("item %s: %d postings, %v", it.URL, len(ps), err)
				}
				p := ps[0]
				if p.Title == "" || p.URL != it.URL || p.ExternalID == "" || p.ExternalID == p.URL || seen[p.ExternalID] {
					t.Errorf("bad posting %q %q %q (dup %v)", p.ExternalID, p.Title, p.URL, seen[p.ExternalID])
				}
				seen[p.ExternalID] = true
				if len(p.Locations) == 0 || p.PostedAt == nil {
					t.Errorf("%s: locations or date missing: %+v", p.ExternalID, p)
				}
			}
			if len(seen) == 0 {
				t.Fatal("no postings")
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	for _, file := range []string{"testdata/site/data-cleanup.html", "testdata/site/summer-projects.html", "testdata/site/ux-audit.html", "testdata/site/remote-research.html"} {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[[{"@type":["JobPosting"],"title":"t","baseSalary":"x","jobLocation":[1,{"address":{}}]}]]}</script>`))
	f.Add([]byte(`<script type="application/ld+json">{"@type":"JobPosting","title":"a",}</script>`))
	f.Fuzz(func(t *testing.T, body []byte) {
		ps, err := Parse(&crawler.Response{URL: origin + "/p", Body: body, Header: http.Header{}})
		if err != nil {
			return
		}
		crawlertest.CheckParsed(t, ps)
		for _, p := range ps {
			if !strings.HasPrefix(p.URL, "http") {
				t.Fatalf("bad url %q", p.URL)
			}
			if p.Pay != nil && (p.Pay.Min <= 0 || p.Pay.Min > p.Pay.Max) {
				t.Fatalf("bad pay %+v", p.Pay)
			}
		}
	})
}

func BenchmarkParse(b *testing.B) {
	body, err := os.ReadFile("testdata/site/data-cleanup.html")
	if err != nil {
		b.Fatal(err)
	}
	resp := &crawler.Response{URL: origin + "/careers/jobs/data-cleanup", Body: body, Header: http.Header{}}
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if _, err := Parse(resp); err != nil {
			b.Fatal(err)
		}
	}
}

// TestPayUnitSpellings: the unitText spellings career sites write beside
// schema.org's own keep the pay structured; an unknown unit stays text.
func TestPayUnitSpellings(t *testing.T) {
	for _, tt := range []struct {
		unit string
		want model.PayUnit
		ok   bool
	}{
		{"MONTH", model.UnitMonth, true}, {"month", model.UnitMonth, true}, {"MONTHLY", model.UnitMonth, true},
		{"P1M", model.UnitMonth, true}, {"per month", model.UnitMonth, true}, {"PER_HOUR", model.UnitHour, true},
		{"Hourly", model.UnitHour, true}, {"PT1H", model.UnitHour, true}, {" YEAR ", model.UnitYear, true},
		{"annual", model.UnitYear, true}, {"per annum", model.UnitYear, true}, {"P1Y", model.UnitYear, true},
		{"weekly", model.UnitWeek, true}, {"DAILY", model.UnitDay, true}, {"a day", model.UnitDay, true},
		// Not a period: kept as text by salary.
		{"TASK", "", false}, {"", "", false}, {"PERMONTH", "", false}, {"P2Y", "", false}, {"per", "", false},
	} {
		got, ok := payUnit(tt.unit)
		if got != tt.want || ok != tt.ok {
			t.Errorf("payUnit(%q) = %q, %v; want %q, %v", tt.unit, got, ok, tt.want, tt.ok)
		}
	}
	pay, text := salary(map[string]any{"@type": "MonetaryAmount", "currency": "eur",
		"value": map[string]any{"@type": "QuantitativeValue", "minValue": json.Number("2400"), "maxValue": json.Number("2800"), "unitText": "MONTHLY"}})
	if pay == nil || text != "" || pay.Unit != model.UnitMonth || pay.Currency != "EUR" || pay.Min != 2400 || pay.Max != 2800 {
		t.Errorf("salary with unitText MONTHLY = %+v, %q; want structured EUR 2400-2800 a month", pay, text)
	}
}
