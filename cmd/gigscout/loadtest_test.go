package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// envInt reads a positive integer setting of the load and crash tests.
func envInt(k string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(k)); err == nil && v > 0 {
		return v
	}
	return def
}

func envDuration(k string, def time.Duration) time.Duration {
	if d, err := time.ParseDuration(os.Getenv(k)); err == nil && d > 0 {
		return d
	}
	return def
}

// freeAddr returns a free 127.0.0.1 port.
func freeAddr(t testing.TB) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// loadStats are the outcomes of the load generator.
type loadStats struct {
	mu          sync.Mutex
	latencies   []time.Duration // every request, answered or shed
	answered    atomic.Int64
	shed        atomic.Int64 // 503 (admission) and 429 (rate limit)
	rateLimited atomic.Int64
	errors      atomic.Int64
	overOneS    atomic.Int64
	skipped     atomic.Int64 // not sent: the generator's own in-flight bound was reached
	errSample   sync.Map
}

func (s *loadStats) record(d time.Duration) {
	s.mu.Lock()
	s.latencies = append(s.latencies, d)
	s.mu.Unlock()
	if d > time.Second {
		s.overOneS.Add(1)
	}
}

func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	slices.Sort(ds)
	return ds[min(len(ds)-1, int(float64(len(ds))*p))]
}

// loadTargets are the mixed requests: searches with and without words and
// filters (most), search pages, feeds, and cheap requests.
func loadTarget(r *rand.Rand) string {
	w := skillWords[r.IntN(len(skillWords))]
	w2 := skillWords[r.IntN(len(skillWords))]
	switch n := r.IntN(100); {
	case n < 30:
		return "/api/v1/search?q=" + w
	case n < 45:
		return "/api/v1/search?q=" + url.QueryEscape(w+" "+w2) + "&paid=true&sort=pay"
	case n < 55:
		return "/api/v1/search?skill=" + w + "&remote=remote&limit=50"
	case n < 62:
		return "/api/v1/search?include_flagged=true&sort=newest&min_hourly_usd=" + strconv.Itoa(r.IntN(40))
	case n < 75:
		return "/?q=" + w
	case n < 82:
		return "/feeds/search.atom?q=" + w2
	case n < 94:
		return "/api/v1/suggest?q=" + w[:2]
	default:
		return "/healthz"
	}
}

