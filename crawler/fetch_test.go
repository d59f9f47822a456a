package crawler

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// testCollector returns a collector for 127.0.0.1 whose backoffs are
// recorded instead of slept.
func testCollector(t *testing.T, opts Options) (*Collector, *[]time.Duration) {
	t.Helper()
	if opts.UserAgent == "" {
		opts.UserAgent = "gigscout-test/1.0"
	}
	opts.AllowPrivate = true
	if opts.Timeout == 0 {
		opts.Timeout = 2 * time.Second
	}
	c, err := NewCollector(opts)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var waits []time.Duration
	c.sleep = func(ctx context.Context, d time.Duration) error {
		mu.Lock()
		waits = append(waits, d)
		mu.Unlock()
		return ctx.Err()
	}
	return c, &waits
}

func serve(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func TestFaults(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name     string
		opts     Options
		handler  func(hits *atomic.Int32) http.HandlerFunc
		path     string
		wantErr  func(error) bool
		wantHits int32
		json     bool // decode as JSON
	}{
		{
			name: "500 retried then failed",
			opts: Options{Retries: 2, BackoffBase: time.Second},
			handler: func(h *atomic.Int32) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) { h.Add(1); w.WriteHeader(500) }
			},
			wantErr:  func(err error) bool { var he *HTTPError; return errors.As(err, &he) && he.StatusCode == 500 },
			wantHits: 3,
		},
		{
			name: "404 not retried",
			opts: Options{Retries: 2},
			handler: func(h *atomic.Int32) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) { h.Add(1); http.NotFound(w, r) }
			},
			wantErr:  func(err error) bool { return strings.Contains(fmt.Sprint(err), "HTTP 404") },
			wantHits: 1,
		},
		{
			name: "timeout",
			opts: Options{Timeout: 100 * time.Millisecond},
			handler: func(h *atomic.Int32) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					h.Add(1)
					select {
					case <-r.Context().Done():
					case <-time.After(2 * time.Second):
					}
				}
			},
			wantErr: func(err error) bool {
				return err != nil && (isTimeout(err) || strings.Contains(err.Error(), "Timeout"))
			},
			wantHits: 1,
		},
		{
			name: "slow body",
			opts: Options{Timeout: 150 * time.Millisecond},
			handler: func(h *atomic.Int32) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					h.Add(1)
					w.Write([]byte(`{"jobs": [`))
					w.(http.Flusher).Flush()
					for i := 0; i < 40; i++ {
						select {
						case <-r.Context().Done():
							return
						case <-time.After(20 * time.Millisecond):
						}
						w.Write([]byte(" "))
						w.(http.Flusher).Flush()
					}
				}
			},
			wantErr:  func(err error) bool { return err != nil },
			wantHits: 1,
		},
		{
			name: "oversized body with length",
			opts: Options{MaxBody: 1000},
			handler: func(h *atomic.Int32) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) { h.Add(1); w.Write(make([]byte, 5000)) }
			},
			wantErr:  func(err error) bool { return errors.Is(err, ErrBodyTooLarge) },
			wantHits: 1,
		},
		{
			name: "oversized chunked body",
			opts: Options{MaxBody: 1000},
			handler: func(h *atomic.Int32) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					h.Add(1)
					for i := 0; i < 10; i++ {
						w.Write(make([]byte, 500))
						w.(http.Flusher).Flush()
					}
				}
			},
			wantErr:  func(err error) bool { return errors.Is(err, ErrBodyTooLarge) },
			wantHits: 1,
		},
		{
			name: "body exactly at the cap is fine",
			opts: Options{MaxBody: 1000},
			handler: func(h *atomic.Int32) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) { h.Add(1); w.Write(make([]byte, 1000)) }
			},
			wantErr:  func(err error) bool { return err == nil },
			wantHits: 1,
		},
		{
			name: "redirect loop",
			opts: Options{MaxRedirects: 3},
			handler: func(h *atomic.Int32) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					h.Add(1)
					http.Redirect(w, r, r.URL.Path, http.StatusFound)
				}
			},
			wantErr:  func(err error) bool { return errors.Is(err, ErrTooManyRedirects) },
			wantHits: 4,
		},
		{
			name: "malformed JSON",
			handler: func(h *atomic.Int32) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) { h.Add(1); w.Write([]byte(`{"jobs": [1,`)) }
			},
			json:     true,
			wantErr:  func(err error) bool { return strings.Contains(fmt.Sprint(err), "malformed JSON") },
			wantHits: 1,
		},
		{
			name: "wrong content type",
			handler: func(h *atomic.Int32) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					h.Add(1)
					w.Header().Set("Content-Type", "text/html")
					w.Write([]byte(`<!doctype html><p>We'll be right back</p>`))
				}
			},
			json: true,
			wantErr: func(err error) bool {
				return strings.Contains(fmt.Sprint(err), `expected JSON, got content type "text/html"`)
			},
			wantHits: 1,
		},
		{
			name: "connection reset, retried",
			opts: Options{Retries: 1},
			handler: func(h *atomic.Int32) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					h.Add(1)
					conn, _, err := w.(http.Hijacker).Hijack()
					if err == nil {
						conn.(*net.TCPConn).SetLinger(0) // RST, not FIN
						conn.Close()
					}
				}
			},
			wantErr:  func(err error) bool { return err != nil },
			wantHits: 2,
		},
		{
			name: "robots.txt disallows",
			opts: Options{RespectRobots: true, Retries: 2},
			handler: func(h *atomic.Int32) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					if r.URL.Path == "/robots.txt" {
						w.Write([]byte("User-agent: *\nDisallow: /private\n"))
						return
					}
					h.Add(1)
				}
			},
			path:     "/private/jobs",
			wantErr:  func(err error) bool { return errors.Is(err, ErrRobots) },
			wantHits: 0,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var hits atomic.Int32
			srv := serve(t, tt.handler(&hits))
			c, _ := testCollector(t, tt.opts)
			path := tt.path
			if path == "" {
				path = "/jobs"
			}
			req := &Request{URL: srv.URL + path}
			var err error
			if tt.json {
				var v any
				_, err = GetJSON(ctx, c, req, &v)
			} else {
				_, err = c.Get(ctx, req)
			}
			if !tt.wantErr(err) {
				t.Errorf("error %v not as expected", err)
			}
			if got := hits.Load(); got != tt.wantHits {
				t.Errorf("server saw %d requests, want %d", got, tt.wantHits)
			}
		})
	}
}

