package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"
)

// gigscout drives the binary under test.
type gigscout struct {
	bin, dir, boardsURL string
	c                   *corpus
	log                 *slog.Logger
	addr                string
	noSources           bool   // -direct, -reuse: the server must not crawl
	cpuProfile          string // -cpuprofile: the first crawl writes its CPU profile here
}

// stage is one timed child process.
type stage struct {
	Listings   int
	Wall       time.Duration
	CPU        time.Duration
	PeakRSS    int64 // bytes
	Failed     int   // sources failed
	Fetches    int
	DupFetches int
	// BenchCPU is this process's own CPU time while the child ran: during
	// a crawl, the loopback board server composing and encoding the boards
	// (on the same cores as the crawl, so it bounds the crawl's cores).
	BenchCPU time.Duration
}

func (s stage) PerSec() float64 { return float64(s.Listings) / s.Wall.Seconds() }
func (s stage) CPUPerListing() time.Duration {
	return s.CPU / time.Duration(max(1, s.Listings))
}
func (s stage) Cores() float64 { return s.CPU.Seconds() / s.Wall.Seconds() }

// BenchCores is BenchCPU over the wall time: the cores this process took
// beside the child.
func (s stage) BenchCores() float64 { return s.BenchCPU.Seconds() / s.Wall.Seconds() }

// selfCPU is this process's user and system CPU time so far (0 where
// getrusage fails).
func selfCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func freePort() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

func (g *gigscout) cfgPath() string { return filepath.Join(g.dir, "gigscout.yaml") }

func (g *gigscout) writeConfig() error {
	addr, err := freePort()
	if err != nil {
		return err
	}
	g.addr = addr
	var b strings.Builder
	fmt.Fprintf(&b, "data_dir: %q\nserver:\n  addr: %q\n  public_url: \"http://%s\"\n  rate_limit: {disabled: true}\n", filepath.Join(g.dir, "data"), addr, addr)
	b.WriteString("crawler:\n  allow_private: true\n  respect_robots: false\n  per_host_delay: 0s\n  parallelism: 4\n  timeout: 300s\n  max_body: 512MB\n  retries: 1\n")
	if g.noSources {
		// A server given the boards would crawl them at start (never
		// crawled yet) into the directly built store: measure search only.
		b.WriteString("sources: []\n")
		return os.WriteFile(g.cfgPath(), []byte(b.String()), 0o644)
	}
	b.WriteString("sources:\n")
	for i := range g.c.boards() {
		fmt.Fprintf(&b, "  - {name: b%d, kind: greenhouse, board: b%d, base_url: %q, schedule: \"@every 720h\"}\n", i, i, g.boardsURL)
	}
	return os.WriteFile(g.cfgPath(), []byte(b.String()), 0o644)
}

// runChild runs gigscout args to completion and measures it.
func (g *gigscout) runChild(ctx context.Context, args ...string) (stage, []byte, error) {
	return g.runChildEnv(ctx, nil, args...)
}

// runChildEnv is runChild with extra environment variables.
func (g *gigscout) runChildEnv(ctx context.Context, env []string, args ...string) (stage, []byte, error) {
	cmd := exec.CommandContext(ctx, g.bin, append(args, "--config", g.cfgPath())...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.Env = append(append(os.Environ(), "NO_COLOR=1"), env...)
	start, self := time.Now(), selfCPU()
	err := cmd.Run()
	st := stage{Wall: time.Since(start), BenchCPU: selfCPU() - self}
	// The child's log stays beside its data (crawl.log, reindex.log ...):
	// warnings such as a cut catch-up are otherwise lost with a passing run.
	if werr := os.WriteFile(filepath.Join(g.dir, args[0]+".log"), errb.Bytes(), 0o644); werr != nil {
		return st, out.Bytes(), werr
	}
	if ps := cmd.ProcessState; ps != nil {
		st.CPU = ps.UserTime() + ps.SystemTime()
		if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
			st.PeakRSS = ru.Maxrss * 1024
		}
	}
	if err != nil {
		tail := errb.String()
		if len(tail) > 2000 {
			tail = tail[len(tail)-2000:]
		}
		return st, out.Bytes(), fmt.Errorf("gigscout %s: %w\n%s", args[0], err, tail)
	}
	return st, out.Bytes(), nil
}

