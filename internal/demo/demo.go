// Package demo serves bundled sample job boards on 127.0.0.1, in
// Greenhouse's real Job Board API format, so that `gigscout demo` shows
// real search results with no internet. The employers and listings are
// invented for the demo: paid micro-internships (by fee and hourly),
// internships, projects, some unpaid and a few scams, to show the flags.
package demo

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"path"
	"sort"
	"strings"
	"sync/atomic"
	"time"
)

//go:embed boards/*.json
var boards embed.FS

// Boards is the running sample-board server.
type Boards struct {
	srv  *http.Server
	ln   net.Listener
	err  chan error
	mail atomic.Pointer[MailCatcher]
}

// Names returns the bundled board names.
func Names() []string {
	entries, _ := fs.ReadDir(boards, "boards")
	var out []string
	for _, e := range entries {
		out = append(out, strings.TrimSuffix(e.Name(), ".json"))
	}
	sort.Strings(out)
	return out
}

// Handler serves GET /v1/boards/{board}/jobs and an allow-all robots.txt.
func Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /robots.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "User-agent: *\nAllow: /\n")
	})
	mux.HandleFunc("GET /v1/boards/{board}/jobs", func(w http.ResponseWriter, r *http.Request) {
		body, err := boards.ReadFile(path.Join("boards", path.Base(r.PathValue("board"))+".json"))
		if err != nil {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusNotFound)
			fmt.Fprint(w, `{"status":404,"error":"Job board not found"}`)
			return
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Write(body)
	})
	return mux
}

// Start serves the sample boards on addr ("127.0.0.1:0" picks a port).
func Start(addr string) (*Boards, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return nil, fmt.Errorf("demo: refusing to serve sample boards on non-loopback %s", addr)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	b := &Boards{ln: ln, err: make(chan error, 1)}
	b.srv = &http.Server{Handler: serveWithMail(Handler(), b.mail.Load), ReadHeaderTimeout: 5 * time.Second}
	go func() {
		if err := b.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			b.err <- err
		}
		close(b.err)
	}()
	return b, nil
}

// ShowMail serves what c caught at /mail on the boards' address.
func (b *Boards) ShowMail(c *MailCatcher) { b.mail.Store(c) }

// URL is the base URL to give sources as base_url.
func (b *Boards) URL() string { return "http://" + b.ln.Addr().String() }

// Close stops the server.
func (b *Boards) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return b.srv.Shutdown(ctx)
}