func TestRetryAfterHonored(t *testing.T) {
	var hits atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if hits.Add(1) == 1 {
			w.Header().Set("Retry-After", "7")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		w.Write([]byte(`{}`))
	})
	c, waits := testCollector(t, Options{Retries: 3, BackoffBase: time.Second, BackoffMax: time.Minute})
	if _, err := c.Get(context.Background(), &Request{URL: srv.URL}); err != nil {
		t.Fatal(err)
	}
	if len(*waits) != 1 || (*waits)[0] != 7*time.Second {
		t.Fatalf("waits = %v, want [7s]", *waits)
	}
}

func TestBackoffGrowsAndIsCapped(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(503) })
	c, waits := testCollector(t, Options{Retries: 6, BackoffBase: time.Second, BackoffMax: 8 * time.Second})
	c.Get(context.Background(), &Request{URL: srv.URL})
	if len(*waits) != 6 {
		t.Fatalf("waits = %v", *waits)
	}
	for i, w := range *waits {
		ceil := min(time.Second<<i, 8*time.Second)
		if w < ceil/2 || w > ceil {
			t.Errorf("wait %d = %v, want within [%v, %v]", i, w, ceil/2, ceil)
		}
	}
}

func TestRetryAfterParsing(t *testing.T) {
	now := time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		v    string
		want time.Duration
	}{
		{"", 0}, {"30", 30 * time.Second}, {"-1", 0}, {"soon", 0},
		{now.Add(90 * time.Second).Format(http.TimeFormat), 90 * time.Second},
		{now.Add(-time.Hour).Format(http.TimeFormat), 0},
	}
	for _, tt := range tests {
		h := http.Header{}
		h.Set("Retry-After", tt.v)
		if got := retryAfter(h, now); got != tt.want {
			t.Errorf("Retry-After %q = %v, want %v", tt.v, got, tt.want)
		}
	}
}

