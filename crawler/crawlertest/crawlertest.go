// Package crawlertest holds the contract every source adapter passes: run
// against an httptest server on 127.0.0.1 through the real collector, it
// must yield stable ids, no duplicates, the required fields, terminate,
// and honor cancellation and its emit callback's errors.
package crawlertest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"mime"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

var update = flag.Bool("update", false, "rewrite golden files")

// Case describes one adapter run for the contract.
type Case struct {
	// New builds the source with base as its base_url (the test server's URL,
	// with any path prefix the case wants).
	New func(base string) (crawler.Source, error)
	// Handler serves the source's endpoints.
	Handler http.Handler
	// Want is how many postings the crawl must yield; 0 means at least one.
	Want int
	// MaxRequests bounds the requests one crawl may make (paging must
	// terminate); default 200.
	MaxRequests int
}

// Collector returns a real collector for tests: private targets allowed
// (the server is on 127.0.0.1), robots.txt honored, no delays, short
// timeouts and backoff.
func Collector(tb testing.TB) *crawler.Collector {
	tb.Helper()
	c, err := crawler.NewCollector(crawler.Options{
		UserAgent: "gigscout-test/1.0", RespectRobots: true, AllowPrivate: true,
		Parallelism: 2, Timeout: 10 * time.Second, MaxBody: 10 << 20,
		Retries: 1, BackoffBase: 10 * time.Millisecond, BackoffMax: 100 * time.Millisecond,
	})
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// Crawl runs src once through f and returns what it emitted.
func Crawl(ctx context.Context, src crawler.Source, f crawler.Fetcher) ([]model.Posting, error) {
	var got []model.Posting
	err := src.Crawl(ctx, f, func(p model.Posting) error {
		got = append(got, p)
		return nil
	})
	return got, err
}

// Run checks the contract for c and returns the postings of the first
// crawl, sorted by ExternalID, for golden comparison.
func Run(t *testing.T, c Case) []model.Posting {
	t.Helper()
	var requests atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		c.Handler.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	maxReq := c.MaxRequests
	if maxReq == 0 {
		maxReq = 200
	}
	src, err := c.New(srv.URL)
	if err != nil {
		t.Fatalf("New(%s): %v", srv.URL, err)
	}
	col := Collector(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	first, err := Crawl(ctx, src, col)
	if err != nil {
		t.Fatalf("crawl: %v", err)
	}
	if n := requests.Load(); n > int64(maxReq) {
		t.Fatalf("crawl made %d requests, more than %d: paging does not terminate?", n, maxReq)
	}
	checkPostings(t, first, c.Want)

	t.Run("stable ids", func(t *testing.T) {
		second, err := Crawl(ctx, src, col)
		if err != nil {
			t.Fatalf("second crawl: %v", err)
		}
		if a, b := ids(first), ids(second); strings.Join(a, ",") != strings.Join(b, ",") {
			t.Fatalf("ids differ between two crawls:\n%v\n%v", a, b)
		}
	})
	t.Run("cancelled before start", func(t *testing.T) {
		cctx, ccancel := context.WithCancel(context.Background())
		ccancel()
		n := 0
		err := src.Crawl(cctx, col, func(model.Posting) error { n++; return nil })
		if err == nil {
			t.Fatal("crawl with a cancelled context returned nil")
		}
		if n > 0 {
			t.Fatalf("crawl with a cancelled context emitted %d postings", n)
		}
	})
	t.Run("emit error stops the crawl", func(t *testing.T) {
		stop := errors.New("stop here")
		n := 0
		err := src.Crawl(ctx, col, func(model.Posting) error { n++; return stop })
		if !errors.Is(err, stop) {
			t.Fatalf("crawl returned %v, want the emit error", err)
		}
		if n != 1 {
			t.Fatalf("crawl called emit %d times after it failed, want 1", n)
		}
	})
	t.Run("cancel mid-crawl", func(t *testing.T) {
		cctx, ccancel := context.WithCancel(ctx)
		defer ccancel()
		n := 0
		err := src.Crawl(cctx, col, func(model.Posting) error {
			n++
			ccancel()
			return cctx.Err()
		})
		if err == nil || n != 1 {
			t.Fatalf("crawl cancelled at the first posting: err %v after %d postings, want an error after 1", err, n)
		}
	})
	sort.Slice(first, func(i, j int) bool { return first[i].ExternalID < first[j].ExternalID })
	return first
}

func ids(ps []model.Posting) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.ExternalID
	}
	sort.Strings(out)
	return out
}

