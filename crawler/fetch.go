package crawler

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gocolly/colly/v2"
)

// Fetcher is what adapters fetch through. *Collector implements it; tests
// may pass their own.
type Fetcher interface {
	// Get fetches req.URL. It returns ErrNotModified for a conditional
	// request answered 304 and an error for any status outside 2xx, after
	// the configured retries of 429 and 5xx answers.
	Get(ctx context.Context, req *Request) (*Response, error)
}

// Request is one GET.
type Request struct {
	URL    string
	Header http.Header // extra headers (Accept, Authorization-Key, ...)
	// Conditional sends the validators (ETag, Last-Modified) kept for URL
	// and turns a 304 into ErrNotModified. Use it only for a single request
	// that returns the whole source.
	Conditional bool
}

// Response is a fetched body.
type Response struct {
	URL        string // final URL, after redirects
	StatusCode int
	Header     http.Header
	Body       []byte
}

// Validators are the HTTP validators kept for conditional GETs;
// internal/store implements it.
type Validators interface {
	Validators(ctx context.Context, url string) (etag, lastModified string, err error)
	SetValidators(ctx context.Context, url, etag, lastModified string) error
}

// Options configure the shared collector. Zero values take the defaults noted.
type Options struct {
	UserAgent     string        // required
	RespectRobots bool          // honor robots.txt
	AllowPrivate  bool          // allow private and loopback targets (demo, tests)
	PerHostDelay  time.Duration // pause after each request to a host
	Parallelism   int           // concurrent requests per host; default 1
	Timeout       time.Duration // whole request, body included; default 30s
	MaxBody       int64         // body cap in bytes; default 10 MB
	Retries       int           // further attempts after a 429, 5xx or network error
	BackoffBase   time.Duration // first backoff; default 1s; doubles each retry, with jitter
	BackoffMax    time.Duration // cap on one backoff and on Retry-After; default 2m
	MaxRedirects  int           // default 5
	RobotsTTL     time.Duration // how long a robots.txt is kept; default 24h
	Validators    Validators    // optional: conditional GET support
	// Resolve, if set, replaces the system's name resolution (tests); the
	// address guard checks what it returns at dial time all the same.
	Resolve LookupFunc
	// Gate, if set, spaces the requests to each host across processes
	// (internal/jobs keeps it in PostgreSQL); it then replaces PerHostDelay
	// here, and Parallelism still bounds this process.
	Gate HostGate
}

// HostGate is per-host politeness shared beyond one process: Acquire waits
// until a request to host may start and returns the function that ends it.
type HostGate interface {
	Acquire(ctx context.Context, host string) (release func(), err error)
}

