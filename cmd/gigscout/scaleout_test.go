package main

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"

	"github.com/gigscout/gigscout/internal/store/storetest"
)

// scaleBoard is a Greenhouse board on 127.0.0.1 that counts the requests
// for its jobs. With hold set, its first request waits until release is
// closed (a crawl held mid-way, for the kill).
type scaleBoard struct {
	srv     *httptest.Server
	name    string
	fetches atomic.Int64
	held    chan struct{} // closed when the first request arrived (hold only)
	release chan struct{}
	once    sync.Once
	// latency is added to every answer (a remote board's round trip);
	// with revise set, each answer revises every description (a crawl
	// then updates every listing).
	latency time.Duration
	revise  bool
}

func newScaleBoard(t testing.TB, name string, n int, hold bool) *scaleBoard {
	b := &scaleBoard{name: name}
	if hold {
		b.held, b.release = make(chan struct{}), make(chan struct{})
	}
	b.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/gh/v1/boards/"+name+"/jobs" {
			http.NotFound(w, r)
			return
		}
		k := b.fetches.Add(1)
		if k == 1 && b.held != nil {
			close(b.held)
			select {
			case <-b.release:
			case <-time.After(90 * time.Second):
			}
		}
		if b.latency > 0 {
			time.Sleep(b.latency)
		}
		rev := int64(0)
		if b.revise {
			rev = k
		}
		type job struct {
			ID          int64             `json:"id"`
			Title       string            `json:"title"`
			CompanyName string            `json:"company_name"`
			AbsoluteURL string            `json:"absolute_url"`
			Location    map[string]string `json:"location"`
			Content     string            `json:"content"`
			UpdatedAt   string            `json:"updated_at"`
		}
		jobs := make([]job, n)
		for i := range jobs {
			w1, w2 := skillWords[i%len(skillWords)], skillWords[(i/3)%len(skillWords)]
			jobs[i] = job{ID: int64(1000 + i), Title: fmt.Sprintf("%s %s micro-internship %s %d", w1, w2, name, i),
				CompanyName: name + " labs", AbsoluteURL: fmt.Sprintf("https://jobs.example.org/%s/%d", name, i),
				Location: map[string]string{"name": "Remote (United States)"},
				Content: fmt.Sprintf("&lt;p&gt;%s project %d (revision %d): build a %s report with %s. About %d hours over 3 weeks, paid $%d "+
					"for the project. You report to our head of %s. Deliverables: a report and a slide deck.&lt;/p&gt;",
					name, i, rev, w1, w2, 10+i%30, 200+(i%20)*25, w2),
				UpdatedAt: "2026-11-20T10:00:00Z"}
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"jobs": jobs, "meta": map[string]int{"total": n}})
	}))
	t.Cleanup(func() {
		if b.release != nil {
			b.once.Do(func() { close(b.release) })
		}
		b.srv.Close()
	})
	return b
}

// proc is one gigscout process of the test.
type proc struct {
	name string
	cmd  *exec.Cmd
	log  *syncBuffer
	addr string // search nodes: where they serve
	done chan struct{}
}

// scaleCluster runs gigscout processes on one PostgreSQL store.
type scaleCluster struct {
	t       *testing.T
	bin     string
	dir     string
	cfgPath string
	procs   []*proc
}

func (c *scaleCluster) start(name string, args ...string) *proc {
	c.t.Helper()
	data := filepath.Join(c.dir, name)
	cmd := exec.Command(c.bin, append([]string{"--config", c.cfgPath, "--data", data}, args...)...)
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GIGSCOUT_") && !strings.HasPrefix(kv, "COLLY_") {
			env = append(env, kv)
		}
	}
	cmd.Env = append(env, "GIGSCOUT_LOG_LEVEL=info")
	p := &proc{name: name, cmd: cmd, log: &syncBuffer{}, done: make(chan struct{})}
	pr, pw := io.Pipe()
	cmd.Stderr = pw
	cmd.Stdout = p.log
	addrCh := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pr)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		re := regexp.MustCompile(`serving as a search node on http://([^/]+)/`)
		for sc.Scan() {
			line := sc.Text()
			p.log.Write([]byte(line + "\n"))
			if m := re.FindStringSubmatch(line); m != nil {
				addrCh <- m[1]
			}
		}
	}()
	if err := cmd.Start(); err != nil {
		c.t.Fatal(err)
	}
	go func() {
		cmd.Wait()
		pw.Close()
		close(p.done)
	}()
	c.procs = append(c.procs, p)
	if len(args) > 0 && args[0] == "serve" {
		select {
		case p.addr = <-addrCh:
		case <-p.done:
			c.t.Fatalf("%s exited:\n%s", name, p.log.String())
		case <-time.After(60 * time.Second):
			c.t.Fatalf("%s did not start serving within 60s:\n%s", name, p.log.String())
		}
	}
	return p
}