func checkPostings(t *testing.T, ps []model.Posting, want int) {
	t.Helper()
	if want > 0 && len(ps) != want {
		t.Errorf("got %d postings, want %d", len(ps), want)
	}
	if len(ps) == 0 {
		t.Fatal("crawl yielded no postings")
	}
	seen := map[string]bool{}
	for i, p := range ps {
		where := fmt.Sprintf("posting %d (%s)", i, p.ExternalID)
		if p.ExternalID == "" {
			t.Errorf("%s: no external id", where)
		}
		if seen[p.ExternalID] {
			t.Errorf("%s: duplicate external id", where)
		}
		seen[p.ExternalID] = true
		if strings.TrimSpace(p.Title) == "" || p.Title != strings.TrimSpace(p.Title) {
			t.Errorf("%s: title %q empty or untrimmed", where, p.Title)
		}
		if u, err := url.Parse(p.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			t.Errorf("%s: URL %q is not absolute http(s)", where, p.URL)
		}
		if p.Company != strings.TrimSpace(p.Company) {
			t.Errorf("%s: company %q untrimmed", where, p.Company)
		}
	}
}

// Files serves testdata files by request URI: routes maps a path, or a path
// with its query ("/api/offers/?page=2"), to a file. The path with query
// wins over the bare path. Unknown paths get 404. The content type comes
// from the file's extension.
func Files(tb testing.TB, routes map[string]string) http.Handler {
	tb.Helper()
	bodies := map[string][]byte{}
	for route, file := range routes {
		b, err := os.ReadFile(file)
		if err != nil {
			tb.Fatalf("crawlertest: %v", err)
		}
		bodies[route] = b
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, ok := bodies[r.URL.RequestURI()]
		file := routes[r.URL.RequestURI()]
		if !ok {
			body, ok = bodies[r.URL.Path]
			file = routes[r.URL.Path]
		}
		if !ok {
			http.NotFound(w, r)
			return
		}
		ct := mime.TypeByExtension(filepath.Ext(file))
		if ct == "" {
			ct = "application/octet-stream"
		}
		w.Header().Set("Content-Type", ct)
		w.Write(body)
	})
}

// Golden compares v, as indented JSON, with the golden file path; with
// -update it rewrites the file instead.
func Golden(t *testing.T, path string, v any) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	got := buf.Bytes()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the test with -update to create it)", err)
	}
	if string(want) != string(got) {
		t.Errorf("%s differs from the output (run with -update after checking):\n%s", path, diff(string(want), string(got)))
	}
}

// diff shows the first differing lines.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, a, b)
		}
	}
	return ""
}

// SharedDir returns ../shared/fixtures/<kind> relative to the repo root,
// found by walking up from the working directory, or skips the test with a
// message when it is absent.
func SharedDir(t testing.TB, kind string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			shared := filepath.Join(dir, "..", "shared", "fixtures")
			if _, err := os.Stat(shared); err != nil {
				t.Skipf("shared fixtures not found at %s: skipping the conformance test (CI has them)", shared)
			}
			p := filepath.Join(shared, kind)
			if _, err := os.Stat(p); err != nil {
				t.Skipf("shared/fixtures has no %s payloads: nothing to check", kind)
			}
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("repository root not found: skipping the conformance test")
		}
		dir = parent
	}
}

// Benchmark measures parse on the body of file (a testdata payload).
func Benchmark(b *testing.B, file string, parse func(*crawler.Response) ([]model.Posting, error)) {
	body, err := os.ReadFile(file)
	if err != nil {
		b.Fatal(err)
	}
	resp := &crawler.Response{URL: "bench", Body: body, Header: http.Header{}}
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if _, err := parse(resp); err != nil {
			b.Fatal(err)
		}
	}
}

