package remotive

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
			return New(crawler.Config{Name: "remotive", BaseURL: base + "/rm"})
		},
		Handler: crawlertest.Files(t, map[string]string{
			"/rm/api/remote-jobs": "testdata/remote-jobs.json",
		}),
		Want:        5,
		MaxRequests: 20,
	})
	crawlertest.Golden(t, "testdata/remote-jobs.golden.json", got)
}

func TestCategory(t *testing.T) {
	crawlertest.Run(t, crawlertest.Case{
		New: func(base string) (crawler.Source, error) {
			return New(crawler.Config{Name: "remotive-dev", BaseURL: base + "/rm", Category: " software dev "})
		},
		// Only the category URL is served: a crawl that drops the query fails.
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.RequestURI() != "/rm/api/remote-jobs?category=software+dev" {
				http.NotFound(w, r)
				return
			}
			http.ServeFile(w, r, "testdata/remote-jobs.json")
		}),
		Want:        5,
		MaxRequests: 20,
	})
}

func TestPostingQuirks(t *testing.T) {
	ps := crawlertest.ParseByID(t, Parse, "test", "testdata/remote-jobs.json")
	tests := []struct {
		name  string
		id    string
		check func(p model.Posting) bool
	}{
		{"repeat kept once, blank title skipped", "2120451", func(model.Posting) bool { _, blank := ps["2120001"]; return len(ps) == 5 && !blank }},
		{"title and company trimmed", "2120451", func(p model.Posting) bool {
			return p.Title == "API Documentation Micro-Internship" && p.Company == "Quillstack"
		}},
		{"first copy of a repeated id wins", "2120451", func(p model.Posting) bool { return strings.Contains(p.DescriptionHTML, "14 endpoints") }},
		{"internship code spelled out", "2120451", func(p model.Posting) bool { return p.EmploymentType == "Internship" }},
		{"ISO date with no zone read as UTC", "2120451", func(p model.Posting) bool {
			return p.PostedAt != nil && p.PostedAt.Format("2006-01-02T15:04:05Z07:00") == "2026-09-18T14:05:33Z"
		}},
		{"candidate location kept whole", "2120451", func(p model.Posting) bool { return len(p.Locations) == 1 && p.Locations[0] == "USA, CST (UTC-6)" }},
		{"salary is free text, not structured", "2120451", func(p model.Posting) bool { return p.PayText == "$25/hour" && p.Pay == nil }},
		{"category first in tags", "2120451", func(p model.Posting) bool { return len(p.Tags) == 4 && p.Tags[0] == "Software Development" }},
		{"every listing remote", "2120451", func(p model.Posting) bool { return p.RemoteHint == "remote" }},
		{"HTML fragment description kept as is", "2120451", func(p model.Posting) bool {
			return strings.HasPrefix(p.DescriptionHTML, "<p><strong>The project</strong><p>")
		}},
		{"string id", "2120388", func(p model.Posting) bool { return p.ExternalID == "2120388" }},
		{"entities in title and company decoded", "2120388", func(p model.Posting) bool {
			return p.Title == "Brand Illustration Project & Icon Set" && p.Company == "Pebble & Pine Studio"
		}},
		{"freelance code", "2120388", func(p model.Posting) bool { return p.EmploymentType == "Freelance" }},
		{"tags deduplicated case-insensitively", "2120388", func(p model.Posting) bool { return len(p.Tags) == 3 }},
		{"relative url resolved on remotive.com", "2120370", func(p model.Posting) bool {
			return p.URL == "https://remotive.com/remote-jobs/data/survey-data-cleaning-contractor-2120370"
		}},
		{"fractional seconds", "2120370", func(p model.Posting) bool { return p.PostedAt != nil && p.PostedAt.Second() == 18 }},
		{"empty salary: no pay text", "2120370", func(p model.Posting) bool { return p.PayText == "" && p.Pay == nil }},
		{"contract code", "2120370", func(p model.Posting) bool { return p.EmploymentType == "Contract" }},
		{"location trimmed", "2120302", func(p model.Posting) bool { return p.Locations[0] == "Canada" }},
		{"part time code", "2120302", func(p model.Posting) bool { return p.EmploymentType == "Part-time" }},
		{"unknown code kept readable", "2120299", func(p model.Posting) bool { return p.EmploymentType == "seasonal gig" }},
		{"empty location: none", "2120299", func(p model.Posting) bool { return p.Locations == nil }},
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
		{Name: "html error page", Body: "<html>blocked</html>", Want: "expected JSON"},
		{Name: "malformed", Body: `{"jobs": [`, Want: "malformed JSON"},
		{Name: "no jobs", Body: `{"00-warning": "x", "job-count": 0}`, Want: "no jobs array"},
		{Name: "wrong type", Body: `{"jobs": [{"id": 1, "tags": "a"}]}`, Want: "malformed JSON"},
	})
	t.Run("404 is an error naming the category", func(t *testing.T) {
		src := crawlertest.NotFound(t, func(base string) (crawler.Source, error) {
			return New(crawler.Config{Name: "remotive", BaseURL: base, Category: "design"})
		}, "remotive design")
		if src.Kind() != "remotive" || src.Name() != "remotive" {
			t.Fatal("bad name or kind")
		}
	})
}

// TestSharedFixtures parses every real Remotive payload in ../shared.
func TestSharedFixtures(t *testing.T) {
	crawlertest.Fixtures(t, "remotive", "*.json", Parse, func(t *testing.T, id string, p model.Posting) {
		if p.Title == "" || !strings.HasPrefix(p.URL, "https://remotive.com/") || id == "" || p.PostedAt == nil {
			t.Errorf("bad posting %q %q %q", id, p.Title, p.URL)
		}
	})
}

func FuzzParse(f *testing.F) {
	if b, err := os.ReadFile("testdata/remote-jobs.json"); err == nil {
		f.Add(b)
	}
	f.Add([]byte(`{"jobs":[{"id":"1","title":" a ","url":"::","job_type":"_"}]}`))
	f.Add([]byte(`{"jobs":null}`))
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
		}
	})
}

func BenchmarkParse(b *testing.B) { crawlertest.Benchmark(b, "testdata/remote-jobs.json", Parse) }
