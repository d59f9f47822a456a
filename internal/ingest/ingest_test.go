package ingest

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/crawler/greenhouse"
	"github.com/gigscout/gigscout/index"
	"github.com/gigscout/gigscout/internal/redflag"
	"github.com/gigscout/gigscout/internal/store"
)

// boards serves Greenhouse boards whose answers the test sets per board.
type boards struct {
	mu      sync.Mutex
	jobs    map[string][]int // board -> job ids
	fault   map[string]func(w http.ResponseWriter, r *http.Request)
	robots  string            // robots.txt body; empty: 404
	company map[string]string // board -> company name, when not the board's name
}

func (b *boards) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b.mu.Lock()
	if r.URL.Path == "/robots.txt" && b.robots != "" {
		io.WriteString(w, b.robots)
		b.mu.Unlock()
		return
	}
	parts := strings.Split(r.URL.Path, "/") // /v1/boards/{board}/jobs
	if len(parts) != 5 {
		b.mu.Unlock()
		http.NotFound(w, r)
		return
	}
	board := parts[3]
	if f := b.fault[board]; f != nil {
		b.mu.Unlock() // a fault may hang: never hold the lock through it
		f(w, r)
		return
	}
	defer b.mu.Unlock()
	company := board
	if c := b.company[board]; c != "" {
		company = c
	}
	var js []string
	for _, id := range b.jobs[board] {
		js = append(js, fmt.Sprintf(`{"id": %d, "title": "Data project %d ", "company_name": "%s", "absolute_url": "https://job-boards.greenhouse.io/%s/jobs/%d",
			"location": {"name": "Remote (United States)"}, "content": "&lt;p&gt;Clean a data set in about 10 hours for $250.&lt;/p&gt;", "first_published": "2026-11-01T10:00:00-05:00"}`,
			id, id, company, board, id))
	}
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, `{"jobs": [%s], "meta": {"total": %d}}`, strings.Join(js, ","), len(js))
}

func (b *boards) set(board string, ids ...int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.jobs[board] = ids
	delete(b.fault, board)
}

func (b *boards) fail(board string, f func(w http.ResponseWriter, r *http.Request)) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.fault[board] = f
}

type harness struct {
	pipe    *Pipeline
	runner  *crawler.Runner
	sources map[string]crawler.Source
	boards  *boards
	now     *time.Time
}

