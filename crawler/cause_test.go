package crawler

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
	"testing"
)

func TestCause(t *testing.T) {
	dns := &net.DNSError{Err: "no such host", Name: "boards-api.greenhouse.io", IsNotFound: true}
	dial := &net.OpError{Op: "dial", Net: "tcp", Err: dns}
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"dns under robots.txt", fmt.Errorf("greenhouse: %w", fmt.Errorf("robots.txt of boards-api.greenhouse.io: %w",
			fmt.Errorf("GET https://boards-api.greenhouse.io/robots.txt: %w", &url.Error{Op: "Get", URL: "https://boards-api.greenhouse.io/robots.txt", Err: dial}))),
			"dns: no such host boards-api.greenhouse.io (while fetching robots.txt of boards-api.greenhouse.io)"},
		{"dns alone", fmt.Errorf("GET x: %w", dial), "dns: no such host boards-api.greenhouse.io"},
		{"http status", fmt.Errorf("lever: %w", &HTTPError{URL: "https://api.lever.co/v0/postings/x", StatusCode: 404}),
			"http 404 Not Found: GET https://api.lever.co/v0/postings/x"},
		{"private", fmt.Errorf("GET http://10.0.0.1/: %w", fmt.Errorf("crawler: dial 10.0.0.1:80: %w", ErrPrivateAddress)),
			"guard: refusing private or loopback address (set crawler.allow_private only for local tests)"},
		{"robots disallow", fmt.Errorf("GET https://example.org/jobs: %w", ErrRobots), "robots.txt: GET https://example.org/jobs is disallowed"},
		{"cancelled", fmt.Errorf("GET x: %w", context.Canceled), "cancelled: the crawl was stopped"},
		{"unknown kept", errors.New("greenhouse: decode board: unexpected EOF"), "greenhouse: decode board: unexpected EOF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Cause(tt.err); got != tt.want {
				t.Errorf("Cause = %q\nwant    %q", got, tt.want)
			}
		})
	}
	if Cause(nil) != "" {
		t.Error("Cause(nil) is not empty")
	}
}

// TestCauseRefused fetches from a closed port on 127.0.0.1 through the
// collector, robots.txt first: the cause must come first, not the robots.txt wrapper.
func TestCauseRefused(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there now
	c, _ := testCollector(t, Options{RespectRobots: true, Retries: 0})
	_, err = c.Get(context.Background(), &Request{URL: "http://" + addr + "/jobs"})
	if err == nil {
		t.Fatal("no error from a closed port")
	}
	got := Cause(err)
	if !strings.HasPrefix(got, "connect: connection refused "+addr) || !strings.Contains(got, "while fetching robots.txt of "+addr) {
		t.Errorf("Cause = %q, want it to start with the refused connection and name the robots.txt step\n(error: %v)", got, err)
	}
}
