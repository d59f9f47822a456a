package crawler

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"sync/atomic"
	"testing"
)

// TestRedirectToPrivateRefusedAtDial: a board on an allowed (public) host
// redirects to a private address, by name or by literal; the collector
// refuses the second hop when it dials, and the private service is never
// reached. Name resolution is the test's own (no real DNS): in this test
// 127.0.0.1 plays a public address and 127.0.0.2 a private service.
func TestRedirectToPrivateRefusedAtDial(t *testing.T) {
	old := allowedAddr
	allowedAddr = func(ip netip.Addr) bool { return ip == netip.MustParseAddr("127.0.0.1") }
	t.Cleanup(func() { allowedAddr = old })

	var internalHits atomic.Int32
	ln, err := net.Listen("tcp", "127.0.0.2:0")
	if err != nil {
		t.Skipf("cannot listen on 127.0.0.2: %v", err)
	}
	internal := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		internalHits.Add(1)
		fmt.Fprint(w, `{"secret": "instance credentials"}`)
	}))
	internal.Listener.Close()
	internal.Listener = ln
	internal.Start()
	t.Cleanup(internal.Close)
	_, internalPort, _ := net.SplitHostPort(ln.Addr().String())

	board := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/by-name":
			http.Redirect(w, r, "http://metadata.internal.test:"+internalPort+"/latest", http.StatusFound)
		case "/by-literal":
			http.Redirect(w, r, "http://127.0.0.2:"+internalPort+"/latest", http.StatusMovedPermanently)
		case "/to-link-local":
			http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
		case "/chain":
			http.Redirect(w, r, "/by-name", http.StatusFound)
		default:
			fmt.Fprint(w, `{"jobs": []}`)
		}
	})
	_, boardPort, _ := net.SplitHostPort(board.Listener.Addr().String())
	zone := map[string][]netip.Addr{
		"jobs.allowed.test":      {netip.MustParseAddr("127.0.0.1")},
		"metadata.internal.test": {netip.MustParseAddr("127.0.0.2")},
	}
	var lookups atomic.Int32
	resolve := func(ctx context.Context, host string) ([]netip.Addr, error) {
		lookups.Add(1)
		if a, ok := zone[host]; ok {
			return a, nil
		}
		return nil, errors.New("no such host")
	}
	base := "http://jobs.allowed.test:" + boardPort

	guarded, err := NewCollector(Options{UserAgent: "t", Resolve: resolve})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := guarded.Get(context.Background(), &Request{URL: base + "/jobs"}); err != nil {
		t.Fatalf("the allowed host itself: %v", err)
	}
	for _, path := range []string{"/by-name", "/by-literal", "/to-link-local", "/chain"} {
		_, err := guarded.Get(context.Background(), &Request{URL: base + path})
		if !errors.Is(err, ErrPrivateAddress) {
			t.Errorf("%s: error %v, want ErrPrivateAddress", path, err)
		}
	}
	if n := internalHits.Load(); n != 0 {
		t.Fatalf("the private service was reached %d times", n)
	}
	if lookups.Load() == 0 {
		t.Fatal("the test's resolver was not used")
	}

	// The same redirect without the guard reaches the private service: the
	// test can tell a refused dial from one that never happened.
	open, err := NewCollector(Options{UserAgent: "t", Resolve: resolve, AllowPrivate: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := open.Get(context.Background(), &Request{URL: base + "/by-name"}); err != nil {
		t.Fatalf("unguarded: %v", err)
	}
	if internalHits.Load() != 1 {
		t.Fatalf("unguarded collector: private service hit %d times, want 1", internalHits.Load())
	}
}
