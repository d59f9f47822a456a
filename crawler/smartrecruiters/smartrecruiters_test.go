package smartrecruiters

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/crawler/crawlertest"
	"github.com/gigscout/gigscout/internal/model"
)

const (
	listPath   = "/sr/v1/companies/BrightPathEdu/postings"
	detailPath = listPath + "/74400010000000"
)

func routes() map[string]string {
	return map[string]string{
		listPath + "?offset=0&limit=3": "testdata/list0.json",
		listPath + "?offset=3&limit=3": "testdata/list1.json",
		detailPath + "1":               "testdata/detail1.json",
		detailPath + "2":               "testdata/detail2.json",
		detailPath + "3":               "testdata/detail3.json",
		detailPath + "5":               "testdata/detail5.json",
	}
}

func newSource(base string) (crawler.Source, error) {
	return New(crawler.Config{Name: "brightpath", Company: "BrightPathEdu", BaseURL: base + "/sr", Limit: 3})
}

func TestContract(t *testing.T) {
	got := crawlertest.Run(t, crawlertest.Case{
		New:         newSource,
		Handler:     crawlertest.Files(t, routes()),
		Want:        5,
		MaxRequests: 20,
	})
	crawlertest.Golden(t, "testdata/postings.golden.json", got)
}

// crawl runs one crawl against h and returns the postings by id.
func crawl(t *testing.T, h http.Handler) (map[string]model.Posting, error) {
	t.Helper()
	srv := httptest.NewServer(h)
	defer srv.Close()
	src, err := newSource(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	ps, err := crawlertest.Crawl(context.Background(), src, crawlertest.Collector(t))
	out := map[string]model.Posting{}
	for _, p := range ps {
		out[p.ExternalID] = p
	}
	return out, err
}

func TestPostingQuirks(t *testing.T) {
	ps, err := crawl(t, crawlertest.Files(t, routes()))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		id    string
		check func(p model.Posting) bool
	}{
		{"title trimmed", "1", func(p model.Posting) bool { return p.Title == "Micro-Internship: Market Research Sprint" }},
		{"company name trimmed", "1", func(p model.Posting) bool { return p.Company == "BrightPath Education" }},
		{"company description as text", "1", func(p model.Posting) bool {
			return p.CompanyInfo == "BrightPath Education builds tutoring tools for community colleges.\nWe’re 60 people, fully remote."
		}},
		{"sections under their titles, empty ones skipped", "1", func(p model.Posting) bool {
			return p.DescriptionHTML == "<h3>Job Description</h3><p>Interview 10 students &amp; summarize what they need from a study app. About 15 hours over 3 weeks; $450 project fee.</p>"+
				"<h3>Additional Information</h3><p>Your mentor is Dana, our research lead.</p>"
		}},
		{"posting and apply URLs from the detail", "1", func(p model.Posting) bool {
			return p.URL == "https://jobs.smartrecruiters.com/BrightPathEdu/744000100000001-slug" && strings.Contains(p.ApplyURL, "/oneclick-ui/")
		}},
		{"location remote flag", "1", func(p model.Posting) bool { return p.RemoteHint == "remote" }},
		{"location hybrid flag", "2", func(p model.Posting) bool { return p.RemoteHint == "hybrid" }},
		{"both flags false is onsite", "5", func(p model.Posting) bool { return p.RemoteHint == "onsite" }},
		{"work flexibility field overrides the onsite default", "3", func(p model.Posting) bool { return p.RemoteHint == "remote" }},
		{"contract custom field becomes a tag", "1", func(p model.Posting) bool {
			return p.EmploymentType == "Internship" && strings.Join(p.Tags, "|") == "Growth|Marketing|Project-based (3 weeks)"
		}},
		{"employment custom field when typeOfEmployment is missing", "5", func(p model.Posting) bool { return p.EmploymentType == "Temporary" }},
		{"language per posting", "2", func(p model.Posting) bool { return p.Language == "fr" }},
		{"regional language code", "3", func(p model.Posting) bool { return p.Language == "fr-CA" }},
		{"full location", "2", func(p model.Posting) bool {
			return strings.Join(p.Locations, "|") == "Lyon, Auvergne-Rhône-Alpes, France"
		}},
		{"location parts with upper-cased country", "5", func(p model.Posting) bool { return strings.Join(p.Locations, "|") == "Austin, TX, US" }},
		{"released date ISO Z", "2", func(p model.Posting) bool {
			return p.PostedAt != nil && p.PostedAt.Format("2006-01-02T15:04") == "2026-09-29T08:00"
		}},
		{"failed detail: emitted from list data with a job page URL", "4", func(p model.Posting) bool {
			return p.URL == "https://jobs.smartrecruiters.com/BrightPathEdu/744000100000004" && p.DescriptionHTML == "" && p.Title == "Video Caption Reviewer (Part-time)"
		}},
		{"detail without URLs: job page URL built, sections kept", "5", func(p model.Posting) bool {
			return p.URL == "https://jobs.smartrecruiters.com/BrightPathEdu/744000100000005" && strings.Contains(p.DescriptionHTML, "500 paper enrollment forms")
		}},
		{"empty company description gives no company text", "3", func(p model.Posting) bool { return p.CompanyInfo == "" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := ps["74400010000000"+tt.id]
			if !ok {
				t.Fatalf("posting %s missing", tt.id)
			}
			if !tt.check(p) {
				t.Errorf("posting %s: %+v", p.ExternalID, p)
			}
		})
	}
}