func newHarness(t *testing.T, names ...string) *harness {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	st, err := store.Open(ctx, filepath.Join(dir, "db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	now := time.Date(2026, 11, 2, 8, 0, 0, 0, time.UTC)
	st.SetNow(func() time.Time { return now })
	ix, err := index.Open(filepath.Join(dir, "idx"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	b := &boards{jobs: map[string][]int{}, fault: map[string]func(http.ResponseWriter, *http.Request){}, company: map[string]string{}}
	srv := httptest.NewServer(b)
	t.Cleanup(srv.Close)
	col, err := crawler.NewCollector(crawler.Options{UserAgent: "t", AllowPrivate: true, RespectRobots: true,
		Timeout: 300 * time.Millisecond, MaxBody: 64 << 10, MaxRedirects: 3, Retries: 0, RobotsTTL: time.Nanosecond})
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	p := &Pipeline{Store: st, Index: ix, Engine: redflag.New(redflag.Options{}), Logger: log}
	h := &harness{pipe: p, runner: &crawler.Runner{Fetcher: col, Sink: p, Validators: st, Logger: log}, sources: map[string]crawler.Source{}, boards: b, now: &now}
	for _, n := range names {
		src, err := greenhouse.New(crawler.Config{Name: n, Board: n, BaseURL: srv.URL})
		if err != nil {
			t.Fatal(err)
		}
		h.sources[n] = src
	}
	return h
}

func (h *harness) crawl(t *testing.T, name string) *crawler.Run {
	t.Helper()
	*h.now = h.now.Add(time.Hour)
	run, _ := h.runner.Run(context.Background(), h.sources[name])
	return run
}

func (h *harness) open(t *testing.T, source string) int {
	t.Helper()
	st, err := h.pipe.Store.SourceStat(context.Background(), source)
	if err != nil {
		t.Fatal(err)
	}
	return st.Listings
}

func (h *harness) searchTotal(t *testing.T, q index.Query) int {
	t.Helper()
	res, err := h.pipe.Index.Search(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	return int(res.Total)
}

func TestLifecycle(t *testing.T) {
	h := newHarness(t, "acme")
	h.boards.set("acme", 1, 2, 3)
	if r := h.crawl(t, "acme"); r.Status != crawler.StatusOK || r.New != 3 {
		t.Fatalf("first run %+v", r)
	}
	h.boards.set("acme", 1, 2)
	r := h.crawl(t, "acme")
	if r.Closed != 1 || r.Unchanged != 2 || h.open(t, "acme") != 2 {
		t.Fatalf("closing: %+v, open %d", r, h.open(t, "acme"))
	}
	if n := h.searchTotal(t, index.Query{Source: []string{"acme"}}); n != 2 {
		t.Errorf("closed listing still in search: %d", n)
	}
	if n := h.searchTotal(t, index.Query{Source: []string{"acme"}, IncludeClosed: true}); n != 3 {
		t.Errorf("include_closed: %d", n)
	}

	h.boards.fail("acme", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(503) })
	r = h.crawl(t, "acme")
	if r.Status != crawler.StatusFailed || r.Closed != 0 || h.open(t, "acme") != 2 {
		t.Fatalf("failed run closed listings: %+v, open %d", r, h.open(t, "acme"))
	}
	h.boards.fail("acme", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"jobs": []}`)
	})
	if r = h.crawl(t, "acme"); r.Status != crawler.StatusOK || r.Closed != 2 {
		t.Fatalf("an empty but valid board closes everything: %+v", r)
	}

	h.boards.set("acme", 1, 2, 3)
	r = h.crawl(t, "acme")
	if r.Updated != 3 || h.open(t, "acme") != 3 {
		t.Fatalf("reopening: %+v, open %d", r, h.open(t, "acme"))
	}
	l, err := h.pipe.Store.Get(context.Background(), h.idOf(t, "acme", 3))
	if err != nil {
		t.Fatal(err)
	}
	if l.ClosedAt != nil || !l.FirstSeen.Before(l.LastSeen) {
		t.Errorf("reopened listing: closed %v first %v last %v", l.ClosedAt, l.FirstSeen, l.LastSeen)
	}
	if n := h.searchTotal(t, index.Query{Source: []string{"acme"}}); n != 3 {
		t.Errorf("reopened listings not searchable: %d", n)
	}
}

func (h *harness) idOf(t *testing.T, source string, job int) string {
	t.Helper()
	res, err := h.pipe.Index.Search(context.Background(), index.Query{Source: []string{source}, Text: fmt.Sprintf(`"project %d"`, job), IncludeClosed: true})
	if err != nil || len(res.Hits) != 1 {
		t.Fatalf("find job %d: %v %+v", job, err, res)
	}
	return res.Hits[0].ID
}

// TestFaultsStayWithTheirSource: every kind of fault is recorded on its
// own source's run; the other source completes; stored listings stay.
func TestFaultsStayWithTheirSource(t *testing.T) {
	type fault = func(w http.ResponseWriter, r *http.Request)
	hang := func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(3 * time.Second):
		}
	}
	faults := map[string]fault{
		"500":            func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(500) },
		"429":            func(w http.ResponseWriter, _ *http.Request) { w.Header().Set("Retry-After", "1"); w.WriteHeader(429) },
		"malformed JSON": func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, `{"jobs": [{"id": 1`) },
		"wrong content type": func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			io.WriteString(w, "<h1>down</h1>")
		},
		"404 board": func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(404) },
		"timeout":   hang,
		"slow body": func(w http.ResponseWriter, r *http.Request) {
			io.WriteString(w, `{"jobs": [`)
			w.(http.Flusher).Flush()
			hang(w, r)
		},
		"oversized body": func(w http.ResponseWriter, _ *http.Request) {
			io.WriteString(w, `{"jobs": [], "pad": "`+strings.Repeat("x", 100<<10)+`"}`)
		},
		"redirect loop": func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, r.URL.String(), http.StatusFound) },
		"connection reset": func(w http.ResponseWriter, _ *http.Request) {
			if conn, _, err := w.(http.Hijacker).Hijack(); err == nil {
				conn.(*net.TCPConn).SetLinger(0)
				conn.Close()
			}
		},
		"robots.txt disallow": nil, // robots.txt is set instead
	}
	for name, f := range faults {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, "good", "bad")
			h.boards.set("good", 1, 2)
			h.boards.set("bad", 10, 11, 12)
			h.crawl(t, "bad")
			if f == nil {
				h.boards.robots = "User-agent: *\nDisallow: /v1/boards/bad/\n"
			} else {
				h.boards.fail("bad", f)
			}
			var wg sync.WaitGroup
			runs := map[string]*crawler.Run{}
			var mu sync.Mutex
			for _, n := range []string{"good", "bad"} {
				wg.Add(1)
				go func() {
					defer wg.Done()
					r, _ := h.runner.Run(context.Background(), h.sources[n])
					mu.Lock()
					runs[n] = r
					mu.Unlock()
				}()
			}
			wg.Wait()
			if runs["good"].Status != crawler.StatusOK || runs["good"].New != 2 {
				t.Errorf("good source: %+v", runs["good"])
			}
			if runs["bad"].Status != crawler.StatusFailed || runs["bad"].Err() == nil {
				t.Errorf("bad source: %+v", runs["bad"])
			}
			if h.open(t, "bad") != 3 {
				t.Errorf("stored listings of the failing source: %d, want 3", h.open(t, "bad"))
			}
			st, _ := h.pipe.Store.SourceStat(context.Background(), "bad")
			if st.LastRun.Status != "failed" || st.LastRun.Error == "" || st.LastSuccess == nil {
				t.Errorf("failed run not recorded: %+v", st.LastRun)
			}
		})
	}
}

// TestOneResultPerOpportunity: the same job on two boards is one search
// result, which lists the other posting in also_at.
func TestOneResultPerOpportunity(t *testing.T) {
	h := newHarness(t, "acme", "acme-eu-mirror")
	h.boards.company["acme"], h.boards.company["acme-eu-mirror"] = "Acme, Inc.", "ACME Inc"
	h.boards.set("acme", 1, 2)
	h.boards.set("acme-eu-mirror", 1)
	h.crawl(t, "acme")
	h.crawl(t, "acme-eu-mirror")
	res, err := h.pipe.Index.Search(context.Background(), index.Query{Text: `"project 1"`})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 1 {
		t.Fatalf("the same opportunity on two boards gave %d results", res.Total)
	}
	l, err := h.pipe.Store.Get(context.Background(), res.Hits[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if l.Source != "acme" || len(l.AlsoAt) != 1 || l.AlsoAt[0].Source != "acme-eu-mirror" {
		t.Errorf("canonical %s also_at %+v", l.Source, l.AlsoAt)
	}
	if n := h.searchTotal(t, index.Query{Text: "project"}); n != 2 {
		t.Errorf("distinct jobs: %d results, want 2", n)
	}
}
