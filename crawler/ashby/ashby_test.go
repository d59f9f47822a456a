package ashby

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
			// Already percent-encoded in the config: must not become %2520.
			return New(crawler.Config{Name: "northwind", Board: "Northwind%20Labs", BaseURL: base + "/ab"})
		},
		Handler: crawlertest.Files(t, map[string]string{
			"/ab/posting-api/job-board/Northwind%20Labs?includeCompensation=true": "testdata/board.json",
		}),
		Want:        5,
		MaxRequests: 20,
	})
	crawlertest.Golden(t, "testdata/board.golden.json", got)
}

func TestPostingQuirks(t *testing.T) {
	ps := crawlertest.ParseByID(t, Parse, "", "testdata/board.json")
	const pre = "8d0c5b7e-1f2a-4c3d-9e8f-00000000000"
	tests := []struct {
		name  string
		id    string
		check func(p model.Posting) bool
	}{
		{"title leading spaces trimmed", "1", func(p model.Posting) bool { return p.Title == "Micro-Internship: Customer Interview Synthesis" }},
		{"company from the job URL's board, spaces decoded", "1", func(p model.Posting) bool { return p.Company == "Northwind Labs" }},
		{"isRemote true without workplaceType", "1", func(p model.Posting) bool { return p.RemoteHint == "remote" }},
		{"workplaceType Remote with isRemote missing", "2", func(p model.Posting) bool { return p.RemoteHint == "remote" }},
		{"workplaceType Hybrid wins over isRemote true", "3", func(p model.Posting) bool { return p.RemoteHint == "hybrid" }},
		{"isRemote false alone is no hint", "5", func(p model.Posting) bool { return p.RemoteHint == "" }},
		{"hourly Salary component, equity ignored", "1", func(p model.Posting) bool {
			return p.Pay != nil && *p.Pay == model.Pay{Min: 22, Max: 28, Currency: "USD", Unit: model.UnitHour, Source: model.FromStructured}
		}},
		{"tier summary is the pay text", "1", func(p model.Posting) bool { return p.PayText == "$22 – $28 per hour • Offers Equity" }},
		{"null minValue takes maxValue", "3", func(p model.Posting) bool {
			return p.Pay != nil && p.Pay.Min == 1500 && p.Pay.Max == 1500 && p.Pay.Unit == model.UnitMonth && p.Pay.Currency == "EUR"
		}},
		{"empty components give no pay", "2", func(p model.Posting) bool { return p.Pay == nil && p.PayText == "" }},
		{"null currency gives no structured pay, bonus ignored", "5", func(p model.Posting) bool { return p.Pay == nil }},
		{"scrapeable summary when tier summary is null", "5", func(p model.Posting) bool { return p.PayText == "$40K - $48K" }},
		{"no compensation key", "6", func(p model.Posting) bool { return p.Pay == nil && p.PayText == "" }},
		{"location, secondary location and their addresses", "1", func(p model.Posting) bool {
			return strings.Join(p.Locations, "|") == "Remote (US)|Remote (Canada)|United States|Canada"
		}},
		{"address parts repeated or comma-joined", "3", func(p model.Posting) bool {
			return strings.Join(p.Locations, "|") == "Paris|Paris, Lyon, Île-de-France, France"
		}},
		{"employment type enum raw", "5", func(p model.Posting) bool { return p.EmploymentType == "PartTime" }},
		{"department and team tags, null team", "5", func(p model.Posting) bool { return strings.Join(p.Tags, "|") == "Operations" }},
		{"raw HTML kept, entities untouched", "2", func(p model.Posting) bool {
			return strings.Contains(p.DescriptionHTML, "&euro;450 &amp; credit")
		}},
		{"plain description when HTML is empty", "6", func(p model.Posting) bool {
			return p.DescriptionHTML == "" && strings.HasPrefix(p.DescriptionText, "Review 200 scanned receipts")
		}},
		{"published at with fractional seconds", "5", func(p model.Posting) bool {
			return p.PostedAt != nil && p.PostedAt.Format("2006-01-02T15:04:05.0") == "2026-08-30T16:45:10.5"
		}},
		{"job and apply URLs", "1", func(p model.Posting) bool {
			return p.URL == "https://jobs.ashbyhq.com/Northwind%20Labs/"+pre+"1" && p.ApplyURL == p.URL+"/application"
		}},
		{"no jobUrl left empty for Crawl to fill", "6", func(p model.Posting) bool { return p.URL == "" && p.Company == "" }},
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
	if _, ok := ps[pre+"4"]; ok {
		t.Error("unlisted job (isListed false) was kept")
	}
}

func TestBoardNames(t *testing.T) {
	tests := []struct{ board, path, company string }{
		{"Northwind Labs", "Northwind%20Labs", "Northwind Labs"},
		{"Northwind%20Labs", "Northwind%20Labs", "Northwind Labs"},
		{"comand-ai", "comand-ai", "Comand Ai"},
		{"AtomicSemi", "AtomicSemi", "AtomicSemi"},
		{"100%real", "100%25real", "100%real"}, // a '%' that is no escape stays literal
	}
	for _, tt := range tests {
		t.Run(tt.board, func(t *testing.T) {
			src, err := New(crawler.Config{Board: tt.board})
			if err != nil {
				t.Fatal(err)
			}
			s := src.(*Source)
			if want := DefaultBase + "/posting-api/job-board/" + tt.path + "?includeCompensation=true"; s.URL() != want {
				t.Errorf("URL %s, want %s", s.URL(), want)
			}
			if c := companyFromBoard(s.board); c != tt.company {
				t.Errorf("company %q, want %q", c, tt.company)
			}
		})
	}
}

func TestErrors(t *testing.T) {
	crawlertest.ParseErrors(t, Parse, []crawlertest.BadBody{
		{Name: "html error page", Body: "<html>down</html>", Want: "expected JSON"},
		{Name: "malformed", Body: `{"jobs": [`, Want: "malformed JSON"},
		{Name: "no jobs", Body: `{"apiVersion": "1"}`, Want: "no jobs array"},
		{Name: "jobs not an array", Body: `{"jobs": {}}`, Want: "malformed JSON"},
	})
	for _, b := range []string{" ", "%20", "a/b"} {
		if _, err := New(crawler.Config{Name: "x", Board: b}); err == nil || !strings.Contains(err.Error(), "board") {
			t.Errorf("New with board %q: error %v", b, err)
		}
	}
	t.Run("404 names the board", func(t *testing.T) {
		crawlertest.NotFound(t, func(base string) (crawler.Source, error) {
			return New(crawler.Config{Name: "x", Board: "gone-co", BaseURL: base})
		}, "ashby gone-co")
	})
}

// TestSharedFixtures parses every real Ashby payload in ../shared.
func TestSharedFixtures(t *testing.T) {
	crawlertest.Fixtures(t, "ashby", "*.json", Parse, func(t *testing.T, id string, p model.Posting) {
		if p.Title == "" || p.URL == "" || p.Company == "" || p.DescriptionHTML == "" || p.PostedAt == nil {
			t.Errorf("%s: incomplete posting %+v", id, p)
		}
		if p.Pay != nil && (p.Pay.Currency == "" || p.Pay.Unit == "" || p.Pay.Min > p.Pay.Max) {
			t.Errorf("%s: bad pay %+v", id, p.Pay)
		}
	})
}

func FuzzParse(f *testing.F) {
	if b, err := os.ReadFile("testdata/board.json"); err == nil {
		f.Add(b)
	}
	f.Add([]byte(`{"jobs":[{"id":"a","title":" x ","jobUrl":"/b","compensation":{"summaryComponents":[{"compensationType":"Salary","interval":"1 HOUR","currencyCode":"usd","minValue":"5","maxValue":2}]}}]}`))
	f.Add([]byte(`{"jobs":null}`))
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

func BenchmarkParse(b *testing.B) { crawlertest.Benchmark(b, "testdata/board.json", Parse) }