// TestOffsetIgnored serves the first page whatever the offset: the crawl
// stops at the page that brings nothing new.
func TestOffsetIgnored(t *testing.T) {
	r := routes()
	files := crawlertest.Files(t, r)
	first := crawlertest.Files(t, map[string]string{"/": r[listPath+"?offset=0&limit=3"]})
	var lists atomic.Int64
	ps, err := crawl(t, http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if req.URL.Path == listPath {
			lists.Add(1)
			req.URL.Path, req.URL.RawQuery = "/", ""
			first.ServeHTTP(w, req)
			return
		}
		files.ServeHTTP(w, req)
	}))
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 3 || lists.Load() != 2 {
		t.Fatalf("got %d postings in %d list requests, want 3 in 2", len(ps), lists.Load())
	}
}

func TestFailedListPage(t *testing.T) {
	r := routes()
	delete(r, listPath+"?offset=3&limit=3")
	ps, err := crawl(t, crawlertest.Files(t, r))
	if err == nil || !strings.Contains(err.Error(), "smartrecruiters BrightPathEdu") || !strings.Contains(err.Error(), "404") {
		t.Fatalf("error %v, want the failed list page", err)
	}
	if len(ps) != 3 {
		t.Errorf("got %d postings before the failure, want 3", len(ps))
	}
}

func TestErrors(t *testing.T) {
	crawlertest.ParseErrors(t, Parse, []crawlertest.BadBody{
		{Name: "html error page", Body: "<html>down</html>", Want: "expected JSON"},
		{Name: "malformed", Body: `{"content": [`, Want: "malformed JSON"},
		{Name: "no content", Body: `{"totalFound": 0}`, Want: "no content array"},
		{Name: "content not an array", Body: `{"content": {}}`, Want: "malformed JSON"},
	})
	for _, c := range []string{" ", "a/b"} {
		if _, err := New(crawler.Config{Name: "x", Company: c}); err == nil || !strings.Contains(err.Error(), "company") {
			t.Errorf("New with company %q: error %v", c, err)
		}
	}
	src, _ := New(crawler.Config{Company: "x", Limit: 500})
	if u := src.(*Source).ListURL(0); !strings.HasSuffix(u, "limit=100") {
		t.Errorf("limit not capped at 100: %s", u)
	}
}

// TestSharedFixtures parses the real SmartRecruiters list pages and the
// detail in ../shared.
func TestSharedFixtures(t *testing.T) {
	dir := crawlertest.SharedDir(t, "smartrecruiters")
	files, _ := filepath.Glob(filepath.Join(dir, "postings_page*.json"))
	if len(files) == 0 {
		t.Skipf("no fixtures in %s", dir)
	}
	sort.Strings(files)
	seen := map[string]bool{}
	for _, file := range files {
		body, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		ps, err := Parse(&crawler.Response{URL: file, Body: body, Header: http.Header{}})
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		for _, p := range ps {
			if p.Title == "" || p.URL == "" || p.Company == "" || p.PostedAt == nil || p.Language == "" {
				t.Errorf("%s: incomplete posting %+v", file, p)
			}
			seen[p.ExternalID] = true
		}
	}
	if len(seen) == 0 {
		t.Fatal("no postings")
	}
	body, err := os.ReadFile(filepath.Join(dir, "posting_detail_automationanywhere.json"))
	if err != nil {
		t.Skip("no detail fixture")
	}
	d, err := ParseDetail(&crawler.Response{URL: "detail", Body: body, Header: http.Header{}})
	if err != nil {
		t.Fatal(err)
	}
	var j Job
	j.ID, j.Name = "743999706414750", "Pricing Analyst"
	p, _ := j.Posting(d, "AutomationAnywhere1")
	if !strings.HasPrefix(p.DescriptionHTML, "<h3>Job Description</h3><p>Pricing analysts") || !strings.HasPrefix(p.CompanyInfo, "Automation Anywhere is the leader") ||
		strings.Contains(p.DescriptionHTML, "Qualifications") {
		t.Errorf("detail posting %+v", p)
	}
}

func FuzzParse(f *testing.F) {
	for _, file := range []string{"testdata/list0.json", "testdata/list1.json"} {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"totalFound":1,"content":[{"id":7,"name":" x ","location":{"remote":false,"hybrid":false},"customField":[{"fieldLabel":"Work flexibility","valueLabel":"Hybrid"}]}]}`))
	f.Add([]byte(`{"content":null}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		ps, err := Parse(&crawler.Response{URL: "fuzz", Body: body, Header: http.Header{}})
		if err != nil {
			return
		}
		crawlertest.CheckParsed(t, ps)
		if d, err := ParseDetail(&crawler.Response{URL: "fuzz", Body: body, Header: http.Header{}}); err == nil {
			_ = d.descriptionHTML()
			_ = crawler.HTMLText(d.JobAd.Sections.CompanyDescription.Text)
		}
	})
}

func BenchmarkParse(b *testing.B) { crawlertest.Benchmark(b, "testdata/list0.json", Parse) }
