package web

import (
	"container/list"
	"math"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// RateLimit limits requests per client IP address with a token bucket.
// Zero fields take the defaults; the health, metrics and static routes are
// never limited.
type RateLimit struct {
	PerSecond  float64 // sustained requests per second per client (default 10)
	Burst      int     // requests a client may make at once (default 60)
	MaxClients int     // clients remembered (default 10,000); the least recently seen are forgotten first
	Disabled   bool
}

// Rate limit defaults: generous for people and widgets, a brake for scrapers.
const (
	defaultPerSecond  = 10
	defaultBurst      = 60
	defaultMaxClients = 10000
)

// limiter holds one token bucket per client in a bounded LRU map.
type limiter struct {
	cfg   RateLimit
	now   func() time.Time
	mu    sync.Mutex
	byKey map[string]*list.Element
	lru   *list.List // front: most recently seen
}

type bucket struct {
	key string
	lim *rate.Limiter
}

func newLimiter(cfg RateLimit, now func() time.Time) *limiter {
	if cfg.PerSecond <= 0 {
		cfg.PerSecond = defaultPerSecond
	}
	if cfg.Burst <= 0 {
		cfg.Burst = defaultBurst
	}
	if cfg.MaxClients <= 0 {
		cfg.MaxClients = defaultMaxClients
	}
	return &limiter{cfg: cfg, now: now, byKey: map[string]*list.Element{}, lru: list.New()}
}

// allow takes a token for client, or returns how long to wait for one.
func (l *limiter) allow(client string) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	var b *bucket
	if e, ok := l.byKey[client]; ok {
		l.lru.MoveToFront(e)
		b = e.Value.(*bucket)
	} else {
		if l.lru.Len() >= l.cfg.MaxClients {
			oldest := l.lru.Back()
			l.lru.Remove(oldest)
			delete(l.byKey, oldest.Value.(*bucket).key)
		}
		b = &bucket{key: client, lim: rate.NewLimiter(rate.Limit(l.cfg.PerSecond), l.cfg.Burst)}
		l.byKey[client] = l.lru.PushFront(b)
	}
	now := l.now()
	res := b.lim.ReserveN(now, 1)
	if d := res.DelayFrom(now); d > 0 {
		res.CancelAt(now)
		return false, d
	}
	return true, 0
}

// clients is the number of clients remembered.
func (l *limiter) clients() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.lru.Len()
}

// clientIP is the request's peer address without the port. Forwarding
// headers are not trusted: behind a proxy every client shares its limit.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

func unlimited(path string) bool {
	return path == "/healthz" || path == "/readyz" || path == "/metrics" || strings.HasPrefix(path, "/static/")
}

// rateLimit answers 429 Too Many Requests with Retry-After (whole
// seconds) to a client over its rate.
func (s *Server) rateLimit(next http.Handler) http.Handler {
	if s.opts.RateLimit.Disabled {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if unlimited(r.URL.Path) {
			next.ServeHTTP(w, r)
			return
		}
		if ok, wait := s.limiter.allow(clientIP(r)); !ok {
			w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(wait.Seconds()))))
			s.error(w, r, &apiError{status: http.StatusTooManyRequests, code: "rate_limited",
				message: "too many requests: wait " + strconv.Itoa(int(math.Ceil(wait.Seconds()))) + "s and try again"})
			return
		}
		next.ServeHTTP(w, r)
	})
}