func TestPrivateAddressGuard(t *testing.T) {
	var hits atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { hits.Add(1) })
	c, err := NewCollector(Options{UserAgent: "t", Retries: 2})
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range []string{srv.URL, strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)} {
		if _, err := c.Get(context.Background(), &Request{URL: u}); !errors.Is(err, ErrPrivateAddress) {
			t.Errorf("%s: error %v, want ErrPrivateAddress", u, err)
		}
	}
	if hits.Load() != 0 {
		t.Errorf("guarded collector reached the server %d times", hits.Load())
	}
	for _, tt := range []struct {
		ip     string
		public bool
	}{{"127.0.0.1", false}, {"10.1.2.3", false}, {"192.168.0.1", false}, {"172.16.5.4", false}, {"100.64.0.1", false},
		{"169.254.169.254", false}, {"::1", false}, {"fc00::1", false}, {"fe80::1", false}, {"0.0.0.0", false},
		{"8.8.8.8", true}, {"2606:4700::1111", true}, {"::ffff:127.0.0.1", false}} {
		if err := guardControl("tcp", net.JoinHostPort(tt.ip, "443"), nil); (err == nil) != tt.public {
			t.Errorf("%s: guard error %v, public %v", tt.ip, err, tt.public)
		}
	}
}

type memValidators struct {
	mu sync.Mutex
	m  map[string][2]string
}

func (v *memValidators) Validators(_ context.Context, u string) (string, string, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	x := v.m[u]
	return x[0], x[1], nil
}

func (v *memValidators) SetValidators(_ context.Context, u, etag, lm string) error {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.m[u] = [2]string{etag, lm}
	return nil
}

func TestConditionalGet(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Write([]byte(`{"jobs":[]}`))
	})
	vals := &memValidators{m: map[string][2]string{}}
	c, _ := testCollector(t, Options{Validators: vals})
	rf := &runFetcher{f: c}
	ctx := context.Background()
	if _, err := rf.Get(ctx, &Request{URL: srv.URL, Conditional: true}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Get(ctx, &Request{URL: srv.URL, Conditional: true}); err != nil {
		t.Fatalf("validators kept before the run completed: %v", err)
	}
	rf.commit(ctx, vals, discard())
	if _, err := c.Get(ctx, &Request{URL: srv.URL, Conditional: true}); !errors.Is(err, ErrNotModified) {
		t.Fatalf("second GET = %v, want ErrNotModified", err)
	}
	if _, err := c.Get(ctx, &Request{URL: srv.URL}); err != nil {
		t.Fatalf("unconditional GET = %v", err)
	}
}

func TestHeaders(t *testing.T) {
	got := make(chan http.Header, 2)
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { got <- r.Header.Clone() })
	c, _ := testCollector(t, Options{UserAgent: "gigscout/1.0 (+https://example.org)"})
	c.Get(context.Background(), &Request{URL: srv.URL})
	if h := <-got; h.Get("User-Agent") != "gigscout/1.0 (+https://example.org)" {
		t.Errorf("User-Agent %q", h.Get("User-Agent"))
	}
	c.Get(context.Background(), &Request{URL: srv.URL, Header: http.Header{"User-Agent": {"me@example.org"}, "Authorization-Key": {"k"}}})
	if h := <-got; h.Get("User-Agent") != "me@example.org" || h.Get("Authorization-Key") != "k" {
		t.Errorf("request headers not sent: %v", h)
	}
}