// Fixtures is the conformance test over the real payloads of kind in
// ../shared/fixtures (files matching pattern): each parses with parse into
// at least one posting, every posting has a title, a URL and an id, no id
// comes twice, and check (when not nil) passes for each. It skips with a
// message when ../shared is absent.
func Fixtures(t *testing.T, kind, pattern string, parse func(*crawler.Response) ([]model.Posting, error),
	check func(t *testing.T, id string, p model.Posting)) {
	t.Helper()
	dir := SharedDir(t, kind)
	files, _ := filepath.Glob(filepath.Join(dir, pattern))
	if len(files) == 0 {
		t.Skipf("no fixtures matching %s in %s", pattern, dir)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			body, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			ps, err := parse(&crawler.Response{URL: file, Body: body, Header: http.Header{}})
			if err != nil {
				t.Fatal(err)
			}
			if len(ps) == 0 {
				t.Fatal("no postings")
			}
			seen := map[string]bool{}
			for _, p := range ps {
				if p.ExternalID == "" || p.Title == "" || p.URL == "" {
					t.Errorf("posting without id, title or URL: %q %q %q", p.ExternalID, p.Title, p.URL)
				}
				if seen[p.ExternalID] {
					t.Errorf("%s: id comes twice", p.ExternalID)
				}
				seen[p.ExternalID] = true
				if check != nil {
					check(t, p.ExternalID, p)
				}
			}
		})
	}
}

// ParseByID parses each testdata file with parse (as the body of a response
// from url, or from the file's own path when url is empty) and returns the
// postings by id. An id that one response yields twice fails the test
// (every parser keeps the first of a repeated job); across files, as across
// a board's pages, the first file's posting wins.
func ParseByID(tb testing.TB, parse func(*crawler.Response) ([]model.Posting, error), url string, files ...string) map[string]model.Posting {
	tb.Helper()
	byID := map[string]model.Posting{}
	for _, file := range files {
		body, err := os.ReadFile(file)
		if err != nil {
			tb.Fatal(err)
		}
		u := url
		if u == "" {
			u = file
		}
		ps, err := parse(&crawler.Response{URL: u, Body: body, Header: http.Header{}})
		if err != nil {
			tb.Fatalf("%s: %v", file, err)
		}
		inFile := map[string]bool{}
		for _, p := range ps {
			if inFile[p.ExternalID] {
				tb.Fatalf("%s: %s emitted twice", file, p.ExternalID)
			}
			inFile[p.ExternalID] = true
			if _, earlier := byID[p.ExternalID]; !earlier {
				byID[p.ExternalID] = p
			}
		}
	}
	return byID
}

// BadBody is a response body a parser must refuse, and a piece of the error
// it must give (naming what was wrong, for the source's error in the log).
type BadBody struct{ Name, Body, Want string }

// ParseErrors checks that parse refuses each body with an error holding Want.
func ParseErrors(t *testing.T, parse func(*crawler.Response) ([]model.Posting, error), bodies []BadBody) {
	t.Helper()
	for _, b := range bodies {
		t.Run(b.Name, func(t *testing.T) {
			_, err := parse(&crawler.Response{URL: "u", Body: []byte(b.Body), Header: http.Header{}})
			if err == nil || !strings.Contains(err.Error(), b.Want) {
				t.Fatalf("Parse error %v, want %q", err, b.Want)
			}
		})
	}
}

// CheckParsed fails t when a parser's postings break what every adapter
// keeps, whatever its input (the fuzz targets call it): an id on each and no
// id twice, a trimmed non-empty title, a trimmed company, and a pay range
// whose minimum is not above its maximum.
func CheckParsed(t testing.TB, ps []model.Posting) {
	t.Helper()
	seen := map[string]bool{}
	for _, p := range ps {
		if p.ExternalID == "" || seen[p.ExternalID] {
			t.Fatalf("posting id %q empty or repeated", p.ExternalID)
		}
		seen[p.ExternalID] = true
		if p.Title == "" || p.Title != strings.TrimSpace(p.Title) || p.Company != strings.TrimSpace(p.Company) {
			t.Fatalf("%s: title %q or company %q empty or untrimmed", p.ExternalID, p.Title, p.Company)
		}
		if p.Pay != nil && p.Pay.Min > p.Pay.Max {
			t.Fatalf("%s: pay minimum above its maximum: %+v", p.ExternalID, p.Pay)
		}
	}
}

// NotFound crawls a source whose every endpoint answers 404 (newSource gets
// the server's URL as its base): the crawl must fail with no postings, with
// an error that says 404 and names what was asked for (want: "lever
// gone-co", "story 123"). It returns the source for further checks.
func NotFound(t *testing.T, newSource func(base string) (crawler.Source, error), want string) crawler.Source {
	t.Helper()
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	src, err := newSource(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	ps, err := Crawl(t.Context(), src, Collector(t))
	if err == nil || len(ps) != 0 || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "404") {
		t.Fatalf("crawl of a 404: error %v with %d postings; want an error naming %q and 404", err, len(ps), want)
	}
	return src
}
