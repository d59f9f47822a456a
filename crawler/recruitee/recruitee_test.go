package recruitee

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/crawler/crawlertest"
	"github.com/gigscout/gigscout/internal/model"
)

func TestContract(t *testing.T) {
	var base string
	got := crawlertest.Run(t, crawlertest.Case{
		New: func(srv string) (crawler.Source, error) {
			base = srv + "/rc"
			return New(crawler.Config{Name: "tidewater", Company: "tidewater", BaseURL: base})
		},
		Handler: crawlertest.Files(t, map[string]string{
			"/rc/api/offers/": "testdata/offers.json",
		}),
		Want:        6,
		MaxRequests: 20,
	})
	// Links resolved against the test server carry its port: name it.
	for i := range got {
		got[i].URL = strings.Replace(got[i].URL, base, "{base}", 1)
		got[i].ApplyURL = strings.Replace(got[i].ApplyURL, base, "{base}", 1)
	}
	crawlertest.Golden(t, "testdata/offers.golden.json", got)
}

func TestPostingQuirks(t *testing.T) {
	ps := crawlertest.ParseByID(t, Parse, "https://tidewater.recruitee.com/api/offers/", "testdata/offers.json")
	tests := []struct {
		name  string
		id    string
		check func(p model.Posting) bool
	}{
		{"number id", "3104501", func(p model.Posting) bool { return p.Title == "Remote Micro-Internship: Menu Translation (NL→EN)" }},
		{"string id", "3104502", func(p model.Posting) bool { return p.Title == "Freelance Packaging Designer (one label)" }},
		{"company name trimmed", "3104504", func(p model.Posting) bool { return p.Company == "Tidewater Coffee Roasters" }},
		{"string salary, lower-case currency, per hour", "3104501", func(p model.Posting) bool {
			return p.Pay != nil && *p.Pay == model.Pay{Min: 20, Max: 25, Currency: "EUR", Unit: model.UnitHour, Source: model.FromStructured}
		}},
		{"null salary min takes max", "3104502", func(p model.Posting) bool {
			return p.Pay != nil && p.Pay.Min == 600 && p.Pay.Max == 600 && p.Pay.Unit == model.UnitMonth
		}},
		{"all-null salary gives no pay", "3104504", func(p model.Posting) bool { return p.Pay == nil }},
		{"yearly salary", "3104505", func(p model.Posting) bool { return p.Pay != nil && p.Pay.Unit == model.UnitYear && p.Pay.Max == 38000 }},
		{"yearly salary in thousands", "3104507", func(p model.Posting) bool {
			return p.Pay != nil && p.Pay.Min == 45000 && p.Pay.Max == 52500 && p.Pay.Currency == "EUR" && p.PayText == ""
		}},
		{"unknown period gives no pay", "3104506", func(p model.Posting) bool { return p.Pay == nil }},
		{"hours as string and number", "3104501", func(p model.Posting) bool {
			return p.HoursPerWeek != nil && *p.HoursPerWeek == model.Range{Min: 10, Max: 15, Source: model.FromStructured}
		}},
		{"per-week hours win over min/max_hours", "3104505", func(p model.Posting) bool {
			return p.HoursPerWeek != nil && p.HoursPerWeek.Min == 8 && p.HoursPerWeek.Max == 12
		}},
		{"null hours", "3104504", func(p model.Posting) bool { return p.HoursPerWeek == nil }},
		{"remote flag", "3104501", func(p model.Posting) bool { return p.RemoteHint == "remote" }},
		{"remote and hybrid both ticked is remote", "3104502", func(p model.Posting) bool { return p.RemoteHint == "remote" }},
		{"on_site flag", "3104504", func(p model.Posting) bool { return p.RemoteHint == "onsite" }},
		{"no flag is no hint", "3104505", func(p model.Posting) bool { return p.RemoteHint == "" }},
		{"null flags are no hint", "3104506", func(p model.Posting) bool { return p.RemoteHint == "" }},
		{"employment type code raw", "3104505", func(p model.Posting) bool { return p.EmploymentType == "fulltime_fixed_term" }},
		{"locations formatted", "3104501", func(p model.Posting) bool {
			return strings.Join(p.Locations, "|") == "Amsterdam, North Holland, Netherlands|Antwerp, Belgium"
		}},
		{"top-level place when locations is empty", "3104505", func(p model.Posting) bool { return strings.Join(p.Locations, "|") == "Utrecht, Netherlands" }},
		{"location text when nothing else", "3104502", func(p model.Posting) bool { return strings.Join(p.Locations, "|") == "Remote job" }},
		{"description then requirements", "3104501", func(p model.Posting) bool {
			return strings.HasSuffix(p.DescriptionHTML, "over 3 weeks.</p><h3>Requirements</h3><ul><li><p>Fluent Dutch &amp; English</p></li></ul>")
		}},
		{"UTC-suffixed dates", "3104501", func(p model.Posting) bool {
			return p.PostedAt.Format("2006-01-02 15:04:05") == "2026-09-18 13:10:02" && p.UpdatedAt != nil
		}},
		{"close_at is the deadline", "3104501", func(p model.Posting) bool {
			return p.Deadline != nil && p.Deadline.Format("2006-01-02T15:04") == "2026-11-30T23:59"
		}},
		{"created_at when published_at is null", "3104504", func(p model.Posting) bool {
			return p.PostedAt != nil && p.PostedAt.Format("2006-01-02") == "2026-09-25" && p.Deadline == nil
		}},
		{"string and object tags with the department", "3104502", func(p model.Posting) bool { return strings.Join(p.Tags, "|") == "Design|Packaging" }},
		{"relative careers URL made absolute", "3104504", func(p model.Posting) bool {
			return p.URL == "https://tidewater.recruitee.com/o/warehouse-assistant" && p.ApplyURL == ""
		}},
		{"job page from the slug when careers_url is missing", "3104505", func(p model.Posting) bool {
			return p.URL == "https://tidewater.recruitee.com/o/coffee-data-analyst-fixed-term"
		}},
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
	if _, ok := ps["3104503"]; ok {
		t.Error("draft offer was kept")
	}
}

func TestErrors(t *testing.T) {
	crawlertest.ParseErrors(t, Parse, []crawlertest.BadBody{
		{Name: "html error page", Body: "<html>down</html>", Want: "expected JSON"},
		{Name: "malformed", Body: `{"offers": [`, Want: "malformed JSON"},
		{Name: "no offers", Body: `{"meta": {}}`, Want: "no offers array"},
		{Name: "offers not an array", Body: `{"offers": 3}`, Want: "malformed JSON"},
	})
	for _, c := range []string{" ", "evil.com/x", "a.b", "a b"} {
		if _, err := New(crawler.Config{Name: "x", Company: c}); err == nil || !strings.Contains(err.Error(), "company") {
			t.Errorf("New with company %q: error %v", c, err)
		}
	}
	src, err := New(crawler.Config{Company: "Tidewater"})
	if err != nil || src.(*Source).URL() != "https://tidewater.recruitee.com/api/offers/" {
		t.Errorf("default URL: %v %v", src, err)
	}
	t.Run("404 names the company", func(t *testing.T) {
		crawlertest.NotFound(t, func(base string) (crawler.Source, error) {
			return New(crawler.Config{Name: "x", Company: "gone-co", BaseURL: base + "/"})
		}, "recruitee gone-co")
	})
}

// TestSharedFixtures parses every real Recruitee payload in ../shared.
func TestSharedFixtures(t *testing.T) {
	dir := crawlertest.SharedDir(t, "recruitee")
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(files) == 0 {
		t.Skipf("no fixtures in %s", dir)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			ps := crawlertest.ParseByID(t, Parse, "https://example.recruitee.com/api/offers/", file)
			if len(ps) == 0 {
				t.Fatal("no postings")
			}
			for id, p := range ps {
				if p.Title == "" || p.URL == "" || p.Company == "" || p.PostedAt == nil || p.DescriptionHTML == "" || len(p.Locations) == 0 {
					t.Errorf("%s: incomplete posting %+v", id, p)
				}
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	if b, err := os.ReadFile("testdata/offers.json"); err == nil {
		f.Add(b)
	}
	f.Add([]byte(`{"offers":[{"id":"1","title":" t ","careers_url":"/o/x","salary":{"min":"-5","max":"1,000.50","period":"hour","currency":"eur"},"tags":[1,{"name":"a"}],"min_hours":"NaN"}]}`))
	f.Add([]byte(`{"offers":null}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		ps, err := Parse(&crawler.Response{URL: "https://x.recruitee.com/api/offers/", Body: body, Header: http.Header{}})
		if err != nil {
			return
		}
		crawlertest.CheckParsed(t, ps)
		for _, p := range ps {
			if p.Pay != nil && (p.Pay.Min > p.Pay.Max || p.Pay.Min <= 0) {
				t.Fatalf("bad pay %+v", p.Pay)
			}
			if h := p.HoursPerWeek; h != nil && (h.Min > h.Max || h.Min <= 0) {
				t.Fatalf("bad hours %+v", h)
			}
		}
	})
}

func BenchmarkParse(b *testing.B) {
	body, err := os.ReadFile("testdata/offers.json")
	if err != nil {
		b.Fatal(err)
	}
	resp := &crawler.Response{URL: "https://x.recruitee.com/api/offers/", Body: body, Header: http.Header{}}
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if _, err := Parse(resp); err != nil {
			b.Fatal(err)
		}
	}
}
