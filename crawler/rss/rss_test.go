package rss

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/crawler/crawlertest"
	"github.com/gigscout/gigscout/internal/model"
)

const (
	wwrURL  = "https://weworkremotely.com/categories/remote-programming-jobs.rss"
	atomURL = "https://jobs.fieldnotes.example/feed.atom"
)

func TestContract(t *testing.T) {
	got := crawlertest.Run(t, crawlertest.Case{
		New: func(base string) (crawler.Source, error) {
			return New(crawler.Config{Name: "feeds", URLs: []string{wwrURL, atomURL}, BaseURL: base + "/lv"})
		},
		Handler: crawlertest.Files(t, map[string]string{
			"/lv/categories/remote-programming-jobs.rss": "testdata/wwr.xml",
			"/lv/feed.atom": "testdata/atom.xml",
		}),
		Want:        6,
		MaxRequests: 20,
	})
	crawlertest.Golden(t, "testdata/feeds.golden.json", got)
}

func parseFile(t *testing.T, file, publicURL string) map[string]model.Posting {
	t.Helper()
	body, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	ps, err := Parse(&crawler.Response{URL: publicURL, Body: body, Header: http.Header{}})
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]model.Posting{}
	for _, p := range ps {
		byID[p.ExternalID] = p
	}
	return byID
}

func TestFeedQuirks(t *testing.T) {
	ps := parseFile(t, "testdata/wwr.xml", wwrURL)
	for k, v := range parseFile(t, "testdata/atom.xml", atomURL) {
		ps[k] = v
	}
	const (
		lumen  = "https://weworkremotely.com/remote-jobs/lumen-analytics-data-cleaning-micro-internship-20-hours"
		tide   = "https://weworkremotely.com/remote-jobs/tidewater-labs-remote-intern-qa-automation-summer"
		quill  = "https://weworkremotely.com/remote-jobs/quillstone-press-copyediting-project-open-textbook-chapter"
		review = "https://weworkremotely.com/remote-jobs/portfolio-review-sessions-for-design-students"
		oral   = "tag:fieldnotes.example,2026:job/3141"
		social = "tag:fieldnotes.example,2026:job/3150"
	)
	tests := []struct {
		name  string
		id    string
		check func(p model.Posting) bool
	}{
		{"wwr title split on first colon", lumen, func(p model.Posting) bool {
			return p.Company == "Lumen Analytics" && p.Title == "Data Cleaning Micro-Internship (20 hours)"
		}},
		{"wwr title keeps later colons", tide, func(p model.Posting) bool {
			return p.Company == "Tidewater Labs" && p.Title == "Remote Intern: QA Automation (Summer)"
		}},
		{"wwr title with spaces trimmed", quill, func(p model.Posting) bool {
			return p.Company == "Quillstone Press" && p.Title == "Copyediting Project – Open Textbook Chapter"
		}},
		{"wwr title without company", review, func(p model.Posting) bool {
			return p.Company == "" && p.Title == "Portfolio review sessions for design students"
		}},
		{"wwr region as location", lumen, func(p model.Posting) bool { return len(p.Locations) == 1 && p.Locations[0] == "USA Only" }},
		{"wwr country when region empty", quill, func(p model.Posting) bool { return len(p.Locations) == 1 && p.Locations[0] == "Canada" }},
		{"wwr remote hint", review, func(p model.Posting) bool { return p.RemoteHint == "remote" }},
		{"wwr type", tide, func(p model.Posting) bool { return p.EmploymentType == "Internship" }},
		{"wwr skills and category as tags", lumen, func(p model.Posting) bool {
			return strings.Join(p.Tags, "|") == "Programming|Python|SQL|Pandas"
		}},
		{"wwr expires_at deadline", lumen, func(p model.Posting) bool {
			return p.Deadline != nil && p.Deadline.Format("2006-01-02T15:04") == "2026-08-12T16:05"
		}},
		{"rfc822 pubDate", review, func(p model.Posting) bool {
			return p.PostedAt != nil && p.PostedAt.Format("2006-01-02T15:04") == "2026-07-09T08:00"
		}},
		{"wwr header moved to company info", lumen, func(p model.Posting) bool {
			return p.CompanyInfo == "Headquarters: Portland, OR" && p.CompanyURL == "https://lumenanalytics.example" &&
				strings.HasPrefix(p.DescriptionHTML, "<p>Lumen Analytics helps") && !strings.Contains(p.DescriptionHTML, "<img")
		}},
		{"wwr empty headquarters", quill, func(p model.Posting) bool { return p.CompanyInfo == "" && p.CompanyURL == "http://quillstone.example" }},
		{"escaped description decoded exactly once", lumen, func(p model.Posting) bool {
			return strings.Contains(p.DescriptionHTML, "<ul><li>") && strings.Contains(p.DescriptionHTML, "Python &amp; pandas")
		}},
		{"cdata description kept as is", tide, func(p model.Posting) bool {
			return strings.Contains(p.DescriptionHTML, "Attach &lt;canvas&gt; screenshots") && p.CompanyInfo == "Headquarters: Lisbon, Portugal"
		}},
		{"empty guid falls back to link", quill, func(p model.Posting) bool { return p.URL == quill }},
		{"atom id, alternate link, content", oral, func(p model.Posting) bool {
			return p.URL == "https://jobs.fieldnotes.example/jobs/3141-oral-history-transcription" &&
				strings.HasPrefix(p.DescriptionHTML, "<p>Transcribe eight") && strings.Contains(p.DescriptionHTML, "Archivist &amp; mentor")
		}},
		{"atom published and updated in utc", oral, func(p model.Posting) bool {
			return p.PostedAt.Format("15:04") == "12:30" && p.UpdatedAt.Format("15:04") == "07:15"
		}},
		{"atom categories label or term", oral, func(p model.Posting) bool { return strings.Join(p.Tags, "|") == "Transcription|history" }},
		{"atom generic feed has no remote hint", oral, func(p model.Posting) bool { return p.RemoteHint == "" && p.Company == "" }},
		{"atom relative link resolved, summary fallback", social, func(p model.Posting) bool {
			return p.URL == "https://jobs.fieldnotes.example/jobs/3150-social-media-micro-internship" &&
				strings.HasPrefix(p.DescriptionHTML, "<p>Plan and schedule") && p.PostedAt != nil
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
	if _, ok := ps["tag:fieldnotes.example,2026:job/3151"]; ok {
		t.Error("entry without a title was emitted")
	}
	if len(ps) != 6 {
		t.Errorf("got %d postings, want 6 (duplicate guid dropped, untitled entry skipped)", len(ps))
	}
}

func TestErrors(t *testing.T) {
	crawlertest.ParseErrors(t, Parse, []crawlertest.BadBody{
		{Name: "html page", Body: "<html><body>down</body></html>", Want: "malformed feed"},
		{Name: "truncated", Body: `<?xml version="1.0"?><rss version="2.0"><channel><item><title>x`, Want: "malformed feed"},
		{Name: "json", Body: `{"jobs": []}`, Want: "malformed feed"},
	})
	news := []struct {
		name string
		cfg  crawler.Config
		want string
	}{
		{"no urls", crawler.Config{Name: "x"}, "urls is required"},
		{"relative url", crawler.Config{Name: "x", URLs: []string{"/feed.rss"}}, "urls[0]"},
		{"ftp url", crawler.Config{Name: "x", URLs: []string{wwrURL, "ftp://x.example/f"}}, "urls[1]"},
		{"bad base", crawler.Config{Name: "x", URLs: []string{wwrURL}, BaseURL: "nope"}, "base_url"},
	}
	for _, tt := range news {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := New(tt.cfg); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("New error %v, want %q", err, tt.want)
			}
		})
	}
}

