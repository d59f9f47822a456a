package hackernews

import (
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

func routes(prefix string) map[string]string {
	return map[string]string{
		prefix + "/api/v1/search_by_date?tags=story,author_whoishiring&query=who%20is%20hiring": "testdata/stories.json",
		prefix + "/api/v1/search_by_date?tags=comment,story_49100000&hitsPerPage=1000&page=0":   "testdata/comments_page0.json",
		prefix + "/api/v1/search_by_date?tags=comment,story_49100000&hitsPerPage=1000&page=1":   "testdata/comments_page1.json",
	}
}

func TestContract(t *testing.T) {
	got := crawlertest.Run(t, crawlertest.Case{
		New: func(base string) (crawler.Source, error) {
			return New(crawler.Config{Name: "hn", BaseURL: base + "/hn"})
		},
		Handler:     crawlertest.Files(t, routes("/hn")),
		Want:        6,
		MaxRequests: 20,
	})
	crawlertest.Golden(t, "testdata/comments.golden.json", got)
}

func TestConfiguredStory(t *testing.T) {
	r := routes("/hn")
	delete(r, "/hn/api/v1/search_by_date?tags=story,author_whoishiring&query=who%20is%20hiring")
	crawlertest.Run(t, crawlertest.Case{
		New: func(base string) (crawler.Source, error) {
			return New(crawler.Config{Name: "hn", BaseURL: base + "/hn", Story: "https://news.ycombinator.com/item?id=49100000"})
		},
		Handler:     crawlertest.Files(t, r), // no story search served: it must be skipped
		Want:        6,
		MaxRequests: 10,
	})
}

func mustParse(t *testing.T, story string, files ...string) map[string]model.Posting {
	t.Helper()
	byID := map[string]model.Posting{}
	for _, file := range files {
		body, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		pg, err := ParseComments(&crawler.Response{URL: "test", Body: body, Header: http.Header{}}, story)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range pg.Postings {
			if _, dup := byID[p.ExternalID]; !dup {
				byID[p.ExternalID] = p
			}
		}
	}
	return byID
}

func TestPostingQuirks(t *testing.T) {
	ps := mustParse(t, "49100000", "testdata/comments_page0.json", "testdata/comments_page1.json")
	tests := []struct {
		name  string
		id    string
		check func(p model.Posting) bool
	}{
		{"replies, deleted and flagged comments skipped", "49100131", func(model.Posting) bool {
			_, reply := ps["49100420"]
			_, deleted := ps["49100455"]
			_, flagged := ps["49102100"]
			return len(ps) == 6 && !reply && !deleted && !flagged
		}},
		{"public item URL", "49100131", func(p model.Posting) bool { return p.URL == "https://news.ycombinator.com/item?id=49100131" }},
		{"company with its link", "49100131", func(p model.Posting) bool {
			return p.Company == "Lumenfold" && p.CompanyURL == "https://lumenfold.example"
		}},
		{"role part is the title", "49100131", func(p model.Posting) bool { return p.Title == "Data Analyst Intern (12 weeks)" }},
		{"remote part with a region", "49100131", func(p model.Posting) bool {
			return p.RemoteHint == "remote" && strings.Join(p.Locations, "|") == "Remote (US)"
		}},
		{"type part", "49100131", func(p model.Posting) bool { return p.EmploymentType == "Internship" }},
		{"pay part with an escaped slash", "49100131", func(p model.Posting) bool { return p.PayText == "$28/hr" && p.Pay == nil }},
		{"comment HTML kept as the description", "49100131", func(p model.Posting) bool {
			return strings.Contains(p.DescriptionHTML, "<p>We build energy dashboards") && strings.Contains(p.DescriptionHTML, "it&#x27;s")
		}},
		{"posted at from created_at_i", "49100131", func(p model.Posting) bool { return p.PostedAt != nil && p.PostedAt.Unix() == 1790867529 }},
		{"role with a comma", "49100388", func(p model.Posting) bool {
			return p.Title == "Founding Engineer, Backend" && p.Company == "Quarry Labs"
		}},
		{"city as location, ONSITE as hint", "49100388", func(p model.Posting) bool {
			return p.RemoteHint == "onsite" && strings.Join(p.Locations, "|") == "San Francisco, CA"
		}},
		{"salary range with k", "49100388", func(p model.Posting) bool {
			return p.PayText == "$150k–$190k + equity" && p.EmploymentType == "Full-time"
		}},
		{"contract role is a title, not a type", "49101002", func(p model.Posting) bool {
			return p.Title == "Contract technical writer (6-week project)" && p.EmploymentType == "Contract"
		}},
		{"euro hourly pay", "49101002", func(p model.Posting) bool { return p.PayText == "€45/hour" }},
		{"first copy across pages wins", "49101002", func(p model.Posting) bool { return strings.Contains(p.DescriptionHTML, "30 endpoints") }},
		{"no pipes: the first line is the title", "49101250", func(p model.Posting) bool {
			return p.Title == "Tessellate Health is hiring part-time student research assistants, remote within the US." && p.Company == "" && p.RemoteHint == ""
		}},
		{"no role: company and the rest of the line", "49101377", func(p model.Posting) bool {
			return p.Title == "Kiln & Co.: Berlin, Germany | Hybrid | Part-time" && p.Company == "Kiln & Co."
		}},
		{"hybrid hint, type, place", "49101377", func(p model.Posting) bool {
			return p.RemoteHint == "hybrid" && p.EmploymentType == "Part-time" && strings.Join(p.Locations, "|") == "Berlin, Germany"
		}},
		{"remote or onsite: remote, with the city", "49102040", func(p model.Posting) bool {
			return p.RemoteHint == "remote" && strings.Join(p.Locations, "|") == "Remote or Onsite (Toronto)"
		}},
		{"visa note is not a place", "49102040", func(p model.Posting) bool { return len(p.Locations) == 1 && p.Title == "Summer Intern, Mobile (iOS)" }},
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

func TestParseHeader(t *testing.T) {
	tests := []struct {
		line                                  string
		company, title, remote, typ, pay, loc string
	}{
		{"Acme | Senior Backend Engineer | Remote | Full-time", "Acme", "Senior Backend Engineer", "remote", "Full-time", "", ""},
		{"Acme | Remote Backend Engineer | USD 120k", "Acme", "Remote Backend Engineer", "remote", "", "USD 120k", ""},
		{"Acme | Software Engineering Intern | NYC | Hybrid (2 days remote)", "Acme", "Software Engineering Intern", "hybrid", "", "", "NYC"},
		{"Acme | Multiple roles | London, UK | ONSITE", "Acme", "Multiple roles", "onsite", "", "", "London, UK"},
		{"Acme (YC W24) - https://acme.example | ML Engineer", "Acme (YC W24)", "ML Engineer", "", "", "", ""},
		{"Acme | Remote, $90/hr", "Acme", "Acme: Remote, $90/hr", "remote", "", "Remote, $90/hr", ""},
		{"Just one line without separators", "", "Just one line without separators", "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			h := parseHeader(tt.line)
			got := []string{h.company, h.title, h.remote, h.employment, h.pay, strings.Join(h.locations, "|")}
			want := []string{tt.company, tt.title, tt.remote, tt.typ, tt.pay, tt.loc}
			if strings.Join(got, "\x00") != strings.Join(want, "\x00") {
				t.Errorf("parseHeader(%q)\n got %q\nwant %q", tt.line, got, want)
			}
		})
	}
	long := strings.Repeat("word ", 60)
	if h := parseHeader(long); len([]rune(h.title)) > maxTitle+1 || !strings.HasSuffix(h.title, "…") {
		t.Errorf("long title %q", h.title)
	}
}

func TestLatestStory(t *testing.T) {
	hits := []Hit{
		{ObjectID: "3", Title: "Ask HN: Who wants to be hired? (May 2027)", CreatedAtI: "300"},
		{ObjectID: "2", Title: "Ask HN: Freelancer? Seeking freelancer? (May 2027)", CreatedAtI: "200"},
		{ObjectID: "1", Title: "Ask HN: Who is hiring? (May 2027)", CreatedAtI: "100"},
		{ObjectID: "0", Title: "Ask HN: Who is hiring? (April 2027)", CreatedAtI: "50"},
		{ObjectID: "x", Title: "Ask HN: Who is hiring? (bad id)", CreatedAtI: "400"},
	}
	if got := LatestStory(hits); got != "1" {
		t.Errorf("LatestStory = %q, want 1", got)
	}
	if got := LatestStory(hits[:2]); got != "" {
		t.Errorf("LatestStory without a hiring thread = %q", got)
	}
}

func TestErrors(t *testing.T) {
	crawlertest.ParseErrors(t, Parse, []crawlertest.BadBody{
		{Name: "html error page", Body: "<html>down</html>", Want: "expected JSON"},
		{Name: "malformed", Body: `{"hits": [`, Want: "malformed JSON"},
		{Name: "no hits", Body: `{"nbHits": 0}`, Want: "no hits array"},
		{Name: "wrong type", Body: `{"hits": [{"comment_text": 3}]}`, Want: "malformed JSON"},
	})
	if _, err := New(crawler.Config{Name: "hn", Story: "abc"}); err == nil || !strings.Contains(err.Error(), "story") {
		t.Errorf("New with a bad story: %v", err)
	}
	t.Run("no hiring thread found", func(t *testing.T) {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.Write([]byte(`{"hits":[{"objectID":"5","title":"Ask HN: Who wants to be hired? (May 2027)"}],"nbPages":1}`))
		}))
		defer srv.Close()
		src, _ := New(crawler.Config{Name: "hn", BaseURL: srv.URL})
		_, err := crawlertest.Crawl(t.Context(), src, crawlertest.Collector(t))
		if err == nil || !strings.Contains(err.Error(), "Who is hiring") {
			t.Fatalf("err %v", err)
		}
	})
	t.Run("404 names the story", func(t *testing.T) {
		src := crawlertest.NotFound(t, func(base string) (crawler.Source, error) {
			return New(crawler.Config{Name: "hn", BaseURL: base, Story: "123"})
		}, "story 123")
		if src.Kind() != "hackernews" || src.Name() != "hn" {
			t.Fatal("bad name or kind")
		}
	})
}