// crawl runs `gigscout crawl` over every board. Its listings are those
// stored new; again (a second crawl of the same boards) counts those found
// unchanged instead.
func (g *gigscout) crawl(ctx context.Context, again bool) (stage, error) {
	var env []string
	if g.cpuProfile != "" && !again {
		env = append(env, "GIGSCOUT_CPUPROFILE="+g.cpuProfile)
	}
	st, out, err := g.runChildEnv(ctx, env, "crawl", "--json")
	if err != nil {
		return st, err
	}
	var runs []struct {
		Status    string `json:"status"`
		Fetched   int    `json:"fetched"`
		New       int    `json:"new"`
		Unchanged int    `json:"unchanged"`
		Error     string `json:"error"`
	}
	if err := json.Unmarshal(out, &runs); err != nil {
		return st, fmt.Errorf("crawl --json: %w", err)
	}
	for _, r := range runs {
		if again {
			st.Listings += r.Unchanged
		} else {
			st.Listings += r.New
		}
		if r.Status != "ok" {
			st.Failed++
			g.log.Warn("source failed", "status", r.Status, "error", r.Error)
		}
	}
	if st.Listings != g.c.N {
		g.log.Warn("crawl counted fewer listings than the corpus holds", "again", again, "listings", st.Listings, "corpus", g.c.N)
	}
	return st, nil
}

func (g *gigscout) reindex(ctx context.Context) (stage, error) {
	st, _, err := g.runChild(ctx, "reindex")
	st.Listings = g.c.N
	return st, err
}

func dirSize(path string) int64 {
	var n int64
	filepath.WalkDir(path, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}

func (g *gigscout) diskUse() (sqlite, bleve int64) {
	data := filepath.Join(g.dir, "data")
	for _, f := range []string{"gigscout.db", "gigscout.db-wal", "gigscout.db-shm"} {
		if info, err := os.Stat(filepath.Join(data, f)); err == nil {
			sqlite += info.Size()
		}
	}
	return sqlite, dirSize(filepath.Join(data, "index.bleve"))
}

// shape is one kind of search request.
type shape struct {
	Name   string
	Params []url.Values // cycled through
	Deep   bool         // follow the cursor to page deepPage first
}

const deepPage = 25

func v(kv ...string) url.Values {
	out := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		out.Add(kv[i], kv[i+1])
	}
	return out
}

// shapes are the request shapes of issue 15, the broad worst cases, and a
// realistic student mix (specific words and filters, cycled).
var shapes = []shape{
	{Name: "one word", Params: []url.Values{v("q", "data")}},
	{Name: "three words", Params: []url.Values{v("q", "remote data project")}},
	{Name: "three words + 3 filters, facets", Params: []url.Values{v("q", "remote data project", "remote", "remote", "type", "internship", "paid", "true")}},
	{Name: "phrase", Params: []url.Values{v("q", `"social media"`)}},
	{Name: "filters only", Params: []url.Values{v("remote", "remote", "type", "internship", "paid", "true")}},
	{Name: "sort newest", Params: []url.Values{v("q", "marketing", "sort", "newest")}},
	{Name: "deep cursor page", Params: []url.Values{v("q", "data")}, Deep: true},
	{Name: "student mix", Params: []url.Values{
		v("q", "ux research"), v("q", "python", "paid", "true"), v("q", "grant writing"), v("q", "tableau dashboard", "remote", "remote"),
		v("q", "video editing", "type", "project"), v("q", `"machine learning"`), v("q", "figma"), v("q", "bookkeeping quickbooks"),
		v("q", "seo audit", "sort", "newest"), v("q", "translation spanish", "remote", "remote", "paid", "true")}},
}

