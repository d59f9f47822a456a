package web

import (
	"context"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Admission bounds the searches a server runs at once. A search past
// MaxInFlight waits in a short queue for at most QueueWait; past MaxQueue,
// or after the wait, it is shed with 503 and Retry-After, so that every
// request is answered or refused quickly instead of everyone waiting
// seconds. Searches run with a Timeout deadline. Cheap requests (a
// listing, health, static files, suggest) never wait here: they cannot be
// starved by searches. Zero fields take the defaults.
type Admission struct {
	MaxInFlight int // searches running at once (default 2 × CPUs, at least 4)
	MaxQueue    int // searches waiting (default 4 × MaxInFlight)
	// QueueWait is the longest wait in the queue (default 1s: at 8 clients
	// on 2 cores, 4 run and 4 wait one search each; 250ms shed them as
	// soon as a search took longer than that on a busy machine).
	QueueWait  time.Duration
	Timeout    time.Duration // deadline of one admitted search (default 5s)
	RetryAfter time.Duration // told to shed clients (default 1s)
	Disabled   bool
}

// admission is the running gate.
type admission struct {
	cfg     Admission
	slots   chan struct{}
	waiting atomic.Int64
	shed    prometheus.Counter
	running prometheus.GaugeFunc
}

func newAdmission(cfg Admission, reg *prometheus.Registry) *admission {
	if cfg.MaxInFlight <= 0 {
		cfg.MaxInFlight = max(4, 2*runtime.GOMAXPROCS(0))
	}
	if cfg.MaxQueue <= 0 {
		cfg.MaxQueue = 4 * cfg.MaxInFlight
	}
	if cfg.QueueWait <= 0 {
		cfg.QueueWait = time.Second
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 5 * time.Second
	}
	if cfg.RetryAfter <= 0 {
		cfg.RetryAfter = time.Second
	}
	a := &admission{cfg: cfg, slots: make(chan struct{}, cfg.MaxInFlight)}
	a.shed = prometheus.NewCounter(prometheus.CounterOpts{Name: "gigscout_http_shed_total",
		Help: "Searches refused with 503 because too many were running or waiting."})
	a.running = prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "gigscout_http_searches_in_flight",
		Help: "Searches running now."}, func() float64 { return float64(len(a.slots)) })
	if reg != nil {
		reg.Register(a.shed)    // a second server on one registry keeps the first's
		reg.Register(a.running) //
	}
	return a
}

// expensive reports whether a request runs a search (and so is admitted).
func expensive(r *http.Request) bool {
	p := r.URL.Path
	return p == "/" || p == "/api/v1/search" || strings.HasPrefix(p, "/feeds/")
}

// acquire takes a slot, waiting in the queue within bounds; ok is false
// when the request is to be shed.
func (a *admission) acquire(ctx context.Context) (release func(), ok bool) {
	select {
	case a.slots <- struct{}{}:
		return a.release, true
	default:
	}
	if a.waiting.Add(1) > int64(a.cfg.MaxQueue) {
		a.waiting.Add(-1)
		return nil, false
	}
	defer a.waiting.Add(-1)
	t := time.NewTimer(a.cfg.QueueWait)
	defer t.Stop()
	select {
	case a.slots <- struct{}{}:
		return a.release, true
	case <-t.C:
		return nil, false
	case <-ctx.Done():
		return nil, false
	}
}

func (a *admission) release() { <-a.slots }

// admit runs searches through the gate with their deadline.
func (s *Server) admit(next http.Handler) http.Handler {
	if s.admission == nil || s.admission.cfg.Disabled {
		return next
	}
	a := s.admission
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !expensive(r) {
			next.ServeHTTP(w, r)
			return
		}
		release, ok := a.acquire(r.Context())
		if !ok {
			a.shed.Inc()
			w.Header().Set("Retry-After", strconv.Itoa(int(max(1, a.cfg.RetryAfter.Round(time.Second)/time.Second))))
			err := &apiError{status: http.StatusServiceUnavailable, code: "overloaded",
				message: "too many searches right now; try again in a second"}
			if strings.HasPrefix(r.URL.Path, "/api/") || strings.HasPrefix(r.URL.Path, "/feeds/") {
				s.error(w, r, err)
			} else {
				s.errorPage(w, r, err)
			}
			return
		}
		defer release()
		ctx, cancel := context.WithTimeout(r.Context(), a.cfg.Timeout)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}
