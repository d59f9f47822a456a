package web

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// TestRateLimitByCost: a campus behind one address shares one bucket,
// and opening listings and suggest cost far less than a search.
func TestRateLimitByCost(t *testing.T) {
	now := testNow
	s := newTestServer(t, Options{RateLimit: RateLimit{PerSecond: 1, Burst: 2}, Now: func() time.Time { return now }})
	h := s.Handler()
	do := func(path string) int {
		r := httptest.NewRequest(http.MethodGet, path, nil)
		r.RemoteAddr = "198.51.100.7:4000"
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w.Code
	}
	// A burst of 2 searches is 20 suggestions.
	for i := range 20 {
		if c := do("/api/v1/suggest?q=da"); c != 200 {
			t.Fatalf("suggest %d: %d", i+1, c)
		}
	}
	if c := do("/api/v1/suggest?q=da"); c != http.StatusTooManyRequests {
		t.Errorf("suggest 21: %d, want 429", c)
	}
	now = now.Add(2 * time.Second) // refilled: 2 searches' worth
	for i := range 10 {
		if c := do("/listings/l01"); c != 200 {
			t.Fatalf("listing page %d: %d", i+1, c)
		}
	}
	if c := do("/api/v1/search"); c != http.StatusTooManyRequests {
		t.Errorf("a search after 10 listing pages: %d, want 429", c)
	}
	for _, tt := range []struct {
		path string
		cost int
	}{{"/api/v1/suggest", costSuggest}, {"/api/v1/search", costSearch}, {"/", costSearch}, {"/feeds/search.atom", costSearch},
		{"/listings/x", costPage}, {"/api/v1/listings/x", costPage}, {"/flags", costPage}} {
		if c := requestCost(httptest.NewRequest(http.MethodGet, tt.path, nil)); c != tt.cost {
			t.Errorf("cost of %s = %d, want %d", tt.path, c, tt.cost)
		}
	}
}

func TestClientBehindTrustedProxies(t *testing.T) {
	s := newTestServer(t, Options{TrustedProxies: []string{"10.0.0.0/8", "192.0.2.10", "bogus"}})
	for _, tt := range []struct {
		name, peer string
		xff        []string
		want       string
	}{
		{"no proxy configured for this peer: header ignored", "203.0.113.5", []string{"1.2.3.4"}, "203.0.113.5"},
		{"trusted proxy: the client it names", "10.1.2.3", []string{"198.51.100.7"}, "198.51.100.7"},
		{"chain of trusted proxies", "10.1.2.3", []string{"198.51.100.7, 192.0.2.10"}, "198.51.100.7"},
		{"spoofed left-most entry is not believed", "10.1.2.3", []string{"6.6.6.6, 198.51.100.7"}, "198.51.100.7"},
		{"several headers", "10.1.2.3", []string{"6.6.6.6", "198.51.100.8"}, "198.51.100.8"},
		{"garbage hop", "10.1.2.3", []string{"not-an-ip"}, "10.1.2.3"},
		{"no header", "10.1.2.3", nil, "10.1.2.3"},
		{"only proxies", "10.1.2.3", []string{"10.9.9.9"}, "10.1.2.3"},
	} {
		r := httptest.NewRequest(http.MethodGet, "/", nil)
		r.RemoteAddr = tt.peer + ":1234"
		for _, v := range tt.xff {
			r.Header.Add("X-Forwarded-For", v)
		}
		if got := s.client(r); got != tt.want {
			t.Errorf("%s: client = %s, want %s", tt.name, got, tt.want)
		}
	}
	if len(s.proxies) != 2 {
		t.Errorf("parsed proxies = %v, want the two valid entries", s.proxies)
	}
}