// TestSharedFixtures parses every real HN payload in ../shared (a copy
// reshaped by its author: top-level story_id and hits[]).
func TestSharedFixtures(t *testing.T) {
	dir := crawlertest.SharedDir(t, "hackernews")
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(files) == 0 {
		t.Skipf("no fixtures in %s", dir)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			ps := mustParse(t, "", file)
			if len(ps) == 0 {
				t.Fatal("no postings")
			}
			for id, p := range ps {
				if p.Title == "" || !strings.HasPrefix(p.URL, ItemURL) || id == "" || p.PostedAt == nil {
					t.Errorf("bad posting %q %q %q", id, p.Title, p.URL)
				}
				t.Logf("%s: %q by %q at %v (%s, %s, %s)", id, p.Title, p.Company, p.Locations, p.RemoteHint, p.EmploymentType, p.PayText)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	for _, file := range []string{"testdata/comments_page0.json", "testdata/comments_page1.json"} {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"story_id":1,"hits":[{"objectID":"2","parent_id":1,"comment_text":"a|b|<p>"},{"objectID":"3","parent_id":"1","comment_text":"|||"}]}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		ps, err := Parse(&crawler.Response{URL: "fuzz", Body: body, Header: http.Header{}})
		if err != nil {
			return
		}
		crawlertest.CheckParsed(t, ps)
	})
}

func BenchmarkParse(b *testing.B) {
	body, err := os.ReadFile("testdata/comments_page0.json")
	if err != nil {
		b.Fatal(err)
	}
	resp := &crawler.Response{URL: "bench", Body: body, Header: http.Header{}}
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if _, err := ParseComments(resp, "49100000"); err != nil {
			b.Fatal(err)
		}
	}
}