// TestFailingFeed checks that one failing feed still lets the others emit
// and makes the run incomplete with an error naming the feed.
func TestFailingFeed(t *testing.T) {
	srv := httptestServer(t, crawlertest.Files(t, map[string]string{"/feed.atom": "testdata/atom.xml"}))
	src, err := New(crawler.Config{Name: "x", URLs: []string{"https://gone.example/missing.rss", atomURL}, BaseURL: srv})
	if err != nil {
		t.Fatal(err)
	}
	got, err := crawlertest.Crawl(context.Background(), src, crawlertest.Collector(t))
	if err == nil || !strings.Contains(err.Error(), "rss https://gone.example/missing.rss") || !strings.Contains(err.Error(), "404") {
		t.Fatalf("crawl error %v, want one naming the missing feed", err)
	}
	if len(got) != 2 {
		t.Fatalf("got %d postings from the good feed, want 2", len(got))
	}
}

// TestSharedFixtures parses every real We Work Remotely feed in ../shared.
func TestSharedFixtures(t *testing.T) {
	dir := crawlertest.SharedDir(t, "weworkremotely")
	files, _ := filepath.Glob(filepath.Join(dir, "*.xml"))
	if len(files) == 0 {
		t.Skipf("no fixtures in %s", dir)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			body, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			ps, err := Parse(&crawler.Response{URL: "https://weworkremotely.com/remote-jobs.rss", Body: body, Header: http.Header{}})
			if err != nil {
				t.Fatal(err)
			}
			if len(ps) == 0 || len(ps) != strings.Count(string(body), "<item>") {
				t.Fatalf("got %d postings for %d items", len(ps), strings.Count(string(body), "<item>"))
			}
			seen := map[string]bool{}
			for _, p := range ps {
				if p.Title == "" || p.URL == "" || p.ExternalID == "" || seen[p.ExternalID] {
					t.Errorf("bad posting %q %q %q (dup %v)", p.ExternalID, p.Title, p.URL, seen[p.ExternalID])
				}
				seen[p.ExternalID] = true
				if p.Company == "" || p.RemoteHint != "remote" || len(p.Locations) == 0 || p.PostedAt == nil || p.Deadline == nil {
					t.Errorf("%s: WWR fields missing: %+v", p.ExternalID, p)
				}
				if strings.Contains(p.DescriptionHTML, "&lt;p") || strings.Contains(p.DescriptionHTML, "Headquarters:") {
					t.Errorf("%s: description still escaped or carries the header", p.ExternalID)
				}
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	for _, file := range []string{"testdata/wwr.xml", "testdata/atom.xml"} {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`<rss><channel><item><title>A: b</title><link>/x</link><description>&lt;img&gt;&lt;p&gt;Headquarters:</description></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title><id>1</id></entry></feed>`))
	f.Fuzz(func(t *testing.T, body []byte) {
		ps, err := Parse(&crawler.Response{URL: "https://weworkremotely.com/f.rss", Body: body, Header: http.Header{}})
		if err != nil {
			return
		}
		crawlertest.CheckParsed(t, ps)
		for _, p := range ps {
			if !strings.HasPrefix(p.URL, "http") {
				t.Fatalf("bad url %q", p.URL)
			}
		}
	})
}

func BenchmarkParse(b *testing.B) {
	body, err := os.ReadFile("testdata/wwr.xml")
	if err != nil {
		b.Fatal(err)
	}
	resp := &crawler.Response{URL: wwrURL, Body: body, Header: http.Header{}}
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if _, err := Parse(resp); err != nil {
			b.Fatal(err)
		}
	}
}
