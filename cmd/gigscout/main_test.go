package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gigscout/gigscout/config"
	"github.com/gigscout/gigscout/internal/store"
	"github.com/gigscout/gigscout/internal/web"
)

// board serves a Greenhouse board whose answer the test can change.
type board struct {
	srv  *httptest.Server
	body atomic.Value // string
	code atomic.Int32
}

func newBoard(t *testing.T, file string) *board {
	t.Helper()
	b := &board{}
	b.setFile(t, file)
	b.code.Store(200)
	b.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		if r.URL.Path != "/gh/v1/boards/brightpath/jobs" || r.URL.Query().Get("content") != "true" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(int(b.code.Load()))
		io.WriteString(w, b.body.Load().(string))
	}))
	t.Cleanup(b.srv.Close)
	return b
}

func (b *board) setFile(t *testing.T, file string) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	b.body.Store(string(data))
}

// writeConfig writes a config whose one source reads the test board.
func writeConfig(t *testing.T, boardURL string) (path, dataDir string) {
	t.Helper()
	dir := t.TempDir()
	dataDir = filepath.Join(dir, "data")
	cfg := fmt.Sprintf(`data_dir: %s
server:
  addr: "127.0.0.1:0"
crawler:
  allow_private: true
  per_host_delay: 0s
  retries: 0
  timeout: 5s
sources:
  - name: brightpath
    kind: greenhouse
    board: brightpath
    base_url: %s/gh
`, dataDir, boardURL)
	path = filepath.Join(dir, "gigscout.yaml")
	if err := os.WriteFile(path, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, dataDir
}

// gigscout runs the command line and returns exit code, stdout and stderr.
func gigscout(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	env := func(k string) string {
		if k == "GIGSCOUT_LOG_LEVEL" {
			return "WARN"
		}
		return ""
	}
	code := run(ctx, args, strings.NewReader(""), &out, &errb, env)
	return code, out.String(), errb.String()
}

const boardFile = "../../crawler/greenhouse/testdata/board.json"

func TestCrawlAndSearchCommands(t *testing.T) {
	b := newBoard(t, boardFile)
	cfg, _ := writeConfig(t, b.srv.URL)

	code, out, errs := gigscout(t, "crawl", "--json", "--config", cfg)
	if code != 0 {
		t.Fatalf("crawl exit %d: %s", code, errs)
	}
	var sums []crawlSummary
	if err := json.Unmarshal([]byte(out), &sums); err != nil {
		t.Fatalf("crawl --json output %q: %v", out, err)
	}
	if len(sums) != 1 || sums[0].Fetched != 3 || sums[0].Errors != 0 || sums[0].New != 3 || sums[0].Status != "ok" {
		t.Fatalf("summary = %+v", sums)
	}

	code, out, errs = gigscout(t, "search", "--json", "--config", cfg, "data analysis")
	if code != 0 {
		t.Fatalf("search exit %d: %s", code, errs)
	}
	var res web.SearchResponse
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if res.Meta.Total != 1 || res.Data[0].Title != "Data Analysis Micro-Internship" {
		t.Fatalf("search found %+v", res)
	}

	// The unpaid volunteer post is high risk: hidden unless asked for.
	_, out, _ = gigscout(t, "search", "--json", "--config", cfg, "volunteer")
	json.Unmarshal([]byte(out), &res)
	if res.Meta.Total != 0 {
		t.Errorf("high-risk listing shown without include_flagged: %s", out)
	}
	_, out, _ = gigscout(t, "search", "--json", "--config", cfg, "--filter", "include_flagged=true", "volunteer")
	json.Unmarshal([]byte(out), &res)
	if res.Meta.Total != 1 || len(res.Data[0].Flags) == 0 || res.Data[0].Flags[0].ID != "UNPAID" {
		t.Errorf("include_flagged: %s", out)
	}

	code, _, errs = gigscout(t, "search", "--config", cfg, "--filter", "limit=500", "data")
	if code != 2 || !strings.Contains(errs, "limit must be between 1 and 100") {
		t.Errorf("bad filter: exit %d, %s", code, errs)
	}
	code, out, _ = gigscout(t, "sources", "--json", "--config", cfg)
	if code != 0 || !strings.Contains(out, `"listings": 3`) {
		t.Errorf("sources: %d %s", code, out)
	}
	code, out, errs = gigscout(t, "reindex", "--config", cfg)
	if code != 0 || !strings.Contains(out, "reindexed 3 listings (3 open)") || !strings.Contains(errs, "reindexing: 3 of 3") {
		t.Errorf("reindex: %d %q %q", code, out, errs)
	}
	_, out, _ = gigscout(t, "search", "--json", "--config", cfg, "data analysis")
	if !strings.Contains(out, "Data Analysis Micro-Internship") {
		t.Errorf("search after reindex: %s", out)
	}
}

func TestFailedRunsKeepListings(t *testing.T) {
	b := newBoard(t, boardFile)
	cfg, _ := writeConfig(t, b.srv.URL)
	if code, _, errs := gigscout(t, "crawl", "--config", cfg); code != 0 {
		t.Fatalf("first crawl: %s", errs)
	}
	for _, tt := range []struct {
		name string
		code int32
		body string
		want string
	}{
		{"server error", 500, `{"error":"boom"}`, "http 500 Internal Server Error: GET "},
		{"malformed JSON", 200, `{"jobs": [{"id": 1,`, "malformed JSON"},
		{"html page", 200, `<html>maintenance</html>`, "expected JSON"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b.code.Store(tt.code)
			b.body.Store(tt.body)
			code, out, errs := gigscout(t, "crawl", "--json", "--config", cfg)
			if code != 1 {
				t.Fatalf("exit %d, want 1 (%s)", code, errs)
			}
			if !strings.Contains(out, `"status": "failed"`) || !strings.Contains(out, tt.want) {
				t.Errorf("summary %s lacks the failure %q", out, tt.want)
			}
			_, out, _ = gigscout(t, "sources", "--json", "--config", cfg)
			if !strings.Contains(out, `"listings": 3`) || !strings.Contains(out, `"status": "failed"`) {
				t.Errorf("listings not kept or run not recorded: %s", out)
			}
		})
	}
}