// TestLoad is `make loadtest`: it serves a data directory with `gigscout
// serve` (a subprocess), drives it from several loopback client addresses
// with mixed searches at LOAD_RATE requests/s for LOAD_DURATION, runs
// `gigscout crawl` of LOAD_LISTINGS new listings beside it meanwhile, and
// reports answered / shed / errors, latency percentiles, the server's RSS
// and when the crawl's listings became searchable. It only runs when
// GIGSCOUT_LOADTEST is set: it takes a minute and both cores.
func TestLoad(t *testing.T) {
	if os.Getenv("GIGSCOUT_LOADTEST") == "" {
		t.Skip("the load test runs with `make loadtest` (GIGSCOUT_LOADTEST=1)")
	}
	duration := envDuration("LOAD_DURATION", 60*time.Second)
	rate := envInt("LOAD_RATE", 200)
	listings := envInt("LOAD_LISTINGS", 3000)
	seedListings := envInt("LOAD_SEED_LISTINGS", 2000)
	clients := envInt("LOAD_CLIENTS", 32)
	dir := t.TempDir()
	bin := gigscoutBinary(t, dir)
	dataDir := filepath.Join(dir, "data")
	addr := freeAddr(t)

	// 1. A data directory with listings to search.
	seed := newBigBoard(t, "seed", seedListings, "unicornfish", 1_000_000)
	seedCfg := writeBigConfig(t, dir, dataDir, addr, seed)
	if out, err := exec.Command(bin, "crawl", "--config", seedCfg).CombinedOutput(); err != nil {
		t.Fatalf("seed crawl: %v\n%s", err, out)
	}

	// 2. serve it.
	serveCfg := writeBigConfig(t, dir, dataDir, addr, nil)
	serve := exec.Command(bin, "serve", "--config", serveCfg)
	serve.Env = append(os.Environ(), "GIGSCOUT_LOG_LEVEL=WARN")
	serveLog, _ := os.Create(filepath.Join(dir, "serve.log"))
	serve.Stdout, serve.Stderr = serveLog, serveLog
	if err := serve.Start(); err != nil {
		t.Fatal(err)
	}
	served := make(chan error, 1)
	go func() { served <- serve.Wait() }()
	defer func() {
		serve.Process.Signal(syscall.SIGTERM)
		select {
		case <-served:
		case <-time.After(20 * time.Second):
			serve.Process.Kill()
			t.Error("serve did not stop within 20s of SIGTERM")
		}
	}()
	base := "http://" + addr
	ready := false
	for i := 0; i < 300 && !ready; i++ {
		if resp, err := http.Get(base + "/readyz"); err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			ready = resp.StatusCode == http.StatusOK
		}
		if !ready {
			time.Sleep(100 * time.Millisecond)
		}
	}
	if !ready {
		t.Fatal("serve not ready within 30s")
	}

	// 3. The load: an open-loop generator at a fixed rate from several
	// loopback addresses, each request bounded by a 10s client timeout.
	httpClients := make([]*http.Client, clients)
	for i := range httpClients {
		local := &net.TCPAddr{IP: net.IPv4(127, 0, byte(1+i/250), byte(2+i%250))}
		d := &net.Dialer{LocalAddr: local, Timeout: 5 * time.Second}
		httpClients[i] = &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{
			DialContext: d.DialContext, MaxIdleConnsPerHost: 64, MaxConnsPerHost: 128}}
	}
	var stats loadStats
	var inflight atomic.Int64
	const maxInflight = 3000
	ctx, cancel := context.WithTimeout(context.Background(), duration)
	defer cancel()
	var wg sync.WaitGroup
	tick := time.NewTicker(time.Second / time.Duration(rate))
	rng := rand.New(rand.NewPCG(1, 2))
	crawlDone := make(chan struct{})
	var crawlStart, crawlEnd time.Time
	var crawlOut []byte
	var crawlErr error
	var searchable time.Time
	var total int
	go func() { // 4. the crawl beside the server, a sixth of the way in
		defer close(crawlDone)
		time.Sleep(duration / 6)
		board := newBigBoard(t, "big", listings, "zebracorn", 2_000_000)
		cfg := writeBigConfig(t, dir, dataDir, addr, board)
		crawlStart = time.Now()
		crawlOut, crawlErr = exec.Command(bin, "crawl", "--json", "--config", cfg).CombinedOutput()
		crawlEnd = time.Now()
		if crawlErr != nil {
			return
		}
		// 5. The crawl's listings become searchable: the server tails the store.
		for i := 0; i < 1200; i++ {
			var res struct {
				Meta struct {
					Total int `json:"total"`
				} `json:"meta"`
			}
			resp, err := http.Get(base + "/api/v1/search?q=zebracorn&include_flagged=true&limit=1")
			if err == nil {
				json.NewDecoder(resp.Body).Decode(&res)
				resp.Body.Close()
				total = res.Meta.Total
			}
			if total == listings {
				searchable = time.Now()
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	}()
	sent := 0
	began := time.Now()
loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		case <-tick.C:
		}
		// Open loop: catch up with the schedule when a tick came late.
		due := int(time.Since(began)*time.Duration(rate)/time.Second) - sent
		for range max(due, 0) {
			sent++
			if inflight.Load() >= maxInflight {
				stats.skipped.Add(1)
				continue
			}
			target := loadTarget(rng)
			c := httpClients[sent%len(httpClients)]
			inflight.Add(1)
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer inflight.Add(-1)
				start := time.Now()
				resp, err := c.Get(base + target)
				if err != nil {
					stats.errors.Add(1)
					stats.errSample.Store(strings.SplitN(err.Error(), ":", 2)[0], err.Error())
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				stats.record(time.Since(start))
				switch resp.StatusCode {
				case http.StatusOK, http.StatusNotModified:
					stats.answered.Add(1)
				case http.StatusServiceUnavailable:
					stats.shed.Add(1)
				case http.StatusTooManyRequests:
					stats.shed.Add(1)
					stats.rateLimited.Add(1)
				default:
					stats.errors.Add(1)
					stats.errSample.Store(resp.Status, target)
				}
			}()
		}
	}
	tick.Stop()
	wg.Wait()
	rss, hwm := procMemory(serve.Process.Pid)
	select {
	case <-crawlDone:
	case <-time.After(5 * time.Minute):
		t.Fatal("the crawl beside the server did not end (and become searchable) within 5 minutes of the load")
	}
	if crawlErr != nil {
		t.Fatalf("crawl beside the server: %v\n%s", crawlErr, crawlOut)
	}
	lat := slices.Clone(stats.latencies)
	report := map[string]any{
		"duration_s": duration.Seconds(), "rate_per_s": rate, "clients": clients, "sent": sent,
		"sent_per_s": float64(sent) / duration.Seconds(),
		"answered":   stats.answered.Load(), "shed": stats.shed.Load(), "shed_by_rate_limit": stats.rateLimited.Load(), "errors": stats.errors.Load(), "not_sent": stats.skipped.Load(),
		"p50_ms": percentile(lat, 0.50).Milliseconds(), "p99_ms": percentile(lat, 0.99).Milliseconds(),
		"max_ms": percentile(lat, 1).Milliseconds(), "over_1s": stats.overOneS.Load(),
		"serve_rss_mb": rss >> 20, "serve_peak_rss_mb": hwm >> 20,
		"crawl_listings": listings, "crawl_s": crawlEnd.Sub(crawlStart).Seconds(),
		"crawl_searchable": total, "searchable_after_crawl_s": -1.0,
	}
	if !searchable.IsZero() {
		report["searchable_after_crawl_s"] = searchable.Sub(crawlEnd).Seconds()
	}
	stats.errSample.Range(func(k, v any) bool {
		t.Logf("error sample: %v: %v", k, v)
		return true
	})
	b, _ := json.MarshalIndent(report, "", "  ")
	fmt.Printf("loadtest: %s\n", b)
	if p := os.Getenv("LOADTEST_OUT"); p != "" {
		os.WriteFile(p, b, 0o644)
	}
	if total != listings {
		t.Errorf("%d of the crawl's %d listings searchable 120s after it ended; crawl:\n%s", total, listings, crawlOut)
	}
	if stats.errors.Load() > 0 {
		t.Errorf("%d requests failed (neither answered nor shed)", stats.errors.Load())
	}
}

// procMemory returns the current and peak resident set of pid, in bytes.
func procMemory(pid int) (rss, hwm int64) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
		switch k {
		case "VmRSS":
			rss = n << 10
		case "VmHWM":
			hwm = n << 10
		}
	}
	return rss, hwm
}
