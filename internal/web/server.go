// Package web serves gigscout over HTTP: the JSON API, the student pages,
// feeds, widget assets and operational endpoints.
package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/gigscout/gigscout/index"
	"github.com/gigscout/gigscout/internal/store"
)

// SourceInfo is one source's health for /api/v1/sources.
type SourceInfo struct {
	Name     string     `json:"name"`
	Label    string     `json:"label,omitempty"` // the human name: the board's company or site
	Kind     string     `json:"kind"`
	Schedule string     `json:"schedule"`
	NextRun  *time.Time `json:"next_run,omitempty"`
	*store.SourceStat
}

// Options configure the server.
type Options struct {
	Index          *index.Index
	Store          store.Store
	Logger         *slog.Logger
	AllowedOrigins []string
	// Sources lists the configured sources with their health.
	Sources func(ctx context.Context) ([]SourceInfo, error)
	// Ready reports whether the server can answer searches (index caught up).
	Ready func(ctx context.Context) error
	// Now replaces time.Now in tests.
	Now func() time.Time
	// PublicURL is the absolute base URL (no trailing slash) used in feeds,
	// OpenSearch and JSON-LD; empty: taken from each request's Host.
	PublicURL string
	// Registry receives the HTTP metrics and is served on /metrics, so other
	// packages' collectors registered on it appear there too. Nil: a new
	// registry with the Go and process collectors.
	Registry *prometheus.Registry
	// RateLimit limits requests per client IP; the zero value gives
	// generous defaults.
	RateLimit RateLimit
	// CacheMaxAge is the Cache-Control max-age of searches, feeds and
	// pages; 0 means one minute.
	CacheMaxAge time.Duration
	// Reindex rebuilds the index from the store and returns how many
	// listings it indexed; POST /admin/reindex calls it for `gigscout
	// reindex` (loopback clients only). Nil: the route answers 404.
	Reindex func(ctx context.Context) (int, error)
	// WidgetScope resolves a widget key for /stats and /api/v1/stats: its
	// name, preset filters and use per day. An error carrying a status
	// (a 403 for a revoked key) is answered with it. Nil: this server's own
	// keys when WidgetSecret is set, else a key parameter is a 400 saying
	// keys are not enabled.
	WidgetScope func(ctx context.Context, key string) (*WidgetScope, error)
	// AdminToken guards /api/v1/widgets (Authorization: Bearer TOKEN);
	// empty: those endpoints answer 404.
	AdminToken string
	// WidgetSecret signs widget keys (HMAC-SHA256); empty: every key= is
	// key_invalid.
	WidgetSecret []byte
	// Subscriptions serves the digest pages and POST /api/v1/subscriptions
	// (internal/digest implements it). Nil: those routes answer 404.
	Subscriptions Subscriptions
	// RunDigests sends (or with dryRun renders) the digests due now, for
	// `gigscout digest run` beside a running server (POST
	// /admin/digests/run, loopback clients only). Nil: 404.
	RunDigests func(ctx context.Context, dryRun bool) (any, error)
	// Instance is served on GET /admin/instance to clients on this machine;
	// nil: the route answers 404.
	Instance *Instance
	// FlagIDs are the red-flag ids exclude_flag accepts; nil: any.
	FlagIDs []string
	// Admission bounds the searches running at once (admission.go).
	Admission Admission
	// TrustedProxies are the addresses and CIDR ranges of reverse proxies
	// whose X-Forwarded-For names the client (for rate limiting and the
	// request log). Empty: X-Forwarded-For is ignored. Bad entries are
	// ignored here: config validation names them.
	TrustedProxies []string
}

// Server is the HTTP handler set.
type Server struct {
	opts     Options
	log      *slog.Logger
	searcher *Searcher
	mux      *http.ServeMux
	limiter  *limiter
	metrics  *metrics
	pages    *pages
	clock    modClock
	stats    statsCache
	subLimit *limiter // subscribe requests per address
	// admission gates the searches (admission.go).
	admission *admission
	healthC   healthCache
	proxies   []netip.Prefix
}

