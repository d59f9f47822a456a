package web

import (
	"container/list"
	"errors"
	"fmt"
	"math"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// RateLimit limits requests per client IP address with a token bucket,
// by the cost of each request: PerSecond and Burst count searches (a
// search, a feed or the search page), and cheaper requests take a part of
// one (see requestCost): students behind one campus address can open
// listings and type in the suggest box far more often than they search.
// Zero fields take the defaults; the health, metrics and static routes are
// never limited.
type RateLimit struct {
	PerSecond  float64 // sustained searches per second per client (default 10)
	Burst      int     // searches a client may make at once (default 60)
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

// allow takes cost tokens for client, or returns how long to wait for them.
func (l *limiter) allow(client string, cost int) (bool, time.Duration) {
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
		b = &bucket{key: client, lim: rate.NewLimiter(rate.Limit(l.cfg.PerSecond*costSearch), l.cfg.Burst*costSearch)}
		l.byKey[client] = l.lru.PushFront(b)
	}
	now := l.now()
	res := b.lim.ReserveN(now, cost)
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
		if ok, wait := s.limiter.allow(s.client(r), requestCost(r)); !ok {
			w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(wait.Seconds()))))
			s.error(w, r, &apiError{status: http.StatusTooManyRequests, code: "rate_limited",
				message: "too many requests: wait " + strconv.Itoa(int(math.Ceil(wait.Seconds()))) + "s and try again"})
			return
		}
		next.ServeHTTP(w, r)
	})
}

// Request costs in tokens; a search is costSearch.
const (
	costSearch  = 10 // searches, feeds, the search page: Bleve scores every hit
	costPage    = 2  // a listing, the other pages, the small API answers
	costSuggest = 1  // one dictionary lookup, asked while typing
)

// requestCost is what r takes from its client's bucket.
func requestCost(r *http.Request) int {
	switch p := r.URL.Path; {
	case p == "/api/v1/suggest":
		return costSuggest
	case p == "/" || p == "/api/v1/search" || strings.HasPrefix(p, "/feeds/"):
		return costSearch
	}
	return costPage
}

// parseProxies reads trusted proxy addresses and CIDR ranges; bad entries
// are left out and named in the error (config validation checks them first).
func parseProxies(list []string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	var errs []error
	for _, s := range list {
		s = strings.TrimSpace(s)
		if p, err := netip.ParsePrefix(s); err == nil {
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(s)
		if err != nil {
			errs = append(errs, fmt.Errorf("trusted proxy %q is neither an IP address nor a CIDR range", s))
			continue
		}
		out = append(out, netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen()))
	}
	return out, errors.Join(errs...)
}

func (s *Server) trusted(a netip.Addr) bool {
	a = a.Unmap()
	for _, p := range s.proxies {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// client is the address a request is limited and logged by: the peer, or,
// when the peer is a trusted proxy, the right-most X-Forwarded-For entry
// that is not itself a trusted proxy. X-Forwarded-For from anyone else is
// ignored: a client could write any address there.
func (s *Server) client(r *http.Request) string {
	peer := clientIP(r)
	a, err := netip.ParseAddr(peer)
	if err != nil || len(s.proxies) == 0 || !s.trusted(a) {
		return peer
	}
	hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
	for i := len(hops) - 1; i >= 0; i-- {
		h, err := netip.ParseAddr(strings.TrimSpace(hops[i]))
		if err != nil {
			return peer // a malformed hop: trust nothing beyond the proxy
		}
		if !s.trusted(h) {
			return h.Unmap().String()
		}
	}
	return peer
}