func TestConfigErrorsExit2(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("sources:\n  - {name: a, kind: greenhouse, board: x, schedule: \"@evry 6h\"}\n"), 0o644)
	good, _ := writeConfig(t, "http://127.0.0.1:9")
	unknownFlag := filepath.Join(dir, "flags.yaml")
	os.WriteFile(unknownFlag, []byte("flags:\n  SCAM_EVERYTHING: {enabled: false}\n"), 0o644)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"bad cron", []string{"crawl", "--config", bad}, `sources[0].schedule: invalid cron spec "@evry 6h"`},
		{"missing file", []string{"serve", "--config", filepath.Join(dir, "none.yaml")}, "none.yaml"},
		{"unknown command", []string{"frobnicate"}, `unknown command "frobnicate"`},
		{"unknown flag id", []string{"flags", "--config", unknownFlag}, "flags.SCAM_EVERYTHING: unknown flag id"},
		{"unknown source", []string{"crawl", "--config", good, "nope"}, `unknown source "nope"`},
		{"bad search filter", []string{"search", "--config", good, "--filter", "colour=red", "x"}, `unknown parameter "colour"`},
		{"unknown flag", []string{"crawl", "--jsn"}, "flag provided but not defined: --jsn"},
		{"flag without value", []string{"crawl", "--config"}, "--config needs a value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := gigscout(t, tt.args...)
			if code != 2 || !strings.Contains(errs, tt.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", code, errs, tt.want)
			}
		})
	}
	if code, out, _ := gigscout(t, "version"); code != 0 || !strings.HasPrefix(out, "gigscout ") {
		t.Errorf("version: %d %q", code, out)
	}
}