// New builds the server.
func New(opts Options) *Server {
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.CacheMaxAge <= 0 {
		opts.CacheMaxAge = time.Minute
	}
	if opts.Registry == nil {
		opts.Registry = newRegistry()
	}
	opts.PublicURL = strings.TrimSuffix(opts.PublicURL, "/")
	s := &Server{opts: opts, log: opts.Logger, searcher: &Searcher{Index: opts.Index, Store: opts.Store}, mux: http.NewServeMux(),
		limiter: newLimiter(opts.RateLimit, opts.Now), metrics: newMetrics(opts.Registry), pages: mustParsePages()}
	if s.opts.WidgetScope == nil && len(s.opts.WidgetSecret) > 0 && s.opts.Store != nil {
		s.opts.WidgetScope = s.widgetScope
	}
	s.subLimit = newLimiter(RateLimit{PerSecond: 1.0 / subscribeEvery, Burst: subscribeBurst}, opts.Now)
	s.admission = newAdmission(opts.Admission, opts.Registry)
	var perr error
	if s.proxies, perr = parseProxies(opts.TrustedProxies); perr != nil {
		s.log.Warn("ignoring trusted proxies", "error", perr)
	}
	s.routes()
	return s
}

// Routes lists every route the server answers, as ServeMux patterns;
// /openapi.json describes each of them.
var Routes = []string{
	"GET /api/v1/search",
	"GET /api/v1/suggest",
	"GET /api/v1/listings/{id}",
	"GET /api/v1/sources",
	"GET /api/v1/stats",
	"GET /feeds/search.atom",
	"GET /feeds/search.rss",
	"GET /feeds/search.json",
	"GET /opensearch.xml",
	"GET /openapi.json",
	"GET /{$}",
	"GET /listings/{id}",
	"GET /stats",
	"GET /static/{file}",
	"GET /healthz",
	"GET /readyz",
	"GET /metrics",
	"POST /admin/reindex",
	"GET /api/v1/widget-status",
	"POST /api/v1/widgets",
	"GET /api/v1/widgets",
	"DELETE /api/v1/widgets/{key}",
	"GET /api/v1/widgets/{key}/stats",
	"GET /widget.js",
	"GET /embed",
	"GET /widget",
	"GET /go/{id}",
	"POST /api/v1/subscriptions",
	"GET /subscribe",
	"POST /subscribe",
	"GET /subscriptions/confirm",
	"POST /subscriptions/confirm",
	"GET /subscriptions/preferences",
	"POST /subscriptions/preferences",
	"GET /subscriptions/unsubscribe",
	"POST /subscriptions/unsubscribe",
	"POST /admin/digests/run",
	"GET /admin/instance",
	"GET /sources",
	"GET /flags",
}

func (s *Server) routes() {
	handlers := map[string]http.HandlerFunc{
		"GET /api/v1/search":        s.search,
		"GET /api/v1/suggest":       s.suggest,
		"GET /api/v1/listings/{id}": s.listing,
		"GET /api/v1/sources":       s.sources,
		"GET /api/v1/stats":         s.statsAPI,
		"GET /feeds/search.atom":    s.feed,
		"GET /feeds/search.rss":     s.feed,
		"GET /feeds/search.json":    s.feed,
		"GET /opensearch.xml":       s.openSearch,
		"GET /openapi.json":         s.openAPI,
		"GET /{$}":                  s.searchPage,
		"GET /listings/{id}":        s.listingPage,
		"GET /stats":                s.statsPage,
		"GET /static/{file}":        s.static,
		"GET /healthz":              s.healthz,
		"GET /readyz":               s.readyz,
		"GET /metrics":              s.metrics.handler(s.opts.Registry).ServeHTTP,
		"POST /admin/reindex":       s.reindex,

		"POST /api/v1/subscriptions":      s.apiSubscribe,
		"GET /subscribe":                  s.subscribePage,
		"POST /subscribe":                 s.subscribeForm,
		"GET /subscriptions/confirm":      s.confirmPage,
		"POST /subscriptions/confirm":     s.confirmPost,
		"GET /subscriptions/preferences":  s.preferencesPage,
		"POST /subscriptions/preferences": s.preferencesPost,
		"GET /subscriptions/unsubscribe":  s.unsubscribePage,
		"POST /subscriptions/unsubscribe": s.unsubscribePost,
		"POST /admin/digests/run":         s.runDigests,
		"GET /admin/instance":             s.instance,
		"GET /sources":                    s.sourcesPage,
		"GET /flags":                      s.flagsPage,
	}
	maps.Copy(handlers, s.widgetHandlers())
	for _, p := range Routes {
		s.mux.HandleFunc(p, handlers[p])
	}
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		s.error(w, r, &apiError{status: http.StatusNotFound, code: "not_found", message: "no such endpoint"})
	})
	s.mux.HandleFunc("/", s.notFoundPage)
}

