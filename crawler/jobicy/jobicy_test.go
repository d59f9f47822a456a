package jobicy

import (
	"net/http"
	"os"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/crawler/crawlertest"
	"github.com/gigscout/gigscout/internal/model"
)

func TestContract(t *testing.T) {
	got := crawlertest.Run(t, crawlertest.Case{
		New: func(base string) (crawler.Source, error) {
			return New(crawler.Config{Name: "jobicy", BaseURL: base + "/jc"})
		},
		Handler: crawlertest.Files(t, map[string]string{
			"/jc/api/v2/remote-jobs?count=100": "testdata/remote-jobs.json",
		}),
		Want:        4,
		MaxRequests: 20,
	})
	crawlertest.Golden(t, "testdata/remote-jobs.golden.json", got)
}

func TestPostingQuirks(t *testing.T) {
	ps := crawlertest.ParseByID(t, Parse, "test", "testdata/remote-jobs.json")
	tests := []struct {
		name  string
		id    string
		check func(p model.Posting) bool
	}{
		{"repeat kept once, untitled skipped", "151204", func(model.Posting) bool { _, untitled := ps["151099"]; return len(ps) == 4 && !untitled }},
		{"title and company trimmed and decoded", "151204", func(p model.Posting) bool {
			return p.Title == "SEO Content Audit Micro-Internship" && p.Company == "Fable & Fern"
		}},
		{"industry array decoded", "151204", func(p model.Posting) bool { return strings.Join(p.Tags, "|") == "Marketing & Sales|SEO" }},
		{"job type array", "151204", func(p model.Posting) bool { return p.EmploymentType == "Internship" }},
		{"geo list split and trimmed", "151204", func(p model.Posting) bool { return strings.Join(p.Locations, "|") == "EMEA|LATAM|Canada|USA" }},
		{"raw HTML description kept", "151204", func(p model.Posting) bool { return strings.HasPrefix(p.DescriptionHTML, "<p>Audit 60 blog posts") }},
		{"no salary fields: no pay", "151204", func(p model.Posting) bool { return p.Pay == nil && p.PayText == "" }},
		{"every listing remote", "151204", func(p model.Posting) bool { return p.RemoteHint == "remote" }},
		{"first copy of a repeated id wins", "151204", func(p model.Posting) bool { return len(p.Locations) == 4 }},
		{"string id", "151188", func(p model.Posting) bool { return p.ExternalID == "151188" }},
		{"annual salary structured yearly", "151188", func(p model.Posting) bool {
			return p.Pay != nil && p.Pay.Min == 36000 && p.Pay.Max == 42000 && p.Pay.Currency == "EUR" && p.Pay.Unit == model.UnitYear && p.Pay.Source == model.FromStructured
		}},
		{"several job types joined", "151188", func(p model.Posting) bool { return p.EmploymentType == "Contract, Part-Time" }},
		{"escaped description decoded exactly once", "151188", func(p model.Posting) bool {
			return strings.HasPrefix(p.DescriptionHTML, "<p>Build weekly") && strings.Contains(p.DescriptionHTML, "We&#39;re in &gt;30 countries")
		}},
		{"level as tag", "151188", func(p model.Posting) bool { return strings.Join(p.Tags, "|") == "Data Science & Analytics|Entry" }},
		{"offset date to UTC", "151188", func(p model.Posting) bool { return p.PostedAt != nil && p.PostedAt.Hour() == 14 }},
		{"newer salary fields with hourly period", "151150", func(p model.Posting) bool {
			return p.Pay != nil && p.Pay.Min == 12.5 && p.Pay.Max == 14 && p.Pay.Currency == "GBP" && p.Pay.Unit == model.UnitHour
		}},
		{"industry as a single string", "151150", func(p model.Posting) bool { return p.Tags[0] == "Customer Success" }},
		{"repeated job type kept once", "151150", func(p model.Posting) bool { return p.EmploymentType == "Part-Time, Internship" }},
		{"numeric entity in title", "151150", func(p model.Posting) bool { return p.Title == "Customer Support Intern – Weekends" }},
		{"plain text with entities kept as is", "151150", func(p model.Posting) bool {
			return strings.Contains(p.DescriptionHTML, "&gt;500 rider emails a day &amp; need")
		}},
		{"relative url on jobicy.com", "151101", func(p model.Posting) bool { return p.URL == "https://jobicy.com/jobs/151101-ux-writing-project" }},
		{"amount without currency or known period is text", "151101", func(p model.Posting) bool { return p.Pay == nil && p.PayText == "800 project" }},
		{"null industry, empty type and geo", "151101", func(p model.Posting) bool {
			return p.Tags == nil && p.EmploymentType == "" && p.Locations == nil
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

func TestErrors(t *testing.T) {
	crawlertest.ParseErrors(t, Parse, []crawlertest.BadBody{
		{Name: "html error page", Body: "<html>down</html>", Want: "expected JSON"},
		{Name: "malformed", Body: `{"jobs": [`, Want: "malformed JSON"},
		{Name: "no jobs", Body: `{"apiVersion": "2", "jobCount": 0}`, Want: "no jobs array"},
		{Name: "success false", Body: `{"success": false, "message": "count must be at most 100"}`, Want: "count must be at most 100"},
		{Name: "wrong type", Body: `{"jobs": [{"id": 1, "jobType": 7}]}`, Want: "malformed JSON"},
	})
	t.Run("404 is an error", func(t *testing.T) {
		src := crawlertest.NotFound(t, func(base string) (crawler.Source, error) { return New(crawler.Config{Name: "jobicy", BaseURL: base}) }, "jobicy")
		if src.Kind() != "jobicy" || src.Name() != "jobicy" {
			t.Fatal("bad name or kind")
		}
	})
}

// TestSharedFixtures parses every real Jobicy payload in ../shared.
func TestSharedFixtures(t *testing.T) {
	crawlertest.Fixtures(t, "jobicy", "*.json", Parse, func(t *testing.T, id string, p model.Posting) {
		if p.Title == "" || !strings.HasPrefix(p.URL, "https://jobicy.com/") || id == "" || p.PostedAt == nil {
			t.Errorf("bad posting %q %q %q", id, p.Title, p.URL)
		}
		for _, tag := range p.Tags {
			if strings.Contains(tag, "&amp;") {
				t.Errorf("%s: tag %q still escaped", id, tag)
			}
		}
	})
}

func FuzzParse(f *testing.F) {
	if b, err := os.ReadFile("testdata/remote-jobs.json"); err == nil {
		f.Add(b)
	}
	f.Add([]byte(`{"jobs":[{"jobSlug":"s","jobTitle":" a ","jobIndustry":"&amp;","annualSalaryMin":"-1","salaryMax":"1e309","url":"%"}]}`))
	f.Add([]byte(`{"success":false}`))
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

func BenchmarkParse(b *testing.B) { crawlertest.Benchmark(b, "testdata/remote-jobs.json", Parse) }

func TestURL(t *testing.T) {
	src, _ := New(crawler.Config{Name: "jobicy"})
	if u := src.(*Source).URL(); u != "https://jobicy.com/api/v2/remote-jobs?count=100" {
		t.Errorf("URL %s", u)
	}
	src, _ = New(crawler.Config{Name: "jobicy", BaseURL: "http://127.0.0.1:9000/jc/"})
	if u := src.(*Source).URL(); u != "http://127.0.0.1:9000/jc/api/v2/remote-jobs?count=100" {
		t.Errorf("URL with a base prefix %s", u)
	}
}
