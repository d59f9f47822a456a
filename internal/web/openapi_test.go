package web

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/legacy"
)

func loadSpec(t *testing.T) *openapi3.T {
	t.Helper()
	doc, err := openapi3.NewLoader().LoadFromData(openAPISpec)
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("openapi.json is invalid: %v", err)
	}
	return doc
}

// TestOpenAPIDescribesEveryRoute: each route is a path of the spec, and
// each path a route.
func TestOpenAPIDescribesEveryRoute(t *testing.T) {
	doc := loadSpec(t)
	var routes []string
	for _, r := range Routes {
		method, p, _ := strings.Cut(r, " ")
		if p == "/{$}" {
			p = "/"
		}
		routes = append(routes, p)
		if item := doc.Paths.Find(p); item == nil || item.GetOperation(method) == nil {
			t.Errorf("route %s is not described", r)
		}
	}
	for _, p := range doc.Paths.InMatchingOrder() {
		if !slices.Contains(routes, p) {
			t.Errorf("described path %s is no route", p)
		}
	}
}

// TestOpenAPIResponses runs real requests through the handler and checks
// each request and response against the spec.
func TestOpenAPIResponses(t *testing.T) {
	doc := loadSpec(t)
	router, err := legacy.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	s := newTestServer(t, Options{Sources: func(context.Context) ([]SourceInfo, error) {
		return []SourceInfo{{Name: "brightpath", Kind: "greenhouse", Schedule: "@every 6h"}}, nil
	}})
	h := s.Handler()
	searchCursor := decode[SearchResponse](t, get(t, h, "/api/v1/search?limit=2")).Meta.NextCursor
	tests := []struct {
		target string
		status int
		header []string
	}{
		{"/api/v1/search", 200, nil},
		{"/api/v1/search?q=data+-python+%22micro+internship%22&remote=remote&region=US&type=micro_internship&skill=Python&source=brightpath&company=BrightPath&paid=true&min_hourly_usd=10&max_hours=40&posted_within=7d&deadline_after=2026-01-01&exclude_flag=UNPAID&include_flagged=true&include_closed=false&sort=relevance&limit=5", 200, nil},
		{"/api/v1/search?include_flagged=true&include_closed=true&limit=2&cursor=" + searchCursor, 200, nil},
		{"/api/v1/search?q=pyhton", 200, nil},
		{"/api/v1/search?limit=0", 400, nil},
		{"/api/v1/search?colour=red", 400, nil},
		{"/api/v1/suggest?q=data", 200, nil},
		{"/api/v1/suggest?q=da&limit=50", 400, nil},
		{"/api/v1/listings/l08", 200, nil},
		{"/api/v1/listings/l01", 200, nil},
		{"/api/v1/listings/nope", 404, nil},
		{"/api/v1/sources", 200, nil},
		{"/api/v1/stats", 200, nil},
		{"/api/v1/stats?colour=red", 400, nil},
		{"/api/v1/stats?key=wk_x", 400, nil},
		{"/stats", 200, nil},
		{"/stats?key=wk_x", 400, nil},
		{"/feeds/search.atom?q=data", 200, nil},
		{"/feeds/search.rss", 200, nil},
		{"/feeds/search.json?type=project", 200, nil},
		{"/feeds/search.json?sort=up", 400, nil},
		{"/opensearch.xml", 200, nil},
		{"/openapi.json", 200, nil},
		{"/", 200, nil},
		{"/?q=python&skill=Python", 200, nil},
		{"/?limit=-1", 400, nil},
		{"/listings/l01", 200, nil},
		{"/listings/nope", 404, nil},
		{"/static/style.css", 200, nil},
		{"/static/nope.css", 404, nil},
		{"/healthz", 200, nil},
		{"/readyz", 200, nil},
		{"/metrics", 200, nil},
	}
	for _, tt := range tests {
		t.Run(tt.target[:min(len(tt.target), 60)], func(t *testing.T) {
			req := httptest.NewRequest(http.MethodGet, tt.target, nil)
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			if w.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", w.Code, tt.status, w.Body)
			}
			checkAgainstSpec(t, router, req, w)
		})
	}
	// 304 and 429 are described too.
	tag := get(t, h, "/api/v1/search").Header().Get("ETag")
	req := httptest.NewRequest(http.MethodGet, "/api/v1/search", nil)
	req.Header.Set("If-None-Match", tag)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	if w.Code != 304 {
		t.Fatalf("If-None-Match: %d", w.Code)
	}
	checkAgainstSpec(t, router, req, w)

	limited := New(Options{Store: s.opts.Store, Index: s.opts.Index, Logger: s.log, RateLimit: RateLimit{Burst: 1, PerSecond: 0.01}}).Handler()
	get(t, limited, "/api/v1/search")
	req = httptest.NewRequest(http.MethodGet, "/api/v1/search", nil)
	w = httptest.NewRecorder()
	limited.ServeHTTP(w, req)
	if w.Code != 429 {
		t.Fatalf("rate limited: %d", w.Code)
	}
	checkAgainstSpec(t, router, req, w)
}

func checkAgainstSpec(t *testing.T, router routers.Router, req *http.Request, w *httptest.ResponseRecorder) {
	t.Helper()
	route, params, err := router.FindRoute(req)
	if err != nil {
		t.Fatalf("%s is not in the spec: %v", req.URL, err)
	}
	in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route,
		Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc}}
	if w.Code < 400 {
		if err := openapi3filter.ValidateRequest(context.Background(), in); err != nil {
			t.Errorf("request %s does not match the spec: %v", req.URL, err)
		}
	}
	ctype := w.Header().Get("Content-Type")
	isJSON := strings.HasPrefix(ctype, "application/json")
	out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: w.Code, Header: w.Header(),
		Body:    io.NopCloser(bytes.NewReader(w.Body.Bytes())),
		Options: &openapi3filter.Options{IncludeResponseStatus: true, ExcludeResponseBody: !isJSON}}
	if err := openapi3filter.ValidateResponse(context.Background(), out); err != nil {
		t.Errorf("response %d %s to %s does not match the spec: %v", w.Code, ctype, req.URL, err)
	}
	if w.Code != http.StatusNotModified && !isJSON {
		// kin-openapi checks no bodies but JSON: check the media type is described.
		op := route.Operation
		resp := op.Responses.Status(w.Code)
		if resp == nil || resp.Value == nil || resp.Value.Content.Get(strings.Split(ctype, ";")[0]) == nil {
			t.Errorf("%s: %d %s is not described", req.URL, w.Code, ctype)
		}
	}
}