// stopAll stops every process (SIGTERM, then SIGKILL after 15s) and, when
// the test failed, prints their logs.
func (c *scaleCluster) stopAll() {
	for _, p := range c.procs {
		p.cmd.Process.Signal(syscall.SIGTERM)
	}
	for _, p := range c.procs {
		select {
		case <-p.done:
		case <-time.After(15 * time.Second):
			p.cmd.Process.Kill()
			<-p.done
		}
		if c.t.Failed() {
			c.t.Logf("---- %s log ----\n%s", p.name, tail(p.log.String(), 6000))
		}
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return "..." + s[len(s)-n:]
	}
	return s
}

// waitUntil polls cond every 200ms until it holds or d passes.
func waitUntil(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", d, what)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func httpGet(url string) (int, []byte) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, nil
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
	return resp.StatusCode, body
}

var reLag = regexp.MustCompile(`(?m)^gigscout_index_lag_seq (\S+)$`)

// caughtUp reports whether a search node is ready with no index lag.
func caughtUp(addr string) bool {
	if code, _ := httpGet("http://" + addr + "/readyz"); code != http.StatusOK {
		return false
	}
	_, body := httpGet("http://" + addr + "/metrics")
	m := reLag.FindSubmatch(body)
	return m != nil && string(m[1]) == "0"
}

// searchBodies is what a search node answers for each query, without the
// timing (took_ms) and the cursor's bytes.
func searchBodies(t *testing.T, addr string, queries []string) []string {
	t.Helper()
	var out []string
	for _, q := range queries {
		code, body := httpGet("http://" + addr + "/api/v1/search?" + q)
		if code != http.StatusOK {
			t.Fatalf("%s: search %s: HTTP %d %s", addr, q, code, body)
		}
		var v map[string]any
		if err := json.Unmarshal(body, &v); err != nil {
			t.Fatal(err)
		}
		if meta, ok := v["meta"].(map[string]any); ok {
			delete(meta, "took_ms")
			// A relevance cursor carries the last hit's score, whose last
			// bits depend on each index's segment layout: compare only
			// that there is one.
			if c, _ := meta["next_cursor"].(string); c != "" {
				meta["next_cursor"] = "(present)"
			}
		}
		b, _ := json.Marshal(v)
		out = append(out, string(b))
	}
	return out
}

