package web

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

func TestSuggestEndpoint(t *testing.T) {
	h := newTestServer(t, Options{}).Handler()
	tests := []struct {
		query string
		want  []SuggestItem // without counts
	}{
		{"q=pyth", []SuggestItem{{Text: "Python data cleaning project", Kind: "title", ID: "l04"}, {Text: "Python", Kind: "skill"}}},
		{"q=bright", []SuggestItem{{Text: "BrightPath", Kind: "company"}}},
		{"q=data+an&limit=1", []SuggestItem{{Text: "Data analysis micro-internship", Kind: "title", ID: "l01"}}},
		{"q=earn", []SuggestItem{}}, // the scam's title is hidden
	}
	for _, tt := range tests {
		w := get(t, h, "/api/v1/suggest?"+tt.query)
		if w.Code != 200 {
			t.Fatalf("%s: %d %s", tt.query, w.Code, w.Body)
		}
		res := decode[SuggestResponse](t, w)
		if len(res.Data) != len(tt.want) {
			t.Errorf("%s: %+v, want %+v", tt.query, res.Data, tt.want)
			continue
		}
		for i, it := range res.Data {
			it.Count = 0
			if it != tt.want[i] {
				t.Errorf("%s: [%d] = %+v, want %+v", tt.query, i, it, tt.want[i])
			}
		}
	}
	for _, c := range []struct{ query, param string }{
		{"", "q"}, {"q=", "q"}, {"q=da&limit=0", "limit"}, {"q=da&limit=21", "limit"}, {"q=da&lang=en", "lang"},
		{"q=a&q=b", "q"}, {"q=" + strings.Repeat("a", 101), "q"},
	} {
		w := get(t, h, "/api/v1/suggest?"+c.query)
		if e := decode[errorBody](t, w); w.Code != 400 || e.Error.Param != c.param {
			t.Errorf("suggest?%s: %d %+v, want 400 naming %s", c.query, w.Code, e, c.param)
		}
	}
}