// Handler returns the server's handler with its middleware: metrics,
// panic recovery, the request log, rate limiting and CORS.
func (s *Server) Handler() http.Handler {
	return s.instrument(s.recoverer(s.logRequests(securityHeaders(s.rateLimit(s.cors(s.admit(s.mux)))))))
}

// Registry is the Prometheus registry served on /metrics.
func (s *Server) Registry() *prometheus.Registry { return s.opts.Registry }

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	sr, ok := s.runSearch(w, r)
	if !ok {
		return
	}
	res, wk, mod := sr.res, sr.widget, sr.modified
	if wk != nil {
		res.Meta.Presets = wk.Presets
		s.recordWidgetSearch(r, wk, sr.query.Cursor)
	}
	took := res.Meta.TookMS
	res.Meta.TookMS = 0
	basis, err := encodeJSON(res)
	if err != nil {
		s.error(w, r, err)
		return
	}
	body, err := withTook(basis, res, took)
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.serveCached(w, r, cached{contentType: contentJSON, body: body, etagOf: basis, modified: mod, private: wk != nil})
}

// searched is one search request parsed, checked and answered.
type searched struct {
	params   url.Values
	widget   *store.WidgetKey // nil unless a widget key came with the request
	query    index.Query
	res      *SearchResponse
	modified time.Time // the Last-Modified of the answer
}

// runSearch parses, checks and answers the search in r, the same way for
// the JSON API and the feeds. On failure it has written the error response
// and returns false.
func (s *Server) runSearch(w http.ResponseWriter, r *http.Request) (searched, bool) {
	params, wk, err := s.widgetParams(w, r)
	if err != nil {
		s.error(w, r, err)
		return searched{}, false
	}
	q, warnings, err := ParseSearch(params, s.opts.Now())
	if err == nil {
		err = s.checkSources(r.Context(), q)
	}
	if err == nil {
		err = s.searchable()
	}
	if err != nil {
		s.error(w, r, err)
		return searched{}, false
	}
	mod := s.lastModified(q)
	res, err := s.searcher.Search(r.Context(), q, warnings)
	if err != nil {
		s.error(w, r, err)
		return searched{}, false
	}
	return searched{params: params, widget: wk, query: q, res: res, modified: mod}, true
}

// searchable reports errUnavailable when the server has no index.
func (s *Server) searchable() error {
	if s.opts.Index == nil {
		return errUnavailable
	}
	return nil
}