// Collector is the one Colly collector shared by every source: one
// User-Agent, robots.txt policy, per-host limits, timeout, body cap and
// address guard for the whole process.
type Collector struct {
	opts Options
	base *colly.Collector

	mu     sync.Mutex
	hosts  map[string]bool // hosts that have a LimitRule
	robots *robots

	// sleep waits d or until ctx ends; tests replace it to record backoffs.
	sleep func(ctx context.Context, d time.Duration) error
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// NewCollector builds the shared collector.
func NewCollector(opts Options) (*Collector, error) {
	if opts.UserAgent == "" {
		return nil, errors.New("crawler: user agent is required")
	}
	if opts.Parallelism <= 0 {
		opts.Parallelism = 1
	}
	if opts.Timeout <= 0 {
		opts.Timeout = 30 * time.Second
	}
	if opts.MaxBody <= 0 {
		opts.MaxBody = 10 << 20
	}
	if opts.BackoffBase <= 0 {
		opts.BackoffBase = time.Second
	}
	if opts.BackoffMax <= 0 {
		opts.BackoffMax = 2 * time.Minute
	}
	if opts.MaxRedirects <= 0 {
		opts.MaxRedirects = 5
	}
	if opts.RobotsTTL <= 0 {
		opts.RobotsTTL = DefaultRobotsTTL
	}
	c := colly.NewCollector()
	// NewCollector applies COLLY_* environment variables after its options,
	// so every setting is made here, after construction, on purpose.
	c.UserAgent = opts.UserAgent
	c.IgnoreRobotsTxt = true              // robots.txt is checked by Collector.Get (see robots.go)
	c.AllowURLRevisit = true              // our runs revisit the same URLs; adapters dedupe their own frontier
	c.ParseHTTPErrorResponse = true       // we read every status ourselves
	c.MaxBodySize = int(opts.MaxBody) + 1 // one byte more than the cap tells "too large" from "exactly at cap"
	c.Async = false
	c.CacheDir = ""
	c.MaxDepth = 0
	c.MaxRequests = 0
	c.AllowedDomains = nil
	c.DetectCharset = false

	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	if !opts.AllowPrivate {
		dialer.Control = guardControl
	}
	dial := dialer.DialContext
	if opts.Resolve != nil {
		dial = resolvingDial(dialer, opts.Resolve)
	}
	c.WithTransport(&http.Transport{
		Proxy:                 nil, // a proxy would bypass the dial-time guard
		DialContext:           dial,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          64,
		MaxIdleConnsPerHost:   opts.Parallelism,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: opts.Timeout,
	})
	c.SetRequestTimeout(opts.Timeout)
	max := opts.MaxRedirects
	c.SetRedirectHandler(func(req *http.Request, via []*http.Request) error {
		if len(via) > max {
			return fmt.Errorf("%w (%d)", ErrTooManyRedirects, max)
		}
		return nil
	})
	return &Collector{opts: opts, base: c, hosts: map[string]bool{}, sleep: sleepCtx,
		robots: &robots{ttl: opts.RobotsTTL, m: map[string]*robotsEntry{}}}, nil
}

// limitHost gives host its own LimitRule the first time it is seen, so the
// delay and parallelism apply per host and are shared by every source on it.
func (c *Collector) limitHost(host string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.hosts[host] {
		return nil
	}
	rule := &colly.LimitRule{DomainGlob: host, Parallelism: c.opts.Parallelism, Delay: c.opts.PerHostDelay}
	if c.opts.Gate != nil {
		rule.Delay = 0 // the gate keeps the delay, for every process
	}
	if rule.Delay > 0 {
		rule.RandomDelay = c.opts.PerHostDelay / 4
	}
	if err := c.base.Limit(rule); err != nil {
		return fmt.Errorf("crawler: limit %s: %w", host, err)
	}
	c.hosts[host] = true
	return nil
}

// HTTPError is a non-2xx answer that survived the retries.
type HTTPError struct {
	URL        string
	StatusCode int
	RetryAfter time.Duration
}

func (e *HTTPError) Error() string {
	return fmt.Sprintf("GET %s: HTTP %d %s", e.URL, e.StatusCode, http.StatusText(e.StatusCode))
}

// Get implements Fetcher.
func (c *Collector) Get(ctx context.Context, req *Request) (*Response, error) {
	u, err := url.Parse(req.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("crawler: bad URL %q", req.URL)
	}
	if err := c.limitHost(u.Host); err != nil {
		return nil, err
	}
	if c.opts.RespectRobots {
		if err := c.robots.check(ctx, u, c.opts.UserAgent, c.fetchRobots); err != nil {
			return nil, err
		}
	}
	hdr := http.Header{}
	for k, v := range req.Header {
		hdr[k] = append([]string(nil), v...)
	}
	if req.Conditional && c.opts.Validators != nil {
		etag, lm, err := c.opts.Validators.Validators(ctx, req.URL)
		if err != nil {
			return nil, fmt.Errorf("crawler: validators for %s: %w", req.URL, err)
		}
		if etag != "" {
			hdr.Set("If-None-Match", etag)
		}
		if lm != "" {
			hdr.Set("If-Modified-Since", lm)
		}
	}
	for attempt := 0; ; attempt++ {
		resp, err := c.once(ctx, req.URL, hdr)
		if err == nil {
			switch {
			case resp.StatusCode == http.StatusNotModified && req.Conditional:
				return resp, fmt.Errorf("GET %s: %w", req.URL, ErrNotModified)
			case resp.StatusCode >= 200 && resp.StatusCode < 300:
				return resp, nil
			}
			herr := &HTTPError{URL: req.URL, StatusCode: resp.StatusCode, RetryAfter: retryAfter(resp.Header, time.Now())}
			err = herr
		}
		if attempt >= c.opts.Retries || !retryable(err) {
			return nil, err
		}
		if serr := c.sleep(ctx, c.backoff(attempt, err)); serr != nil {
			return nil, fmt.Errorf("GET %s: %w (after %v)", req.URL, serr, err)
		}
	}
}

// fetchRobots fetches a robots.txt, with the retries of any request.
func (c *Collector) fetchRobots(ctx context.Context, robotsURL string) (*Response, error) {
	for attempt := 0; ; attempt++ {
		resp, err := c.once(ctx, robotsURL, http.Header{"Accept": {"text/plain, */*"}})
		if err == nil && resp.StatusCode < 500 {
			return resp, nil
		}
		if err == nil && attempt >= c.opts.Retries {
			return resp, nil // a 5xx robots.txt: FromStatusAndBytes disallows all
		}
		if err != nil && (attempt >= c.opts.Retries || !retryable(err)) {
			return nil, err
		}
		var herr error = err
		if herr == nil {
			herr = &HTTPError{URL: robotsURL, StatusCode: resp.StatusCode}
		}
		if serr := c.sleep(ctx, c.backoff(attempt, herr)); serr != nil {
			return nil, serr
		}
	}
}

// once makes one request through a clone of the shared collector.
func (c *Collector) once(ctx context.Context, rawURL string, hdr http.Header) (*Response, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if c.opts.Gate != nil {
		host := rawURL
		if u, err := url.Parse(rawURL); err == nil {
			host = u.Host
		}
		release, err := c.opts.Gate.Acquire(ctx, host)
		if err != nil {
			return nil, fmt.Errorf("GET %s: %w", rawURL, err)
		}
		defer release()
	}
	cl := c.base.Clone()
	cl.Context = ctx
	var got *colly.Response
	max := c.opts.MaxBody
	var tooLarge bool
	cl.OnResponseHeaders(func(r *colly.Response) {
		if n, err := strconv.ParseInt(r.Headers.Get("Content-Length"), 10, 64); err == nil && n > max {
			tooLarge = true
			r.Request.Abort()
		}
	})
	cl.OnResponse(func(r *colly.Response) { got = r })
	err := cl.Request(http.MethodGet, rawURL, nil, nil, hdr.Clone())
	switch {
	case tooLarge || (got != nil && int64(len(got.Body)) > max):
		return nil, fmt.Errorf("GET %s: %w (cap %d bytes)", rawURL, ErrBodyTooLarge, max)
	case err != nil:
		if ctx.Err() != nil {
			return nil, fmt.Errorf("GET %s: %w", rawURL, ctx.Err())
		}
		return nil, fmt.Errorf("GET %s: %w", rawURL, err)
	case got == nil:
		return nil, fmt.Errorf("GET %s: no response", rawURL)
	}
	final := rawURL
	if got.Request != nil && got.Request.URL != nil {
		final = got.Request.URL.String()
	}
	return &Response{URL: final, StatusCode: got.StatusCode, Header: *got.Headers, Body: got.Body}, nil
}

// retryable reports whether a failed attempt is worth another.
func retryable(err error) bool {
	var herr *HTTPError
	if errors.As(err, &herr) {
		return herr.StatusCode == http.StatusTooManyRequests || herr.StatusCode >= 500
	}
	switch {
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded) && !isTimeout(err),
		errors.Is(err, ErrPrivateAddress), errors.Is(err, ErrBodyTooLarge), errors.Is(err, ErrRobots),
		errors.Is(err, ErrTooManyRedirects), errors.Is(err, ErrNotModified):
		return false
	}
	return true // network errors, resets, timeouts
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// backoff is the wait before retry attempt+1: Retry-After when the server
// gave one, else exponential with full jitter; both capped by BackoffMax.
func (c *Collector) backoff(attempt int, err error) time.Duration {
	var herr *HTTPError
	if errors.As(err, &herr) && herr.RetryAfter > 0 {
		return min(herr.RetryAfter, c.opts.BackoffMax)
	}
	d := c.opts.BackoffBase << min(attempt, 16)
	d = min(d, c.opts.BackoffMax)
	return d/2 + rand.N(d/2+1)
}

// retryAfter reads a Retry-After header in seconds or as an HTTP date.
func retryAfter(h http.Header, now time.Time) time.Duration {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0
	}
	if n, err := strconv.Atoi(v); err == nil && n >= 0 {
		return time.Duration(n) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// GetJSON fetches url and decodes its JSON body into v, with an error that
// names the URL when the body is not JSON.
func GetJSON(ctx context.Context, f Fetcher, req *Request, v any) (*Response, error) {
	if req.Header == nil {
		req.Header = http.Header{}
	}
	if req.Header.Get("Accept") == "" {
		req.Header.Set("Accept", "application/json")
	}
	resp, err := f.Get(ctx, req)
	if err != nil {
		return resp, err
	}
	if err := DecodeJSON(resp, v); err != nil {
		return resp, err
	}
	return resp, nil
}

// DecodeJSON decodes resp's body into v. A body that is not JSON (an HTML
// error page, say) is reported with its content type.
func DecodeJSON(resp *Response, v any) error {
	body := strings.TrimSpace(string(resp.Body[:min(len(resp.Body), 64)]))
	ct := resp.Header.Get("Content-Type")
	if !strings.HasPrefix(body, "{") && !strings.HasPrefix(body, "[") {
		return fmt.Errorf("GET %s: expected JSON, got content type %q", resp.URL, ct)
	}
	if err := json.Unmarshal(resp.Body, v); err != nil {
		return fmt.Errorf("GET %s: malformed JSON: %w", resp.URL, err)
	}
	return nil
}
