// Package web serves gigscout over HTTP: the JSON API, the student pages,
// feeds, widget assets and operational endpoints.
package web

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/gigscout/gigscout/index"
	"github.com/gigscout/gigscout/internal/store"
)

// SourceInfo is one source's health for /api/v1/sources.
type SourceInfo struct {
	Name     string     `json:"name"`
	Kind     string     `json:"kind"`
	Schedule string     `json:"schedule"`
	NextRun  *time.Time `json:"next_run,omitempty"`
	*store.SourceStat
}

// Options configure the server.
type Options struct {
	Index          *index.Index
	Store          *store.Store
	Logger         *slog.Logger
	AllowedOrigins []string
	// Sources lists the configured sources with their health.
	Sources func(ctx context.Context) ([]SourceInfo, error)
	// Ready reports whether the server can answer searches (index caught up).
	Ready func(ctx context.Context) error
	// Now replaces time.Now in tests.
	Now func() time.Time
}

// Server is the HTTP handler set.
type Server struct {
	opts     Options
	log      *slog.Logger
	searcher *Searcher
	mux      *http.ServeMux
}

// New builds the server.
func New(opts Options) *Server {
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	s := &Server{opts: opts, log: opts.Logger, searcher: &Searcher{Index: opts.Index, Store: opts.Store}, mux: http.NewServeMux()}
	s.routes()
	return s
}

func (s *Server) routes() {
	s.mux.HandleFunc("GET /api/v1/search", s.search)
	s.mux.HandleFunc("GET /api/v1/listings/{id}", s.listing)
	s.mux.HandleFunc("GET /api/v1/sources", s.sources)
	s.mux.HandleFunc("GET /healthz", s.healthz)
	s.mux.HandleFunc("GET /readyz", s.readyz)
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		s.error(w, r, &apiError{status: http.StatusNotFound, code: "not_found", message: "no such endpoint"})
	})
}

// Handler returns the server's handler with its middleware.
func (s *Server) Handler() http.Handler {
	return s.recoverer(s.logRequests(s.cors(s.mux)))
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	q, warnings, err := ParseSearch(r.URL.Query(), s.opts.Now())
	if err != nil {
		s.error(w, r, err)
		return
	}
	res, err := s.searcher.Search(r.Context(), q, warnings)
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.json(w, http.StatusOK, res)
}

func (s *Server) listing(w http.ResponseWriter, r *http.Request) {
	l, err := s.opts.Store.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.json(w, http.StatusOK, l)
}

func (s *Server) sources(w http.ResponseWriter, r *http.Request) {
	if s.opts.Sources == nil {
		s.json(w, http.StatusOK, map[string]any{"data": []SourceInfo{}})
		return
	}
	list, err := s.opts.Sources(r.Context())
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.json(w, http.StatusOK, map[string]any{"data": list})
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	s.json(w, http.StatusOK, map[string]string{"status": "ok"})
}

func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if err := s.opts.Store.Ping(ctx); err != nil {
		s.log.Warn("not ready: store", "error", err)
		s.json(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable", "reason": "store"})
		return
	}
	if s.opts.Ready != nil {
		if err := s.opts.Ready(ctx); err != nil {
			s.json(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable", "reason": err.Error()})
			return
		}
	}
	s.json(w, http.StatusOK, map[string]string{"status": "ready"})
}

// apiError is an error with its HTTP form.
type apiError struct {
	status  int
	code    string
	param   string
	message string
}

func (e *apiError) Error() string { return e.message }

// toAPIError is the one table from errors to HTTP statuses. Anything not
// listed is a 500 whose details go to the log, never to the client.
func toAPIError(err error) *apiError {
	var ae *apiError
	var pe *ParamError
	switch {
	case errors.As(err, &ae):
		return ae
	case errors.As(err, &pe):
		return &apiError{status: http.StatusBadRequest, code: "invalid_param", param: pe.Param, message: pe.Message}
	case errors.Is(err, index.ErrBadCursor):
		return &apiError{status: http.StatusBadRequest, code: "invalid_param", param: "cursor", message: "cursor is invalid or was made for another sort"}
	case errors.Is(err, store.ErrNotFound):
		return &apiError{status: http.StatusNotFound, code: "not_found", message: "not found"}
	case errors.Is(err, context.Canceled):
		return &apiError{status: 499, code: "cancelled", message: "request cancelled"}
	case errors.Is(err, context.DeadlineExceeded):
		return &apiError{status: http.StatusServiceUnavailable, code: "timeout", message: "the request took too long"}
	}
	return &apiError{status: http.StatusInternalServerError, code: "internal", message: "internal error"}
}

func (s *Server) error(w http.ResponseWriter, r *http.Request, err error) {
	ae := toAPIError(err)
	if ae.status >= 500 {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "error", err)
	}
	body := map[string]any{"code": ae.code, "message": ae.message}
	if ae.param != "" {
		body["param"] = ae.param
	}
	s.json(w, ae.status, map[string]any{"error": body})
}

func (s *Server) json(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		s.log.Debug("writing response failed", "error", err)
	}
}

// statusWriter records the status for the request log.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		s.log.Info("request", "method", r.Method, "path", r.URL.Path, "status", sw.status,
			"bytes", sw.bytes, "duration_ms", time.Since(start).Milliseconds())
	})
}

func (s *Server) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic", "path", r.URL.Path, "value", v, "stack", string(debug.Stack()))
				s.error(w, r, errors.New("panic"))
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// cors allows the configured origins to read the API (GET only).
func (s *Server) cors(next http.Handler) http.Handler {
	any := slices.Contains(s.opts.AllowedOrigins, "*")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if origin != "" && (strings.HasPrefix(r.URL.Path, "/api/") || strings.HasPrefix(r.URL.Path, "/feeds/")) {
			switch {
			case any:
				w.Header().Set("Access-Control-Allow-Origin", "*")
			case slices.Contains(s.opts.AllowedOrigins, origin):
				w.Header().Set("Access-Control-Allow-Origin", origin)
				w.Header().Add("Vary", "Origin")
			}
			if r.Method == http.MethodOptions {
				w.Header().Set("Access-Control-Allow-Methods", "GET, OPTIONS")
				w.Header().Set("Access-Control-Allow-Headers", "Content-Type")
				w.Header().Set("Access-Control-Max-Age", "86400")
				w.WriteHeader(http.StatusNoContent)
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}