func (s *Server) listing(w http.ResponseWriter, r *http.Request) {
	l, err := s.opts.Store.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	scrubListing(l)
	body, err := encodeJSON(l)
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.serveCached(w, r, cached{contentType: contentJSON, body: body})
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

// reindex serves `gigscout reindex` while the server owns the index. Only
// a client on this machine may ask: the route is for the operator.
func (s *Server) reindex(w http.ResponseWriter, r *http.Request) {
	if s.opts.Reindex == nil {
		s.error(w, r, &apiError{status: http.StatusNotFound, code: "not_found", message: "no such endpoint"})
		return
	}
	host, _, _ := net.SplitHostPort(r.RemoteAddr)
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() || r.Header.Get("Origin") != "" {
		s.error(w, r, &apiError{status: http.StatusForbidden, code: "forbidden", message: "reindex is only for clients on this machine"})
		return
	}
	start := time.Now()
	n, err := s.opts.Reindex(r.Context())
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.json(w, http.StatusOK, map[string]any{"reindexed": n, "took_ms": time.Since(start).Milliseconds()})
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
	h, err := s.health(ctx)
	if err != nil {
		s.log.Warn("not ready: source health", "error", err)
		s.json(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable", "reason": "store"})
		return
	}
	if why := h.Unready(); why != "" {
		s.json(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable", "reason": why})
		return
	}
	body := map[string]any{"status": "ready", "listings": h.Listings, "sources": map[string]int{"ok": h.OK, "failed": h.Failed, "never_run": h.Never}}
	if n := h.Notice(); n != "" {
		body["warning"] = n
	}
	s.json(w, http.StatusOK, body)
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
	case errors.Is(err, errUnavailable):
		return &apiError{status: http.StatusServiceUnavailable, code: "unavailable", message: "search is not available on this server right now"}
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

// errUnavailable is a search on a server without an index.
var errUnavailable = errors.New("web: no index")

const contentJSON = "application/json; charset=utf-8"

func (s *Server) json(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", contentJSON)
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		s.log.Debug("writing response failed", "error", err)
	}
}

// encodeJSON is the JSON of v as the API writes it (<mark> left as is).
func encodeJSON(v any) ([]byte, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("web: encode: %w", err)
	}
	return []byte(b.String()), nil
}

// withTook is the JSON of res with meta.took_ms set to took, made from
// basis, res's JSON with took_ms 0 (the ETag's basis): the envelope's meta
// is its last key and opens with total and took_ms, and no string in the
// JSON can hold the unescaped quotes of that key, so the last
// `"meta":{"total":` opens it. Should the shape ever differ, res is encoded
// again.
func withTook(basis []byte, res *SearchResponse, took int64) ([]byte, error) {
	const zero = `,"took_ms":0,`
	if i := bytes.LastIndex(basis, []byte(`"meta":{"total":`)); i >= 0 {
		if j := bytes.Index(basis[i:], []byte(zero)); j >= 0 {
			j += i
			out := make([]byte, 0, len(basis)+20)
			out = append(out, basis[:j]...)
			out = append(out, `,"took_ms":`...)
			out = strconv.AppendInt(out, took, 10)
			out = append(out, ',')
			return append(out, basis[j+len(zero):]...), nil
		}
	}
	res.Meta.TookMS = took
	return encodeJSON(res)
}

// statusWriter records the status for the request log.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

// code is the status written, 200 when the handler wrote nothing.
func (w *statusWriter) code() int {
	if w.status == 0 {
		return http.StatusOK
	}
	return w.status
}

// Unwrap lets http.ResponseController reach the connection.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

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
		sw, ok := w.(*statusWriter)
		if !ok {
			sw = &statusWriter{ResponseWriter: w}
		}
		before := sw.bytes
		next.ServeHTTP(sw, r)
		s.log.LogAttrs(r.Context(), slog.LevelInfo, "request", slog.String("method", r.Method), slog.String("path", r.URL.Path),
			slog.Int("status", sw.code()), slog.Int("bytes", sw.bytes-before), slog.String("client", s.client(r)),
			slog.Int64("duration_ms", time.Since(start).Milliseconds()))
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
		if keyedRequest(r) { // the widget key decides (widgets.go)
			next.ServeHTTP(w, r)
			return
		}
		if origin != "" && (strings.HasPrefix(r.URL.Path, "/api/") || strings.HasPrefix(r.URL.Path, "/feeds/")) {
			switch {
			case any:
				w.Header().Set("Access-Control-Allow-Origin", "*")
			case slices.Contains(s.opts.AllowedOrigins, origin):
				w.Header().Set("Access-Control-Allow-Origin", origin)
				w.Header().Add("Vary", "Origin")
			default:
				next.ServeHTTP(w, r) // not allowed: no CORS headers, the browser refuses
				return
			}
			w.Header().Set("Access-Control-Expose-Headers", "ETag, Last-Modified, Retry-After")
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