func TestFeeds(t *testing.T) {
	h := newTestServer(t, Options{PublicURL: "https://gigscout.example.org/"}).Handler()

	w := get(t, h, "/feeds/search.atom?type=micro_internship")
	if w.Code != 200 || w.Header().Get("Content-Type") != contentAtom {
		t.Fatalf("atom: %d %s", w.Code, w.Header().Get("Content-Type"))
	}
	var atom struct {
		Title   string `xml:"title"`
		Updated string `xml:"updated"`
		Entries []struct {
			Title string `xml:"title"`
			ID    string `xml:"id"`
			Link  struct {
				Href string `xml:"href,attr"`
			} `xml:"link"`
			Summary string `xml:"summary"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal(w.Body.Bytes(), &atom); err != nil {
		t.Fatal(err)
	}
	if len(atom.Entries) != 2 || atom.Entries[0].Title != "Data analysis micro-internship at BrightPath" ||
		atom.Entries[0].Link.Href != "https://gigscout.example.org/listings/l01" || atom.Updated == "" ||
		!strings.Contains(atom.Title, "type: micro_internship") || !strings.Contains(atom.Entries[0].Summary, "$300 per project") {
		t.Errorf("atom = %+v", atom)
	}

	w = get(t, h, "/feeds/search.rss?q=python")
	var rss struct {
		Channel struct {
			Title string `xml:"title"`
			Items []struct {
				Title, Link, Description string
				GUID                     string `xml:"guid"`
			} `xml:"item"`
		} `xml:"channel"`
	}
	if err := xml.Unmarshal(w.Body.Bytes(), &rss); err != nil || w.Header().Get("Content-Type") != contentRSS {
		t.Fatal(err, w.Header())
	}
	if len(rss.Channel.Items) != 2 || !strings.Contains(rss.Channel.Title, "python") {
		t.Errorf("rss = %+v", rss)
	}

	w = get(t, h, "/feeds/search.json?limit=3")
	var jf struct {
		Version, Title, HomePageURL, FeedURL, NextURL string
		Items                                         []struct {
			ID, URL, Title, ContentHTML, DatePublished string
		}
	}
	if err := json.Unmarshal(fixJSONFeedKeys(w.Body.Bytes()), &jf); err != nil || w.Header().Get("Content-Type") != contentJSONFeed {
		t.Fatal(err, w.Header())
	}
	if jf.Version != "https://jsonfeed.org/version/1.1" || len(jf.Items) != 3 || jf.FeedURL != "https://gigscout.example.org/feeds/search.json?limit=3" ||
		!strings.Contains(jf.NextURL, "cursor=") || jf.Items[0].DatePublished == "" {
		t.Errorf("json feed = %+v", jf)
	}
	w = get(t, h, "/feeds/search.json?high_risk=1")
	if e := decode[errorBody](t, w); w.Code != 400 || e.Error.Param != "high_risk" {
		t.Errorf("feed with a bad parameter: %d %+v", w.Code, e)
	}
}

// fixJSONFeedKeys maps JSON Feed's snake_case keys onto the test's field names.
func fixJSONFeedKeys(b []byte) []byte {
	r := strings.NewReplacer(`"home_page_url"`, `"HomePageURL"`, `"feed_url"`, `"FeedURL"`, `"next_url"`, `"NextURL"`,
		`"content_html"`, `"ContentHTML"`, `"date_published"`, `"DatePublished"`)
	return []byte(r.Replace(string(b)))
}

func TestOpenSearch(t *testing.T) {
	h := newTestServer(t, Options{}).Handler()
	w := get(t, h, "/opensearch.xml")
	var d struct {
		ShortName string `xml:"ShortName"`
		URLs      []struct {
			Type     string `xml:"type,attr"`
			Template string `xml:"template,attr"`
		} `xml:"Url"`
	}
	if err := xml.Unmarshal(w.Body.Bytes(), &d); err != nil {
		t.Fatal(err)
	}
	if d.ShortName != "gigscout" || len(d.URLs) < 2 || d.URLs[0].Template != "http://example.com/?q={searchTerms}" {
		t.Errorf("opensearch = %+v", d)
	}
	page := get(t, h, "/").Body.String()
	if !strings.Contains(page, `<link rel="search" type="application/opensearchdescription+xml" title="gigscout" href="/opensearch.xml">`) {
		t.Error("the page does not link the OpenSearch description")
	}
}

func TestConditionalRequests(t *testing.T) {
	h := newTestServer(t, Options{CacheMaxAge: 2 * time.Minute}).Handler()
	for _, p := range []string{"/api/v1/search?q=data", "/feeds/search.atom?q=data", "/feeds/search.rss", "/feeds/search.json", "/", "/listings/l01", "/api/v1/listings/l01", "/api/v1/suggest?q=da"} {
		w := get(t, h, p)
		tag := w.Header().Get("ETag")
		if w.Code != 200 || tag == "" || w.Header().Get("Cache-Control") != "public, max-age=120" {
			t.Errorf("%s: %d etag %q cache-control %q", p, w.Code, tag, w.Header().Get("Cache-Control"))
			continue
		}
		if again := get(t, h, p); again.Header().Get("ETag") != tag {
			t.Errorf("%s: ETag changed between equal responses: %s, %s", p, tag, again.Header().Get("ETag"))
		}
		if nm := get(t, h, p, "If-None-Match", tag); nm.Code != http.StatusNotModified || nm.Body.Len() != 0 {
			t.Errorf("%s: If-None-Match: %d, %d bytes", p, nm.Code, nm.Body.Len())
		}
		if m := get(t, h, p, "If-None-Match", `"other"`); m.Code != 200 {
			t.Errorf("%s: other ETag: %d", p, m.Code)
		}
	}
	w := get(t, h, "/api/v1/search")
	lm := w.Header().Get("Last-Modified")
	if lm == "" {
		t.Fatal("no Last-Modified on a search")
	}
	if ims := get(t, h, "/api/v1/search", "If-Modified-Since", lm); ims.Code != http.StatusNotModified {
		t.Errorf("If-Modified-Since: %d", ims.Code)
	}
	if w := get(t, h, "/api/v1/search?posted_within=7d"); w.Header().Get("Last-Modified") != "" {
		t.Error("Last-Modified on a search that moves with the clock")
	}
	if other := get(t, h, "/api/v1/search?q=python"); other.Header().Get("ETag") == get(t, h, "/api/v1/search?q=data").Header().Get("ETag") {
		t.Error("different searches share an ETag")
	}
}

func TestRateLimit(t *testing.T) {
	now := testNow
	s := newTestServer(t, Options{RateLimit: RateLimit{PerSecond: 0.5, Burst: 2, MaxClients: 2}, Now: func() time.Time { return now }})
	h := s.Handler()
	from := func(ip, path string) *httptest.ResponseRecorder {
		r := httptest.NewRequest(http.MethodGet, path, nil)
		r.RemoteAddr = ip + ":5555"
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w
	}
	for i := range 2 {
		if w := from("10.0.0.1", "/api/v1/search"); w.Code != 200 {
			t.Fatalf("request %d: %d", i, w.Code)
		}
	}
	w := from("10.0.0.1", "/api/v1/search")
	if e := decode[errorBody](t, w); w.Code != http.StatusTooManyRequests || e.Error.Code != "rate_limited" || w.Header().Get("Retry-After") != "2" {
		t.Errorf("over the limit: %d Retry-After %q %+v", w.Code, w.Header().Get("Retry-After"), e)
	}
	if w := from("10.0.0.1", "/healthz"); w.Code != 200 {
		t.Errorf("healthz limited: %d", w.Code)
	}
	if w := from("10.0.0.2", "/"); w.Code != 200 {
		t.Errorf("another client limited: %d", w.Code)
	}
	now = now.Add(2 * time.Second)
	if w := from("10.0.0.1", "/api/v1/search"); w.Code != 200 {
		t.Errorf("after waiting: %d", w.Code)
	}
	from("10.0.0.3", "/") // a third client evicts the least recently seen (10.0.0.2)
	if n := s.limiter.clients(); n != 2 {
		t.Errorf("clients remembered = %d, want 2", n)
	}
	if _, ok := s.limiter.byKey["10.0.0.2"]; ok {
		t.Error("the least recently seen client was kept")
	}
}

func TestCORS(t *testing.T) {
	h := newTestServer(t, Options{AllowedOrigins: []string{"https://career.example.edu"}}).Handler()
	w := get(t, h, "/api/v1/search", "Origin", "https://career.example.edu")
	if w.Header().Get("Access-Control-Allow-Origin") != "https://career.example.edu" || !strings.Contains(w.Header().Get("Access-Control-Expose-Headers"), "ETag") {
		t.Errorf("allowed origin: %v", w.Header())
	}
	if w := get(t, h, "/api/v1/search", "Origin", "https://evil.example"); w.Header().Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("other origin allowed: %v", w.Header())
	}
	r := httptest.NewRequest(http.MethodOptions, "/feeds/search.json", nil)
	r.Header.Set("Origin", "https://career.example.edu")
	pre := httptest.NewRecorder()
	h.ServeHTTP(pre, r)
	if pre.Code != http.StatusNoContent || pre.Header().Get("Access-Control-Allow-Methods") != "GET, OPTIONS" {
		t.Errorf("preflight: %d %v", pre.Code, pre.Header())
	}
	h = newTestServer(t, Options{AllowedOrigins: []string{"*"}}).Handler()
	if w := get(t, h, "/api/v1/suggest?q=da", "Origin", "https://any.example"); w.Header().Get("Access-Control-Allow-Origin") != "*" {
		t.Errorf("wildcard: %v", w.Header())
	}
}

func TestMetrics(t *testing.T) {
	reg := prometheus.NewRegistry()
	crawls := prometheus.NewCounter(prometheus.CounterOpts{Name: "gigscout_crawls_total", Help: "test"})
	reg.MustRegister(crawls)
	crawls.Inc()
	s := newTestServer(t, Options{Registry: reg})
	if s.Registry() != reg {
		t.Fatal("Registry() is not the given registry")
	}
	h := s.Handler()
	get(t, h, "/api/v1/search?q=data")
	get(t, h, "/api/v1/listings/l01")
	get(t, h, "/api/v1/listings/nope")
	get(t, h, "/no/such/page")
	body := get(t, h, "/metrics").Body.String()
	for _, want := range []string{
		`gigscout_http_requests_total{code="200",method="GET",route="GET /api/v1/search"} 1`,
		`gigscout_http_requests_total{code="200",method="GET",route="GET /api/v1/listings/{id}"} 1`,
		`gigscout_http_requests_total{code="404",method="GET",route="GET /api/v1/listings/{id}"} 1`,
		`gigscout_http_requests_total{code="404",method="GET",route="/"} 1`,
		`gigscout_http_request_duration_seconds_count{code="200",route="GET /api/v1/search"} 1`,
		`gigscout_crawls_total 1`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	// A second server on the same registry shares the metrics.
	newTestServer(t, Options{Registry: reg})
	// Without a registry a server makes its own, with the Go collector.
	own := newTestServer(t, Options{})
	if body := get(t, own.Handler(), "/metrics").Body.String(); !strings.Contains(body, "go_goroutines") {
		t.Error("own registry lacks the Go collector")
	}
}

func TestPanicIsA500(t *testing.T) {
	s := newTestServer(t, Options{})
	s.mux.HandleFunc("GET /boom", func(http.ResponseWriter, *http.Request) { panic("secret detail") })
	w := get(t, s.Handler(), "/boom")
	if e := decode[errorBody](t, w); w.Code != 500 || e.Error.Code != "internal" || strings.Contains(w.Body.String(), "secret") {
		t.Errorf("panic: %d %s", w.Code, w.Body)
	}
}

func TestAdminReindex(t *testing.T) {
	called := 0
	srv := newTestServer(t, Options{Reindex: func(context.Context) (int, error) { called++; return 7, nil }})
	req := httptest.NewRequest(http.MethodPost, "/admin/reindex", nil)
	req.RemoteAddr = "127.0.0.1:5555"
	w := httptest.NewRecorder()
	srv.Handler().ServeHTTP(w, req)
	if w.Code != 200 || !strings.Contains(w.Body.String(), `"reindexed":7`) || called != 1 {
		t.Fatalf("loopback reindex: %d %s", w.Code, w.Body)
	}
	req = httptest.NewRequest(http.MethodPost, "/admin/reindex", nil)
	req.RemoteAddr = "203.0.113.9:5555"
	w = httptest.NewRecorder()
	srv.Handler().ServeHTTP(w, req)
	if w.Code != 403 || called != 1 {
		t.Fatalf("remote reindex: %d %s", w.Code, w.Body)
	}
}
