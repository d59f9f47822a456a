package workable

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
			return New(crawler.Config{Name: "maple", Account: "maple-finch", BaseURL: base + "/wk"})
		},
		Handler: crawlertest.Files(t, map[string]string{
			"/wk/api/v1/widget/accounts/maple-finch?details=true": "testdata/widget.json",
		}),
		Want:        4,
		MaxRequests: 20,
	})
	crawlertest.Golden(t, "testdata/widget.golden.json", got)
}

func TestPostingQuirks(t *testing.T) {
	ps := crawlertest.ParseByID(t, Parse, "", "testdata/widget.json")
	tests := []struct {
		name  string
		id    string
		check func(p model.Posting) bool
	}{
		{"title trimmed", "5E2B7C91AA", func(p model.Posting) bool { return p.Title == "Social Media Micro-Internship (4 weeks)" }},
		{"company is the trimmed account name", "5E2B7C91AA", func(p model.Posting) bool { return p.Company == "Maple & Finch Studio" }},
		{"account description as company text", "0A7D33F2C8", func(p model.Posting) bool {
			return p.CompanyInfo == "Maple & Finch is a small ceramics studio.\nWe ship to 30 countries."
		}},
		{"telecommuting true is remote", "5E2B7C91AA", func(p model.Posting) bool { return p.RemoteHint == "remote" }},
		{"workplace field wins over telecommuting false", "0A7D33F2C8", func(p model.Posting) bool { return p.RemoteHint == "hybrid" }},
		{"telecommuting false alone is no hint", "C4F19E0B27", func(p model.Posting) bool { return p.RemoteHint == "" }},
		{"hidden location skipped", "5E2B7C91AA", func(p model.Posting) bool { return strings.Join(p.Locations, "|") == "United States" }},
		{"empty locations fall back to city, state, country", "0A7D33F2C8", func(p model.Posting) bool {
			return strings.Join(p.Locations, "|") == "Manchester, England, United Kingdom"
		}},
		{"repeated location kept once", "C4F19E0B27", func(p model.Posting) bool {
			return strings.Join(p.Locations, "|") == "Vancouver, British Columbia, Canada"
		}},
		{"country code when the country name is empty", "9B8E0D6A51", func(p model.Posting) bool { return strings.Join(p.Locations, "|") == "Berlin, DE" }},
		{"published_on date only", "5E2B7C91AA", func(p model.Posting) bool {
			return p.PostedAt != nil && p.PostedAt.Format("2006-01-02T15:04") == "2026-10-05T00:00"
		}},
		{"created_at when published_on is empty", "C4F19E0B27", func(p model.Posting) bool {
			return p.PostedAt != nil && p.PostedAt.Format("2006-01-02") == "2026-09-15"
		}},
		{"relative shortlink made absolute", "C4F19E0B27", func(p model.Posting) bool {
			return p.URL == "https://apply.workable.com/j/C4F19E0B27" && p.ApplyURL == "https://apply.workable.com/j/C4F19E0B27/apply"
		}},
		{"employment type raw", "9B8E0D6A51", func(p model.Posting) bool { return p.EmploymentType == "Temporary" }},
		{"department and function tags", "5E2B7C91AA", func(p model.Posting) bool { return strings.Join(p.Tags, "|") == "Marketing" }},
		{"function alone as tag", "9B8E0D6A51", func(p model.Posting) bool { return strings.Join(p.Tags, "|") == "Design" }},
		{"requirements and benefits appended", "0A7D33F2C8", func(p model.Posting) bool {
			return strings.HasSuffix(p.DescriptionHTML, "<h3>Requirements</h3><ul><li>Basic Xero or QuickBooks experience</li></ul><h3>Benefits</h3><ul><li>Flexible hours</li></ul>")
		}},
		{"raw HTML entities kept", "9B8E0D6A51", func(p model.Posting) bool { return strings.Contains(p.DescriptionHTML, "white &amp; deliver") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := ps[tt.id]
			if !ok {
				t.Fatalf("posting %s missing", tt.id)
			}
			if !tt.check(p) {
				t.Errorf("posting %s: %+v", p.ExternalID, p)
			}
		})
	}
	if len(ps) != 4 {
		t.Errorf("got %d distinct postings, want 4 (no shortcode dropped)", len(ps))
	}
}

func TestTelecommutingString(t *testing.T) {
	body := `{"name":"X","jobs":[{"shortcode":"A1","title":"T","url":"https://apply.workable.com/j/A1","telecommuting":"true"},
		{"shortcode":"A2","title":"T","url":"https://apply.workable.com/j/A2","telecommuting":null}]}`
	ps, err := Parse(&crawler.Response{URL: "u", Body: []byte(body), Header: http.Header{}})
	if err != nil {
		t.Fatal(err)
	}
	if ps[0].RemoteHint != "remote" || ps[1].RemoteHint != "" {
		t.Errorf("hints %q %q", ps[0].RemoteHint, ps[1].RemoteHint)
	}
}

func TestErrors(t *testing.T) {
	crawlertest.ParseErrors(t, Parse, []crawlertest.BadBody{
		{Name: "html error page", Body: "<html>down</html>", Want: "expected JSON"},
		{Name: "malformed", Body: `{"name": "x", "jobs": [`, Want: "malformed JSON"},
		{Name: "no jobs", Body: `{"name": "x"}`, Want: "no jobs array"},
		{Name: "jobs not an array", Body: `{"jobs": "none"}`, Want: "malformed JSON"},
	})
	for _, a := range []string{" ", "a/b", "a%2Fb"} {
		if _, err := New(crawler.Config{Name: "x", Account: a}); err == nil || !strings.Contains(err.Error(), "account") {
			t.Errorf("New with account %q: error %v", a, err)
		}
	}
	t.Run("404 names the account", func(t *testing.T) {
		crawlertest.NotFound(t, func(base string) (crawler.Source, error) {
			return New(crawler.Config{Name: "x", Account: "gone-co", BaseURL: base})
		}, "workable gone-co")
	})
}

// TestSharedFixtures parses every real Workable payload in ../shared.
func TestSharedFixtures(t *testing.T) {
	crawlertest.Fixtures(t, "workable", "*.json", Parse, func(t *testing.T, id string, p model.Posting) {
		if p.Title == "" || p.URL == "" || p.Company == "" || p.PostedAt == nil || len(p.Locations) == 0 {
			t.Errorf("%s: incomplete posting %+v", id, p)
		}
	})
}

func FuzzParse(f *testing.F) {
	if b, err := os.ReadFile("testdata/widget.json"); err == nil {
		f.Add(b)
	}
	f.Add([]byte(`{"name":" x ","description":"<p>a &amp; <script>b</script></p>","jobs":[{"shortcode":"a","title":" t ","shortlink":"/j/a","telecommuting":1}]}`))
	f.Add([]byte(`{"jobs":null}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		ps, err := Parse(&crawler.Response{URL: "fuzz", Body: body, Header: http.Header{}})
		if err != nil {
			return
		}
		crawlertest.CheckParsed(t, ps)
	})
}

func BenchmarkParse(b *testing.B) { crawlertest.Benchmark(b, "testdata/widget.json", Parse) }
