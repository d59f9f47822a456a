package himalayas

import (
	"context"
	"errors"
	"fmt"
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
	got := crawlertest.Run(t, crawlertest.Case{
		New: func(base string) (crawler.Source, error) {
			return New(crawler.Config{Name: "himalayas", BaseURL: base + "/hm", Limit: 4})
		},
		Handler: crawlertest.Files(t, map[string]string{
			"/hm/jobs/api?limit=4&offset=0": "testdata/page1.json",
			"/hm/jobs/api?limit=4&offset=4": "testdata/page2.json",
		}),
		Want:        5,
		MaxRequests: 20,
	})
	crawlertest.Golden(t, "testdata/jobs.golden.json", got)
}

const (
	tidewell = "https://himalayas.app/companies/tidewell-home/jobs/market-research-micro-internship"
	parlo    = "https://himalayas.app/companies/parlo-labs/jobs/freelance-spanish-translator-4410023"
	brotwerk = "https://himalayas.app/companies/brotwerk/jobs/part-time-social-media-assistant"
	kalvi    = "https://himalayas.app/companies/kalvi-learning/jobs/ux-research-intern"
	mapwise  = "https://himalayas.app/companies/mapwise/jobs/data-labeling-project"
)

func TestPostingQuirks(t *testing.T) {
	ps := crawlertest.ParseByID(t, Parse, "test", "testdata/page1.json", "testdata/page2.json")
	tests := []struct {
		name  string
		id    string
		check func(p model.Posting) bool
	}{
		{"untitled job skipped, page repeat kept once", tidewell, func(model.Posting) bool { return len(ps) == 5 }},
		{"guid is the id and the page", tidewell, func(p model.Posting) bool { return p.ExternalID == tidewell && p.URL == tidewell }},
		{"title and company trimmed", tidewell, func(p model.Posting) bool {
			return p.Title == "Market Research Micro-Internship (15 hours)" && p.Company == "Tidewell Home"
		}},
		{"structured hourly pay", tidewell, func(p model.Posting) bool {
			return p.Pay != nil && p.Pay.Min == 22 && p.Pay.Max == 28 && p.Pay.Currency == "USD" && p.Pay.Unit == model.UnitHour && p.Pay.Source == model.FromStructured
		}},
		{"location restrictions as locations", tidewell, func(p model.Posting) bool {
			return strings.Join(p.Locations, "|") == "United States|Canada"
		}},
		{"categories de-slugged and kept once, seniority last", tidewell, func(p model.Posting) bool {
			return strings.Join(p.Tags, "|") == "Marketing|Market Research|Consumer Insights|Entry-level"
		}},
		{"expiry date is the deadline", tidewell, func(p model.Posting) bool { return p.Deadline != nil && p.Deadline.Unix() == 1795215600 }},
		{"pub date epoch seconds", tidewell, func(p model.Posting) bool { return p.PostedAt != nil && p.PostedAt.Unix() == 1790031600 }},
		{"every listing remote", tidewell, func(p model.Posting) bool { return p.RemoteHint == "remote" }},
		{"null salary: pay only in the title, nothing structured", parlo, func(p model.Posting) bool {
			return p.Pay == nil && p.PayText == "" && strings.HasSuffix(p.Title, "Upto $40/hr")
		}},
		{"no restrictions: worldwide within the time zones", parlo, func(p model.Posting) bool {
			return len(p.Locations) == 1 && p.Locations[0] == "Worldwide (UTC-8 to UTC-3.5)"
		}},
		{"external application link kept apart", parlo, func(p model.Posting) bool { return p.ApplyURL == "https://parlolabs.example/jobs/spanish-translator" }},
		{"pub date as a string, null expiry", parlo, func(p model.Posting) bool { return p.PostedAt != nil && p.Deadline == nil }},
		{"first copy across pages wins", parlo, func(p model.Posting) bool { return strings.Contains(p.DescriptionHTML, "12 onboarding guides") }},
		{"monthly EUR pay", brotwerk, func(p model.Posting) bool {
			return p.Pay != nil && p.Pay.Currency == "EUR" && p.Pay.Unit == model.UnitMonth && p.Pay.Max == 1200
		}},
		{"location objects tolerated", brotwerk, func(p model.Posting) bool { return strings.Join(p.Locations, "|") == "Germany|Austria" }},
		{"ampersand category", brotwerk, func(p model.Posting) bool { return p.Tags[2] == "Content & Social Media Specialist" }},
		{"raw employment type", brotwerk, func(p model.Posting) bool { return p.EmploymentType == "Part Time" }},
		{"no guid: id and page from the relative application link", kalvi, func(p model.Posting) bool {
			return p.ExternalID == kalvi && p.URL == kalvi && p.ApplyURL == kalvi
		}},
		{"amount without currency is text", kalvi, func(p model.Posting) bool { return p.Pay == nil && p.PayText == "2500 monthly" }},
		{"single time zone", kalvi, func(p model.Posting) bool { return p.Locations[0] == "Worldwide (UTC+5.5)" }},
		{"min above max swapped, currency upper-cased", mapwise, func(p model.Posting) bool {
			return p.Pay != nil && p.Pay.Min == 15 && p.Pay.Max == 18 && p.Pay.Currency == "GBP"
		}},
		{"repeated location kept once", mapwise, func(p model.Posting) bool { return len(p.Locations) == 1 }},
		{"entity in company decoded", mapwise, func(p model.Posting) bool { return p.Company == "Mapwise & Co" }},
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

// pager is a fake Fetcher serving generated pages.
type pager struct {
	requests []string
	page     func(offset int) string
}

func (f *pager) Get(_ context.Context, req *crawler.Request) (*crawler.Response, error) {
	f.requests = append(f.requests, req.URL)
	var offset int
	if _, err := fmt.Sscanf(req.URL[strings.Index(req.URL, "offset="):], "offset=%d", &offset); err != nil {
		return nil, err
	}
	return &crawler.Response{URL: req.URL, StatusCode: 200, Header: http.Header{}, Body: []byte(f.page(offset))}, nil
}

func jobsJSON(total int, ids ...int) string {
	var jobs []string
	for _, id := range ids {
		jobs = append(jobs, fmt.Sprintf(`{"title":"Job %d","guid":"https://himalayas.app/j/%d"}`, id, id))
	}
	return fmt.Sprintf(`{"totalCount":%d,"jobs":[%s]}`, total, strings.Join(jobs, ","))
}

func TestPaging(t *testing.T) {
	tests := []struct {
		name     string
		page     func(offset int) string
		requests int
		postings int
	}{
		{"stops at total", func(o int) string { return jobsJSON(5, o+1, o+2) }, 3, 6},
		{"stops on an empty page", func(o int) string {
			if o >= 4 {
				return jobsJSON(1000)
			}
			return jobsJSON(1000, o+1, o+2)
		}, 3, 4},
		{"server ignoring offset", func(int) string { return jobsJSON(1000, 1, 2) }, 2, 2},
		{"no total: page cap", func(o int) string { return jobsJSON(0, o+1, o+2) }, MaxPages, 2 * MaxPages},
		{"page of unusable jobs does not stop", func(o int) string {
			if o == 0 {
				return `{"totalCount":4,"jobs":[{"title":""},{"title":""}]}`
			}
			return jobsJSON(4, o+1, o+2)
		}, 2, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &pager{page: tt.page}
			src, _ := New(crawler.Config{Name: "h", Limit: 2})
			ps, err := crawlertest.Crawl(t.Context(), src, f)
			if truncated := tt.requests == MaxPages; truncated != errors.Is(err, crawler.ErrTruncated) || (!truncated && err != nil) {
				t.Fatalf("err = %v (page cap reached: %v)", err, truncated)
			}
			if len(f.requests) != tt.requests || len(ps) != tt.postings {
				t.Fatalf("%d requests, %d postings; want %d, %d", len(f.requests), len(ps), tt.requests, tt.postings)
			}
		})
	}
	src, _ := New(crawler.Config{Name: "h"})
	if u := src.(*Source).PageURL(40); u != "https://himalayas.app/jobs/api?limit=20&offset=40" {
		t.Errorf("default page URL %s", u)
	}
}

func TestErrors(t *testing.T) {
	crawlertest.ParseErrors(t, Parse, []crawlertest.BadBody{
		{Name: "html error page", Body: "<html>down</html>", Want: "expected JSON"},
		{Name: "malformed", Body: `{"jobs": [`, Want: "malformed JSON"},
		{Name: "no jobs", Body: `{"totalCount": 3}`, Want: "no jobs array"},
		{Name: "wrong type", Body: `{"jobs": [{"title": 3}]}`, Want: "malformed JSON"},
	})
	if _, err := New(crawler.Config{Name: "h", Limit: -1}); err == nil || !strings.Contains(err.Error(), "limit") {
		t.Errorf("negative limit: %v", err)
	}
	t.Run("404 is an error", func(t *testing.T) {
		src := crawlertest.NotFound(t, func(base string) (crawler.Source, error) {
			return New(crawler.Config{Name: "himalayas", BaseURL: base})
		}, "himalayas")
		if src.Kind() != "himalayas" || src.Name() != "himalayas" {
			t.Fatal("bad name or kind")
		}
	})
}

// TestSharedFixtures parses every real Himalayas payload in ../shared.
func TestSharedFixtures(t *testing.T) {
	dir := crawlertest.SharedDir(t, "himalayas")
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
			pg, err := ParsePage(&crawler.Response{URL: file, Body: body, Header: http.Header{}})
			if err != nil {
				t.Fatal(err)
			}
			if len(pg.Postings) == 0 || len(pg.Postings) != pg.Jobs || pg.Total == 0 {
				t.Fatalf("%d postings of %d jobs, total %d", len(pg.Postings), pg.Jobs, pg.Total)
			}
			seen := map[string]bool{}
			for _, p := range pg.Postings {
				if p.Title == "" || !strings.HasPrefix(p.URL, "https://himalayas.app/") || p.ExternalID == "" || seen[p.ExternalID] || p.PostedAt == nil {
					t.Errorf("bad posting %q %q %q", p.ExternalID, p.Title, p.URL)
				}
				seen[p.ExternalID] = true
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	for _, file := range []string{"testdata/page1.json", "testdata/page2.json"} {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"jobs":[{"title":" a ","guid":"/x","minSalary":"NaN","timezoneRestrictions":[1e300,"x",null],"locationRestrictions":[1,{"name":" "}]}]}`))
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

func BenchmarkParse(b *testing.B) { crawlertest.Benchmark(b, "testdata/page1.json", Parse) }