func TestCancelledContext(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {})
	c, _ := testCollector(t, Options{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := c.Get(ctx, &Request{URL: srv.URL}); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
	if _, err := c.Get(context.Background(), &Request{URL: "ftp://x"}); err == nil {
		t.Fatal("ftp URL accepted")
	}
}

func TestEnvironmentCannotOverride(t *testing.T) {
	t.Setenv("COLLY_IGNORE_ROBOTSTXT", "false")
	t.Setenv("COLLY_USER_AGENT", "evil")
	t.Setenv("COLLY_MAX_BODY_SIZE", "1")
	c, err := NewCollector(Options{UserAgent: "ours", RespectRobots: true, MaxBody: 1000, AllowPrivate: true})
	if err != nil {
		t.Fatal(err)
	}
	if !c.base.IgnoreRobotsTxt || c.base.UserAgent != "ours" || c.base.MaxBodySize != 1001 || !c.base.AllowURLRevisit {
		t.Fatalf("COLLY_* environment overrode settings: colly robots %v, UA %q, max body %d, revisit %v",
			!c.base.IgnoreRobotsTxt, c.base.UserAgent, c.base.MaxBodySize, c.base.AllowURLRevisit)
	}
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			w.Write([]byte("User-agent: *\nDisallow: /no\n"))
			return
		}
		if ua := r.Header.Get("User-Agent"); ua != "ours" {
			t.Errorf("User-Agent %q", ua)
		}
	})
	if _, err := c.Get(context.Background(), &Request{URL: srv.URL + "/no"}); !errors.Is(err, ErrRobots) {
		t.Errorf("robots.txt not honored: %v", err)
	}
	for i := 0; i < 2; i++ { // revisiting a URL is allowed: runs repeat
		if _, err := c.Get(context.Background(), &Request{URL: srv.URL + "/yes"}); err != nil {
			t.Errorf("visit %d: %v", i, err)
		}
	}
}

func TestRobotsRefreshedAfterTTL(t *testing.T) {
	var mu sync.Mutex
	rules := "User-agent: *\nAllow: /\n"
	var robotsHits atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			robotsHits.Add(1)
			mu.Lock()
			w.Write([]byte(rules))
			mu.Unlock()
		}
	})
	c, _ := testCollector(t, Options{RespectRobots: true, RobotsTTL: time.Hour})
	ctx := context.Background()
	for i := 0; i < 3; i++ {
		if _, err := c.Get(ctx, &Request{URL: srv.URL + "/jobs"}); err != nil {
			t.Fatal(err)
		}
	}
	if robotsHits.Load() != 1 {
		t.Fatalf("robots.txt fetched %d times within its TTL, want 1", robotsHits.Load())
	}
	mu.Lock()
	rules = "User-agent: *\nDisallow: /jobs\n"
	mu.Unlock()
	c.robots.m[strings.TrimPrefix(srv.URL, "http://")].expires = time.Now() // as if the TTL had passed
	if _, err := c.Get(ctx, &Request{URL: srv.URL + "/jobs"}); !errors.Is(err, ErrRobots) {
		t.Fatalf("stale robots.txt not refetched: %v", err)
	}
}

func TestRobotsServerErrorDisallows(t *testing.T) {
	var hits atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			w.WriteHeader(503)
			return
		}
		hits.Add(1)
	})
	c, _ := testCollector(t, Options{RespectRobots: true, Retries: 1})
	if _, err := c.Get(context.Background(), &Request{URL: srv.URL + "/jobs"}); !errors.Is(err, ErrRobots) {
		t.Fatalf("robots.txt 503: %v, want ErrRobots", err)
	}
	if hits.Load() != 0 {
		t.Fatal("fetched a page while robots.txt answered 503")
	}
}

// TestPerHostParallelism: requests to one host from any number of sources
// (goroutines) never exceed the host's parallelism; another host has its own.
func TestPerHostParallelism(t *testing.T) {
	for _, par := range []int{1, 2} {
		t.Run(fmt.Sprint("parallelism ", par), func(t *testing.T) {
			var inFlight, peak atomic.Int32
			srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
				n := inFlight.Add(1)
				for {
					p := peak.Load()
					if n <= p || peak.CompareAndSwap(p, n) {
						break
					}
				}
				time.Sleep(20 * time.Millisecond) // hold the slot so overlaps would show
				inFlight.Add(-1)
			})
			c, _ := testCollector(t, Options{Parallelism: par})
			var wg sync.WaitGroup
			for i := 0; i < 8; i++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					if _, err := c.Get(context.Background(), &Request{URL: fmt.Sprintf("%s/job/%d", srv.URL, i)}); err != nil {
						t.Error(err)
					}
				}()
			}
			wg.Wait()
			if got := peak.Load(); got > int32(par) || got < 1 {
				t.Fatalf("peak concurrent requests to one host = %d, parallelism %d", got, par)
			}
		})
	}
}
