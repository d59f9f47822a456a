package remoteok

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
			return New(crawler.Config{Name: "remoteok", BaseURL: base + "/rok"})
		},
		Handler: crawlertest.Files(t, map[string]string{
			"/rok/api": "testdata/api.json",
		}),
		Want:        4,
		MaxRequests: 20,
	})
	crawlertest.Golden(t, "testdata/api.golden.json", got)
}

func TestPostingQuirks(t *testing.T) {
	ps := crawlertest.ParseByID(t, Parse, "test", "testdata/api.json")
	tests := []struct {
		name  string
		id    string
		check func(p model.Posting) bool
	}{
		{"legal notice and id-less promo skipped, repeat kept once", "1140211", func(model.Posting) bool { return len(ps) == 4 }},
		{"entity-escaped company decoded", "1140211", func(p model.Posting) bool { return p.Company == "Lumen & Atlas Analytics" }},
		{"title trimmed", "1140211", func(p model.Posting) bool { return p.Title == "Data Visualization Micro-Internship" }},
		{"first copy of a repeated id wins", "1140211", func(p model.Posting) bool { return strings.Contains(p.DescriptionHTML, "three dashboards") }},
		{"trailing comma of location dropped", "1140211", func(p model.Posting) bool { return len(p.Locations) == 1 && p.Locations[0] == "Toronto" }},
		{"tags deduplicated case-insensitively", "1140211", func(p model.Posting) bool { return len(p.Tags) == 4 && p.Tags[2] == "student" }},
		{"salary 0 means unknown", "1140211", func(p model.Posting) bool { return p.Pay == nil && p.PayText == "" }},
		{"every listing remote", "1140211", func(p model.Posting) bool { return p.RemoteHint == "remote" }},
		{"host lower-cased in the link back", "1140211", func(p model.Posting) bool {
			return p.URL == "https://remoteok.com/remote-jobs/remote-data-visualization-micro-internship-lumen-atlas-1140211"
		}},
		{"numeric id kept as text", "1140198", func(p model.Posting) bool { return p.ExternalID == "1140198" }},
		{"mojibake in title repaired", "1140198", func(p model.Posting) bool { return p.Title == "Frontend Developer Intern — React" }},
		{"mojibake in description repaired", "1140198", func(p model.Posting) bool { return strings.Contains(p.DescriptionHTML, "end to end — from") }},
		{"structured yearly USD salary", "1140198", func(p model.Posting) bool {
			return p.Pay != nil && p.Pay.Min == 40000 && p.Pay.Max == 52000 && p.Pay.Currency == "USD" && p.Pay.Unit == model.UnitYear && p.Pay.Source == model.FromStructured
		}},
		{"epoch as a string", "1140198", func(p model.Posting) bool { return p.PostedAt != nil && p.PostedAt.Unix() == 1790020800 }},
		{"repeated city part kept once", "1140198", func(p model.Posting) bool { return p.Locations[0] == "Austin, Texas, United States" }},
		{"employer apply url kept apart from the link back", "1140198", func(p model.Posting) bool {
			return p.ApplyURL == "https://kettlewire.example/careers/frontend-intern?ref=remoteok" && strings.HasPrefix(p.URL, "https://remoteok.com/")
		}},
		{"relative url made absolute on remoteok.com", "1140177", func(p model.Posting) bool {
			return p.URL == "https://remoteok.com/remote-jobs/remote-grant-writing-project-fernhill-trust-1140177"
		}},
		{"no epoch: ISO date", "1140177", func(p model.Posting) bool {
			return p.PostedAt != nil && p.PostedAt.Format("2006-01-02T15:04") == "2026-09-20T09:30"
		}},
		{"empty location: none", "1140177", func(p model.Posting) bool { return p.Locations == nil }},
		{"only a maximum salary", "1140177", func(p model.Posting) bool { return p.Pay != nil && p.Pay.Min == 60000 && p.Pay.Max == 60000 }},
		{"null tags", "1140177", func(p model.Posting) bool { return p.Tags == nil }},
		{"no url: slug page", "1140150", func(p model.Posting) bool {
			return p.URL == "https://remoteok.com/remote-jobs/remote-qa-tester-freelance-orbitbay-1140150"
		}},
		{"min above max swapped", "1140150", func(p model.Posting) bool { return p.Pay.Min == 45000 && p.Pay.Max == 70000 }},
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

func TestFixMojibake(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain ascii", "plain ascii"},
		{"caf\u00e9 na\u00efve", "caf\u00e9 na\u00efve"}, // genuine Latin-1 range text is kept
		{"We\u00e2\u0080\u0099re hiring", "We\u2019re hiring"},
		{"already \u2014 fine", "already \u2014 fine"},
		{"\u00c3\u00a9t\u00c3\u00a9", "\u00e9t\u00e9"},
	}
	for _, tt := range tests {
		if got := fixMojibake(tt.in); got != tt.want {
			t.Errorf("fixMojibake(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestErrors(t *testing.T) {
	crawlertest.ParseErrors(t, Parse, []crawlertest.BadBody{
		{Name: "html error page", Body: "<html>blocked</html>", Want: "expected JSON"},
		{Name: "malformed", Body: `[{"id": "1", `, Want: "malformed JSON"},
		{Name: "object instead of array", Body: `{"legal": "x"}`, Want: "malformed JSON"},
		{Name: "job with a wrong type", Body: `[{"legal": "x"}, {"id": "1", "position": "X", "tags": "a,b"}]`, Want: "element 1"},
	})
	t.Run("404 is an error", func(t *testing.T) {
		src := crawlertest.NotFound(t, func(base string) (crawler.Source, error) { return New(crawler.Config{Name: "remoteok", BaseURL: base}) }, "remoteok")
		if src.Kind() != "remoteok" || src.Name() != "remoteok" {
			t.Fatal("bad name or kind")
		}
	})
}

// TestSharedFixtures parses every real Remote OK payload in ../shared.
func TestSharedFixtures(t *testing.T) {
	crawlertest.Fixtures(t, "remoteok", "*.json", Parse, func(t *testing.T, id string, p model.Posting) {
		if p.Title == "" || !strings.HasPrefix(p.URL, "https://remoteok.com/") || id == "" {
			t.Errorf("bad posting %q %q %q", id, p.Title, p.URL)
		}
		if strings.Contains(p.Company, "&amp;") || strings.Contains(p.Title, "\u00e2\u0080") {
			t.Errorf("%s: undecoded company or title %q %q", id, p.Company, p.Title)
		}
	})
}

func FuzzParse(f *testing.F) {
	if b, err := os.ReadFile("testdata/api.json"); err == nil {
		f.Add(b)
	}
	f.Add([]byte(`[{"legal":"x"},{"id":7,"position":" a\u00e2\u0080\u0094 ","salary_min":"1e400","url":"//x"}]`))
	f.Add([]byte(`[1,"x",null,{"id":null}]`))
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

func BenchmarkParse(b *testing.B) { crawlertest.Benchmark(b, "testdata/api.json", Parse) }