// search starts `gigscout serve`, runs every shape at 1 and 8 clients,
// and returns the results and the server's peak RSS.
func (g *gigscout) search(ctx context.Context, o options) (map[string][2]latency, int64, error) {
	cmd := exec.CommandContext(ctx, g.bin, "serve", "--config", g.cfgPath())
	var errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = io.Discard, &errb
	if err := cmd.Start(); err != nil {
		return nil, 0, err
	}
	defer func() {
		cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	}()
	base := "http://" + g.addr
	client := &http.Client{Timeout: 60 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 16}}
	ready := time.Now().Add(3 * time.Minute)
	for {
		resp, err := client.Get(base + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				break
			}
		}
		// On a loaded machine at 200,000 listings the readiness check's
		// store query can time out although searches answer: a search
		// that answers 200 is ready enough to be measured.
		if resp, err := client.Get(base + "/api/v1/search?q=data&limit=1"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				g.log.Warn("serve answers searches but /readyz is not 200; measuring")
				break
			}
		}
		if time.Now().After(ready) {
			return nil, 0, fmt.Errorf("serve not ready after 3 minutes: %v\n%s", err, errb.String())
		}
		time.Sleep(200 * time.Millisecond)
	}
	get := func(ctx context.Context, p url.Values) (int, string, error) {
		req, _ := http.NewRequestWithContext(ctx, "GET", base+"/api/v1/search?"+p.Encode(), nil)
		resp, err := client.Do(req)
		if err != nil {
			return 0, "", err
		}
		defer resp.Body.Close()
		var body struct {
			Meta struct {
				Total      int    `json:"total"`
				NextCursor string `json:"next_cursor"`
			} `json:"meta"`
		}
		if resp.StatusCode != 200 {
			b, _ := io.ReadAll(io.LimitReader(resp.Body, 500))
			return 0, "", fmt.Errorf("search %s: %s: %s", p.Encode(), resp.Status, b)
		}
		if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
			return 0, "", err
		}
		return body.Meta.Total, body.Meta.NextCursor, nil
	}
	// Warm up: one of each, and check every shape answers.
	for i, s := range shapes {
		for j, p := range s.Params {
			if s.Deep {
				q := url.Values{}
				for k, vs := range p {
					q[k] = vs
				}
				for range deepPage {
					_, cur, err := get(ctx, q)
					if err != nil {
						return nil, 0, err
					}
					if cur == "" {
						break
					}
					q.Set("cursor", cur)
				}
				shapes[i].Params[j] = q
			}
			if _, _, err := get(ctx, shapes[i].Params[j]); err != nil {
				return nil, 0, err
			}
		}
	}
	out := map[string][2]latency{}
	for _, s := range shapes {
		var res [2]latency
		for k, clients := range []int{1, 8} {
			var next atomic.Int64
			res[k] = measure(ctx, clients, o.PerShape, o.MaxQueries, func(ctx context.Context) (int, error) {
				i := int(next.Add(1)-1) % len(s.Params)
				n, _, err := get(ctx, s.Params[i])
				return n, err
			})
			g.log.Info("search", "shape", s.Name, "clients", clients, "p50", res[k].P50, "p99", res[k].P99, "qps", fmt.Sprintf("%.1f", res[k].QPS), "hits", res[k].Hits, "errors", res[k].Errors)
		}
		out[s.Name] = res
	}
	return out, peakRSS(cmd.Process.Pid), nil
}

// peakRSS reads a live process's high-water resident set (VmHWM).
func peakRSS(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			f := strings.Fields(line)
			if len(f) >= 2 {
				kb, _ := strconv.ParseInt(f[1], 10, 64)
				return kb * 1024
			}
		}
	}
	return 0
}