// TestScaleOut runs the scale-out topology as separate processes on one
// machine and one PostgreSQL store: three `gigscout worker`s and two
// `serve --role search` replicas. Every source (due at start: never
// crawled) is crawled exactly once for its tick although three workers
// enqueue it; with GIGSCOUT_SCALETEST=1 (make scaletest, CI), the worker
// holding a slow board's crawl is SIGKILLed and another finishes that job
// after the rescue timeout; both replicas answer
// a set of searches identically; a replica started after the crawl
// catches up and answers the same.
func TestScaleOut(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-process test: skipped with -short")
	}
	dsn := storetest.PostgresDSN(t)
	dir := t.TempDir()
	bin := gigscoutBinary(t, dir)

	names := []string{"alpha", "bravo", "charlie", "delta"}
	var boards []*scaleBoard
	for _, n := range names {
		boards = append(boards, newScaleBoard(t, n, 40, false))
	}
	// The kill waits for river's rescuer (it looks every 30s): `make
	// scaletest` (GIGSCOUT_SCALETEST=1, CI) runs it; a plain `make test`
	// runs the rest.
	kill := os.Getenv("GIGSCOUT_SCALETEST") == "1"
	slow := newScaleBoard(t, "slowboard", 40, kill)
	boards = append(boards, slow)

	// Yearly ticks: nothing is due again during the test, so every fetch
	// beyond one per source would be a duplicate crawl of the start tick.
	var cfg strings.Builder
	fmt.Fprintf(&cfg, "server:\n  addr: \"127.0.0.1:0\"\n  widget_secret: %q\n", strings.Repeat("s", 40))
	cfg.WriteString("crawler:\n  allow_private: true\n  respect_robots: false\n  per_host_delay: 20ms\n  retries: 0\n  timeout: 60s\n")
	fmt.Fprintf(&cfg, "store:\n  dsn: %q\n", dsn)
	cfg.WriteString("queue:\n  workers: 1\n  job_timeout: 5s\n  rescue_after: 6s\n")
	cfg.WriteString("sources:\n")
	for _, b := range boards {
		fmt.Fprintf(&cfg, "  - {name: %s, kind: greenhouse, board: %s, schedule: \"CRON_TZ=UTC 0 0 1 1 *\", base_url: %q}\n", b.name, b.name, b.srv.URL+"/gh")
	}
	cfgPath := filepath.Join(dir, "scale.yaml")
	if err := os.WriteFile(cfgPath, []byte(cfg.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	c := &scaleCluster{t: t, bin: bin, dir: dir, cfgPath: cfgPath}
	defer c.stopAll()

	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()

	replicas := []*proc{c.start("search-1", "serve", "--role", "search"), c.start("search-2", "serve", "--role", "search")}
	workers := map[int]*proc{}
	for i := range 3 {
		p := c.start(fmt.Sprintf("worker-%d", i+1), "worker")
		workers[p.cmd.Process.Pid] = p
	}

	var holder string
	if kill {
		holder = killSlowCrawl(t, db, slow, workers)
	} else {
		t.Log("GIGSCOUT_SCALETEST is not 1: the SIGKILL of a worker mid-crawl is left to make scaletest")
	}

	// Every source's start tick ends with one recorded run, the slow one's
	// after river's rescuer handed the job to another worker.
	runs := func() map[string]int {
		out := map[string]int{}
		rows, err := db.Query(`SELECT source, count(*) FROM runs WHERE status IN ('ok', 'not_modified') GROUP BY source`)
		if err != nil {
			return out
		}
		defer rows.Close()
		for rows.Next() {
			var s string
			var n int
			rows.Scan(&s, &n)
			out[s] = n
		}
		return out
	}
	waitUntil(t, 100*time.Second, "a successful run of every source", func() bool { return len(runs()) == len(boards) })
	for src, n := range runs() {
		if n != 1 {
			t.Errorf("%s: %d successful runs, want 1 (one per tick)", src, n)
		}
	}
	for _, b := range boards {
		want := int64(1)
		if b == slow && kill {
			want = 2 // the killed attempt and the one that finished it
		}
		if got := b.fetches.Load(); got != want {
			t.Errorf("board %s fetched %d times, want %d", b.name, got, want)
		}
	}
	if kill {
		var attemptedBy string
		var attempt int
		// River marks jobs completed in batches, shortly after the work ends.
		waitUntil(t, 20*time.Second, "the slow board's job to be completed", func() bool {
			return db.QueryRow(`SELECT attempt, array_to_string(attempted_by, ',') FROM river_job
	  WHERE kind = 'gigscout_crawl' AND args->>'source' = 'slowboard' AND state = 'completed'`).Scan(&attempt, &attemptedBy) == nil
		})
		if attempt != 2 || !strings.HasPrefix(attemptedBy, holder+",") || strings.HasSuffix(attemptedBy, ","+holder) {
			t.Errorf("slow board's job: attempt %d by %s, want 2 attempts, the second by another worker than %s", attempt, attemptedBy, holder)
		}
	}
	var jobs int
	db.QueryRow(`SELECT count(*) FROM river_job WHERE kind = 'gigscout_crawl'`).Scan(&jobs)
	if jobs != len(boards) {
		t.Errorf("%d crawl jobs for %d sources at one tick, want one each", jobs, len(boards))
	}

	// Both replicas, and one started now, answer the same.
	replicas = append(replicas, c.start("search-late", "serve", "--role", "search"))
	for _, r := range replicas {
		waitUntil(t, 30*time.Second, r.name+" to catch up", func() bool { return caughtUp(r.addr) })
	}
	queries := []string{"q=python", "q=report&limit=50", "q=slowboard", "sort=newest&limit=100", "source=alpha&source=slowboard&limit=100",
		"q=%22micro-internship%22&remote=remote", "paid=true&min_hourly_usd=20&limit=100"}
	want := searchBodies(t, replicas[0].addr, queries)
	var total struct {
		Meta struct{ Total int } `json:"meta"`
	}
	json.Unmarshal([]byte(want[3]), &total)
	if total.Meta.Total != 40*len(boards) {
		t.Errorf("search finds %d listings, want %d", total.Meta.Total, 40*len(boards))
	}
	for _, r := range replicas[1:] {
		got := searchBodies(t, r.addr, queries)
		for i := range queries {
			if got[i] != want[i] {
				t.Errorf("%s and %s differ on %s:\n%s\n%s", replicas[0].name, r.name, queries[i], tail(want[i], 400), tail(got[i], 400))
			}
		}
	}
}

// killSlowCrawl waits until a worker is held mid-crawl by the slow board,
// SIGKILLs that worker, releases the board and returns the killed
// worker's river client id.
func killSlowCrawl(t *testing.T, db *sql.DB, slow *scaleBoard, workers map[int]*proc) string {
	t.Helper()
	var holder string
	// The slow board's crawl is held: kill the worker running it.
	select {
	case <-slow.held:
	case <-time.After(60 * time.Second):
		t.Fatal("no worker crawled the slow board within 60s")
	}
	waitUntil(t, 20*time.Second, "the slow board's job to be running", func() bool {
		err := db.QueryRow(`SELECT attempted_by[array_length(attempted_by, 1)] FROM river_job
  WHERE kind = 'gigscout_crawl' AND args->>'source' = 'slowboard' AND state = 'running'`).Scan(&holder)
		return err == nil
	})
	m := regexp.MustCompile(`-(\d+)$`).FindStringSubmatch(holder)
	if m == nil {
		t.Fatalf("river client id %q names no pid", holder)
	}
	pid, _ := strconv.Atoi(m[1])
	victim := workers[pid]
	if victim == nil {
		t.Fatalf("the slow board's job is held by %q, not one of the workers %v", holder, workers)
	}
	if err := victim.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-victim.done
	slow.once.Do(func() { close(slow.release) })
	t.Logf("SIGKILLed %s (pid %d) mid-crawl of the slow board", victim.name, pid)

	return holder
}
