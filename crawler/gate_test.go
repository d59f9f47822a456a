package crawler

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

// countingGate records each host's acquires and releases, and whether a
// request ran while its slot was not held.
type countingGate struct {
	mu       sync.Mutex
	acquired map[string]int
	held     int
	released int
	fail     error
}

func (g *countingGate) Acquire(ctx context.Context, host string) (func(), error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.fail != nil {
		return nil, g.fail
	}
	g.acquired[host]++
	g.held++
	return func() {
		g.mu.Lock()
		g.held--
		g.released++
		g.mu.Unlock()
	}, nil
}

// Every request, retries and robots.txt included, passes the gate of its
// host and releases it; a gate that fails fails the request.
func TestCollectorGate(t *testing.T) {
	g := &countingGate{acquired: map[string]int{}}
	var inGate []int
	var calls int
	var mu sync.Mutex
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		g.mu.Lock()
		inGate = append(inGate, g.held)
		g.mu.Unlock()
		calls++
		n := calls
		mu.Unlock()
		switch {
		case r.URL.Path == "/robots.txt":
			w.Write([]byte("User-agent: *\nAllow: /\n"))
		case n == 2: // the first page request: retried
			w.WriteHeader(http.StatusServiceUnavailable)
		default:
			w.Write([]byte(`{"ok":true}`))
		}
	}))
	defer srv.Close()
	c, _ := testCollector(t, Options{Gate: g, Retries: 1, RespectRobots: true, PerHostDelay: 1})
	if _, err := c.Get(context.Background(), &Request{URL: srv.URL + "/jobs"}); err != nil {
		t.Fatal(err)
	}
	host := strings.TrimPrefix(srv.URL, "http://")
	if g.acquired[host] != 3 || g.released != 3 || g.held != 0 {
		t.Errorf("gate: acquired %v, released %d, held %d; want 3 requests (robots.txt, a 503, its retry) each released", g.acquired, g.released, g.held)
	}
	for i, h := range inGate {
		if h != 1 {
			t.Errorf("request %d ran with %d gate slots held, want 1", i, h)
		}
	}
	g.fail = errors.New("gate down")
	if _, err := c.Get(context.Background(), &Request{URL: srv.URL + "/other"}); err == nil || !strings.Contains(err.Error(), "gate down") {
		t.Errorf("with a failing gate: err = %v, want the gate's error", err)
	}
}
