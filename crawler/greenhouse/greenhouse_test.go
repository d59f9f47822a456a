package greenhouse

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/crawler/crawlertest"
)

func TestContract(t *testing.T) {
	got := crawlertest.Run(t, crawlertest.Case{
		New: func(base string) (crawler.Source, error) {
			return New(crawler.Config{Name: "brightpath", Board: "brightpath", BaseURL: base + "/gh"})
		},
		Handler: crawlertest.Files(t, map[string]string{
			"/gh/v1/boards/brightpath/jobs?content=true": "testdata/board.json",
		}),
		Want:        3,
		MaxRequests: 20,
	})
	crawlertest.Golden(t, "testdata/board.golden.json", got)
}

func TestPostingQuirks(t *testing.T) {
	body, err := os.ReadFile("testdata/board.json")
	if err != nil {
		t.Fatal(err)
	}
	ps, err := Parse(&crawler.Response{URL: "test", Body: body, Header: http.Header{}})
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]int{}
	for i, p := range ps {
		byID[p.ExternalID] = i
	}
	tests := []struct {
		name  string
		id    string
		check func(i int) bool
	}{
		{"int64 id kept exactly", "5193736007", func(i int) bool { return ps[i].ExternalID == "5193736007" }},
		{"title trailing space trimmed", "5193736007", func(i int) bool { return ps[i].Title == "Data Analysis Micro-Internship" }},
		{"company trailing space trimmed", "5193736007", func(i int) bool { return ps[i].Company == "BrightPath Learning" }},
		{"content unescaped once into HTML", "5193736007", func(i int) bool {
			return strings.HasPrefix(ps[i].DescriptionHTML, `<div class="content-intro"><p>`) && strings.Contains(ps[i].DescriptionHTML, "You'll report") && strings.Contains(ps[i].DescriptionHTML, "&nbsp;")
		}},
		{"company-hosted absolute_url kept", "4865187101", func(i int) bool { return ps[i].URL == "https://northwind.example/careers/4865187101?gh_jid=4865187101" }},
		{"multi-city location split", "4865187101", func(i int) bool {
			return len(ps[i].Locations) >= 3 && ps[i].Locations[0] == "Berlin" && ps[i].Locations[2] == "Munich"
		}},
		{"workplace type metadata", "4865187101", func(i int) bool { return ps[i].RemoteHint == "hybrid" }},
		{"employment type metadata array", "4865187101", func(i int) bool { return ps[i].EmploymentType == "Intern" }},
		{"deadline date", "4865187101", func(i int) bool { return ps[i].Deadline != nil && ps[i].Deadline.Format("2006-01-02") == "2026-12-15" }},
		{"posted at converted to UTC", "4865187101", func(i int) bool { return ps[i].PostedAt != nil && ps[i].PostedAt.Hour() == 5 }},
		{"office names as locations", "5193736007", func(i int) bool { return len(ps[i].Locations) == 2 && ps[i].Locations[1] == "United States - Remote" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i, ok := byID[tt.id]
			if !ok {
				t.Fatalf("posting %s missing", tt.id)
			}
			if !tt.check(i) {
				t.Errorf("posting %s: %+v", tt.id, ps[i])
			}
		})
	}
}

func TestErrors(t *testing.T) {
	crawlertest.ParseErrors(t, Parse, []crawlertest.BadBody{
		{Name: "html error page", Body: "<html>down</html>", Want: "expected JSON"},
		{Name: "malformed", Body: `{"jobs": [`, Want: "malformed JSON"},
		{Name: "no jobs", Body: `{"meta": {"total": 0}}`, Want: "no jobs array"},
	})
	if _, err := New(crawler.Config{Name: "x", Board: " "}); err == nil {
		t.Error("New with an empty board: no error")
	}
}

// TestSharedFixtures parses every real Greenhouse payload in ../shared.
func TestSharedFixtures(t *testing.T) {
	dir := crawlertest.SharedDir(t, "greenhouse")
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
			ps, err := Parse(&crawler.Response{URL: file, Body: body, Header: http.Header{}})
			if err != nil {
				t.Fatal(err)
			}
			if len(ps) == 0 {
				t.Fatal("no postings")
			}
			seen := map[string]bool{}
			for _, p := range ps {
				if p.Title == "" || p.URL == "" || p.ExternalID == "" || seen[p.ExternalID] {
					t.Errorf("bad posting %q %q %q (dup %v)", p.ExternalID, p.Title, p.URL, seen[p.ExternalID])
				}
				seen[p.ExternalID] = true
				if strings.Contains(p.DescriptionHTML, "&lt;") {
					t.Errorf("%s: description still entity-escaped", p.ExternalID)
				}
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	if b, err := os.ReadFile("testdata/board.json"); err == nil {
		f.Add(b)
	}
	f.Add([]byte(`{"jobs":[{"id":1,"title":" x ","metadata":[{"name":"Workplace Type","value":["Remote"]}]}]}`))
	f.Add([]byte(`{"jobs":null}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		ps, err := Parse(&crawler.Response{URL: "fuzz", Body: body, Header: http.Header{}})
		if err != nil {
			return
		}
		crawlertest.CheckParsed(t, ps)
	})
}

func BenchmarkParse(b *testing.B) { crawlertest.Benchmark(b, "testdata/board.json", Parse) }