// TestMainEndToEnd runs the real program on 127.0.0.1:0: it crawls the
// board at start (never crawled before), and the API finds the listings.
func TestMainEndToEnd(t *testing.T) {
	b := newBoard(t, boardFile)
	cfg, _ := writeConfig(t, b.srv.URL)
	m := mustServe(t, cfg)
	base := "http://" + m.Addr()

	var res web.SearchResponse
	waitFor(t, func() bool {
		getJSON(t, base+"/api/v1/search?q=data+analysis", &res)
		return res.Meta.Total == 1
	})
	if res.Data[0].Snippet == "" || !strings.Contains(res.Data[0].Snippet, "<mark>") {
		t.Errorf("no snippet: %+v", res.Data[0])
	}
	var one map[string]any
	if code := getJSON(t, base+"/api/v1/listings/"+res.Data[0].ID, &one); code != 200 || one["description_html"] == "" {
		t.Errorf("listing: %d %v", code, one)
	}
	var e struct {
		Error struct{ Code, Param, Message string } `json:"error"`
	}
	if code := getJSON(t, base+"/api/v1/search?limit=0", &e); code != 400 || e.Error.Param != "limit" {
		t.Errorf("limit=0: %d %+v", code, e)
	}
	if code := getJSON(t, base+"/api/v1/search?colour=red", &e); code != 400 || e.Error.Param != "colour" {
		t.Errorf("unknown param: %d %+v", code, e)
	}
	if code := getJSON(t, base+"/api/v1/listings/nope", &e); code != 404 || e.Error.Code != "not_found" {
		t.Errorf("missing listing: %d %+v", code, e)
	}
	for _, p := range []string{"/healthz", "/readyz"} {
		if code := getJSON(t, base+p, &one); code != 200 {
			t.Errorf("%s: %d", p, code)
		}
	}
	var srcs struct {
		Data []web.SourceInfo `json:"data"`
	}
	// Search finds the listings as soon as the batch is indexed; the run
	// is recorded (and counted in the metrics) a moment later.
	waitFor(t, func() bool {
		getJSON(t, base+"/api/v1/sources", &srcs)
		return len(srcs.Data) == 1 && srcs.Data[0].LastSuccess != nil
	})
	if d := srcs.Data[0]; d.Listings != 3 || d.Yield != 3 || d.NextRun == nil || d.LastRun.Status != "ok" {
		t.Errorf("sources: %+v %+v", d, d.SourceStat)
	}
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{`gigscout_crawl_runs_total{source="brightpath",status="ok"} 1`, "gigscout_crawl_postings_total", "go_goroutines"} {
		if !strings.Contains(string(body), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}

// TestIndexCatchesUpAfterCrash: a crawl writes the store while another
// process owns the index (or the process dies before indexing); the next
// start indexes from the store's seq and loses nothing.
func TestIndexCatchesUpAfterCrash(t *testing.T) {
	b := newBoard(t, boardFile)
	cfgPath, _ := writeConfig(t, b.srv.URL)
	e := &env{getenv: func(string) string { return "" }, configPath: cfgPath}
	cfg, err := e.config()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	m, err := Open(ctx, cfg, discardLogger(), OpenOptions{Index: true})
	if err != nil {
		t.Fatal(err)
	}
	m.Close()                                                           // an empty index exists, at seq 0
	m, err = Open(ctx, cfg, discardLogger(), OpenOptions{Index: false}) // store only: the index never hears of this crawl
	if err != nil {
		t.Fatal(err)
	}
	if runs, _ := m.Crawl(ctx, nil, nil); runs[0].New != 3 {
		t.Fatalf("crawl: %+v", runs[0])
	}
	m.Close()

	m, err = Open(ctx, cfg, discardLogger(), OpenOptions{Index: true})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if seq, _ := m.Index.Seq(); seq != 0 {
		t.Fatalf("index seq before catch-up = %d", seq)
	}
	n, err := m.CatchUp(ctx)
	if err != nil || n != 3 {
		t.Fatalf("catch-up applied %d, %v; want 3", n, err)
	}
	if c, _ := m.Index.Count(); c != 3 {
		t.Fatalf("index holds %d documents", c)
	}
}

func mustServe(t *testing.T, cfgPath string) *Main {
	t.Helper()
	e := &env{getenv: func(string) string { return "" }, configPath: cfgPath}
	cfg, err := e.config()
	if err != nil {
		t.Fatal(err)
	}
	m, err := Open(context.Background(), cfg, discardLogger(), OpenOptions{Index: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := m.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	if err := m.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	return m
}

func getJSON(t *testing.T, u string, v any) int {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("%s: %v", u, err)
	}
	return resp.StatusCode
}

// waitFor polls cond every 50ms for at most 10s.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	waitForWithin(t, 10*time.Second, cond)
}

// waitForWithin polls cond every 50 ms for at most d.
func waitForWithin(t *testing.T, d time.Duration, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(d); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("condition not met within %v", d)
}

// TestShippedSourcesBuild: every source of the shipped, demo and example
// configurations builds with its adapter.
func TestShippedSourcesBuild(t *testing.T) {
	env := map[string]string{"USAJOBS_API_KEY": "k", "USAJOBS_EMAIL": "me@example.edu"}
	files := map[string][]byte{"gigscout.yaml": config.Shipped, "demo.yaml": config.Demo}
	examples, _ := filepath.Glob("../../config/examples/*.yaml")
	for _, f := range examples {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		files[filepath.Base(f)] = data
	}
	for name, data := range files {
		t.Run(name, func(t *testing.T) {
			cfg, err := config.LoadData(data, name, func(k string) string { return env[k] })
			if err != nil {
				t.Fatal(err)
			}
			t.Setenv("USAJOBS_API_KEY", "k")
			t.Setenv("USAJOBS_EMAIL", "me@example.edu")
			srcs, err := buildSources(cfg)
			if err != nil {
				t.Fatal(err)
			}
			if len(srcs) != len(cfg.Sources) {
				t.Errorf("%d sources built of %d", len(srcs), len(cfg.Sources))
			}
		})
	}
}

// TestCommandsAskTheRunningServer: with a server answering at
// server.addr, search and reindex go through it (it owns the index).
func TestCommandsAskTheRunningServer(t *testing.T) {
	b := newBoard(t, boardFile)
	cfgPath, _ := writeConfig(t, b.srv.URL)
	m := mustServe(t, cfgPath)
	base := "http://" + m.Addr()
	var res web.SearchResponse
	var srcs struct {
		Data []web.SourceInfo `json:"data"`
	}
	waitFor(t, func() bool { // the server's first crawl is done and recorded
		getJSON(t, base+"/api/v1/sources", &srcs)
		return len(srcs.Data) == 1 && srcs.Data[0].LastSuccess != nil
	})
	getJSON(t, base+"/api/v1/search", &res)
	if res.Meta.Total != 2 { // the unpaid volunteer post is hidden
		t.Fatalf("search after the first crawl: %d results", res.Meta.Total)
	}
	// Point the command line at the running server.
	data, _ := os.ReadFile(cfgPath)
	os.WriteFile(cfgPath, []byte(strings.Replace(string(data), `addr: "127.0.0.1:0"`, `addr: "`+m.Addr()+`"`, 1)), 0o644)

	code, out, errs := gigscout(t, "search", "--json", "--config", cfgPath, "data")
	if code != 0 || !strings.Contains(out, "Data Analysis Micro-Internship") {
		t.Fatalf("search through the server: %d %s %s", code, out, errs)
	}
	code, out, errs = gigscout(t, "reindex", "--config", cfgPath)
	if code != 0 || !strings.Contains(out, "reindexed") || !strings.Contains(errs, "in the server running at") {
		t.Fatalf("reindex through the server: %d %q %q", code, out, errs)
	}
	getJSON(t, base+"/api/v1/search", &res)
	if res.Meta.Total != 2 {
		t.Errorf("after reindex: %d results", res.Meta.Total)
	}

	// A crawl beside the server writes only the store; the server's tailer
	// indexes the new listing within seconds.
	body := b.body.Load().(string)
	extra := `{"id": 99, "title": "Podcast Editing Micro-Internship", "company_name": "BrightPath Learning", "absolute_url": "https://job-boards.greenhouse.io/brightpath/jobs/99",
		"location": {"name": "Remote"}, "content": "&lt;p&gt;Edit three episodes, about 12 hours, $300.&lt;/p&gt;", "first_published": "2026-11-20T10:00:00Z"},`
	b.body.Store(strings.Replace(body, `"jobs": [`, `"jobs": [`+extra, 1))
	code, out, errs = gigscout(t, "crawl", "--json", "--config", cfgPath)
	if code != 0 || !strings.Contains(out, `"new": 1`) {
		t.Fatalf("crawl beside the server: %d %s %s", code, out, errs)
	}
	waitFor(t, func() bool {
		getJSON(t, base+"/api/v1/search?q=podcast", &res)
		return res.Meta.Total == 1
	})
}

// TestShutdownRecordsRunningCrawlAsPartial: Close cancels a crawl that is
// still waiting on a slow board; the run is recorded as partial.
func TestShutdownRecordsRunningCrawlAsPartial(t *testing.T) {
	started := make(chan struct{}, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		select {
		case started <- struct{}{}:
		default:
		}
		select { // hang until the client goes away (bounded)
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	}))
	defer srv.Close()
	cfgPath, _ := writeConfig(t, srv.URL)
	e := &env{getenv: func(string) string { return "" }, configPath: cfgPath}
	cfg, err := e.config()
	if err != nil {
		t.Fatal(err)
	}
	m, err := Open(context.Background(), cfg, discardLogger(), OpenOptions{Index: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	select {
	case <-started:
	case <-time.After(5 * time.Second):
		t.Fatal("the due crawl did not start")
	}
	dbPath := filepath.Join(cfg.DataDir, "gigscout.db")
	if err := m.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	st2, err := store.Open(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close()
	stat, err := st2.SourceStat(context.Background(), "brightpath")
	if err != nil {
		t.Fatal(err)
	}
	if stat.LastRun == nil || stat.LastRun.Status != "partial" {
		t.Fatalf("last run after shutdown: %+v", stat.LastRun)
	}
}

// TestMissingConfigFile: a --config that does not exist is a usage error
// (exit 2) naming the file, said once ("config: open ...", not "config:
// config: ...").
func TestMissingConfigFile(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope.yaml")
	var out, errb strings.Builder
	code := run(context.Background(), []string{"sources", "--config", missing}, strings.NewReader(""), &out, &errb, func(string) string { return "" })
	msg := errb.String()
	if code != 2 || !strings.Contains(msg, missing) || strings.Count(msg, "config:") != 1 {
		t.Errorf("exit %d: %q", code, msg)
	}
}
