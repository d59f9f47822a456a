package web

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/routers/legacy"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store"
)

const (
	testOrigin     = "https://careers.example.edu"
	testAdminToken = "admin-token-0123456789"
)

var testSecret = []byte("0123456789abcdef0123456789abcdef-test-secret")

// newWidgetServer serves the test listings with widget keys enabled.
func newWidgetServer(t *testing.T, opts Options) (*Server, http.Handler) {
	t.Helper()
	if opts.WidgetSecret == nil {
		opts.WidgetSecret = testSecret
	}
	if opts.AdminToken == "" {
		opts.AdminToken = testAdminToken
	}
	s := newTestServer(t, opts)
	return s, s.Handler()
}

// mustKey creates a key for testOrigin with the presets (a query string).
func mustKey(t *testing.T, s *Server, presets string, expires time.Duration) string {
	t.Helper()
	f, err := url.ParseQuery(presets)
	if err != nil {
		t.Fatal(err)
	}
	c, _, err := s.widgetAdmin().Create(context.Background(), WidgetSpec{Name: "State U", Origins: []string{testOrigin}, Filters: f, Expires: expires})
	if err != nil {
		t.Fatal(err)
	}
	return c.Key
}

func TestWidgetKeySigning(t *testing.T) {
	id := "0123456789abcdef01234567"
	key := signWidgetKey(testSecret, id)
	if got, ok := verifyWidgetKey(testSecret, key); !ok || got != id {
		t.Fatalf("verify(%s) = %q %v", key, got, ok)
	}
	if len(key) != len("wk_")+widgetIDHexLen+1+widgetSigLen {
		t.Errorf("key %s has length %d", key, len(key))
	}
	flip := func(s string, i int) string {
		b := []byte(s)
		if b[i] == 'a' {
			b[i] = 'b'
		} else {
			b[i] = 'a'
		}
		return string(b)
	}
	other := signWidgetKey([]byte("another secret, 32 characters long!!"), id)
	for name, bad := range map[string]string{
		"id changed":          flip(key, 5),
		"signature changed":   flip(key, len(key)-3),
		"other id, same sig":  "wk_" + "1123456789abcdef01234567" + key[len("wk_")+widgetIDHexLen:],
		"other secret":        other,
		"no prefix":           strings.TrimPrefix(key, "wk_"),
		"upper-case id":       "wk_" + strings.ToUpper(id) + key[len("wk_")+widgetIDHexLen:],
		"truncated signature": key[:len(key)-1],
		"extra character":     key + "A",
		"empty":               "",
		"no signature":        "wk_" + id,
		"padded signature":    key + "=",
	} {
		if _, ok := verifyWidgetKey(testSecret, bad); ok {
			t.Errorf("%s: %q verified", name, bad)
		}
	}
	if _, ok := verifyWidgetKey(nil, key); ok {
		t.Error("a key verified without a secret")
	}
}

func TestWidgetKeyStates(t *testing.T) {
	s, h := newWidgetServer(t, Options{})
	ctx := context.Background()
	ok := mustKey(t, s, "paid=true", time.Hour)
	revoked := mustKey(t, s, "", 0)
	if _, err := s.widgetAdmin().Revoke(ctx, revoked); err != nil {
		t.Fatal(err)
	}
	past := &WidgetAdmin{Store: s.opts.Store, Secret: testSecret, Now: func() time.Time { return testNow.Add(-2 * time.Hour) }}
	expired, _, err := past.Create(ctx, WidgetSpec{Name: "old", Origins: []string{testOrigin}, Expires: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	unstored := signWidgetKey(testSecret, newWidgetID())
	tampered := ok[:len(ok)-2] + "xx"
	tests := []struct {
		name, key string
		status    int
		code      string
	}{
		{"usable", ok, 200, ""},
		{"revoked", revoked, 403, "key_revoked"},
		{"expired", expired.Key, 403, "key_expired"},
		{"tampered", tampered, 403, "key_invalid"},
		{"signed but not stored", unstored, 403, "key_invalid"},
		{"garbage", "hello", 403, "key_invalid"},
		{"empty", "", 400, "invalid_param"}, // an empty value is refused like any other parameter's
	}
	for _, tt := range tests {
		for _, path := range []string{"/api/v1/search", "/feeds/search.atom", "/feeds/search.json"} {
			w := get(t, h, path+"?key="+url.QueryEscape(tt.key), "Origin", testOrigin)
			if w.Code != tt.status {
				t.Errorf("%s %s: status %d, want %d: %s", tt.name, path, w.Code, tt.status, w.Body)
				continue
			}
			if tt.code != "" {
				if e := decode[errorBody](t, w); e.Error.Code != tt.code {
					t.Errorf("%s %s: code %q, want %q", tt.name, path, e.Error.Code, tt.code)
				}
				if a := w.Header().Get("Access-Control-Allow-Origin"); a != "" {
					t.Errorf("%s %s: a refused key still allows CORS: %q", tt.name, path, a)
				}
			}
		}
	}
	// The key's expiry is exact: one second before it, the key works.
	exp, err := s.resolveWidgetKey(ctx, expired.Key)
	if !errors.Is(err, errKeyExpired) || exp == nil {
		t.Fatalf("expired key: %v", err)
	}
	before := &Server{opts: s.opts}
	before.opts.Now = func() time.Time { return exp.ExpiresAt.Add(-time.Second) }
	if _, err := before.resolveWidgetKey(ctx, expired.Key); err != nil {
		t.Errorf("one second before expiry: %v", err)
	}
	// A server without a secret accepts no key at all.
	nosecret := &Server{opts: s.opts}
	nosecret.opts.WidgetSecret = nil
	if _, err := nosecret.resolveWidgetKey(ctx, ok); !errors.Is(err, errKeyInvalid) {
		t.Errorf("no secret: %v", err)
	}
	// The same key twice is one key (repeated values count once); two
	// different keys are refused.
	if w := get(t, h, "/api/v1/search?key="+ok+"&key="+ok); w.Code != 200 {
		t.Errorf("the same key twice: %d %s", w.Code, w.Body)
	}
	if w := get(t, h, "/api/v1/search?key="+ok+"&key="+url.QueryEscape(tampered)); w.Code != 400 || decode[errorBody](t, w).Error.Param != "key" {
		t.Errorf("two keys: %d %s", w.Code, w.Body)
	}
}

func TestWidgetOrigins(t *testing.T) {
	s, h := newWidgetServer(t, Options{PublicURL: "https://gigscout.example.org"})
	key := mustKey(t, s, "paid=true", 0)
	def, _, err := s.widgetAdmin().Create(context.Background(), WidgetSpec{Name: "ports", Origins: []string{"HTTPS://Careers.Example.EDU:443/", "http://127.0.0.1:8123"}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, key, origin string
		status            int
		allow             string // Access-Control-Allow-Origin
	}{
		{"allowed origin", key, testOrigin, 200, testOrigin},
		{"other origin", key, "https://evil.example", 403, ""},
		{"allowed host, other scheme", key, "http://careers.example.edu", 403, ""},
		{"allowed host, other port", key, "https://careers.example.edu:8443", 403, ""},
		{"subdomain of the allowed host", key, "https://x.careers.example.edu", 403, ""},
		{"opaque origin (sandboxed iframe, file:)", key, "null", 403, ""},
		{"no Origin header (same-origin page or a program)", key, "", 200, ""},
		{"gigscout's own origin (/embed, /widget)", key, "https://gigscout.example.org", 200, "https://gigscout.example.org"},
		{"origin stored normalized", def.Key, testOrigin, 200, testOrigin},
		{"loopback with port", def.Key, "http://127.0.0.1:8123", 200, "http://127.0.0.1:8123"},
		{"loopback, other port", def.Key, "http://127.0.0.1:8124", 403, ""},
	}
	for _, tt := range tests {
		for _, path := range []string{"/api/v1/search?q=data&key=", "/feeds/search.rss?key="} {
			var hdr []string
			if tt.origin != "" {
				hdr = []string{"Origin", tt.origin}
			}
			w := get(t, h, path+url.QueryEscape(tt.key), hdr...)
			if w.Code != tt.status {
				t.Errorf("%s %s: status %d, want %d", tt.name, path, w.Code, tt.status)
				continue
			}
			if a := w.Header().Get("Access-Control-Allow-Origin"); a != tt.allow {
				t.Errorf("%s %s: Access-Control-Allow-Origin %q, want %q", tt.name, path, a, tt.allow)
			}
			if !slices.Contains(w.Header().Values("Vary"), "Origin") {
				t.Errorf("%s %s: no Vary: Origin", tt.name, path)
			}
			if tt.status == 403 {
				if e := decode[errorBody](t, w); e.Error.Code != "origin_not_allowed" || !strings.Contains(e.Error.Message, tt.origin) {
					t.Errorf("%s: error %+v", tt.name, e)
				}
			}
		}
	}
	// Without key= the configured CORS (allowed_origins ["*"] here: none
	// configured means no header) applies as before.
	if w := get(t, h, "/api/v1/search?q=data", "Origin", "https://evil.example"); w.Code != 200 {
		t.Errorf("a search without a key from any origin: %d", w.Code)
	}
}

// TestWidgetPresetsCannotBeLifted tries, for every parameter a key can
// preset, to override the preset with a wider value: the results must be
// those of the preset alone, and meta.presets must show it.
func TestWidgetPresetsCannotBeLifted(t *testing.T) {
	s, h := newWidgetServer(t, Options{})
	tests := []struct{ param, preset, attempt string }{
		{"remote", "hybrid", "remote=remote&remote=hybrid&remote=onsite"},
		{"region", "EU", "region=US,EU,worldwide"},
		{"type", "internship", "type=project&type=micro_internship,internship"},
		{"skill", "Excel", "skill=Python"},
		{"source", "acme", "source=brightpath&source=acme&source=remotive"},
		{"company", "Datawise", "company=BrightPath"},
		{"paid", "true", "paid=false"},
		{"min_hourly_usd", "30", "min_hourly_usd=0"},
		{"max_hours", "10", "max_hours=1000"},
		{"posted_within", "3d", "posted_within=3650d"},
		{"deadline_after", "2026-12-01", "deadline_after=2000-01-01"},
		{"exclude_flag", "PAY_UNSPECIFIED", "exclude_flag=NONE"},
		{"include_flagged", "false", "include_flagged=true"},
		{"include_closed", "false", "include_closed=true"},
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		seen[tt.param] = true
		key := mustKey(t, s, tt.param+"="+url.QueryEscape(tt.preset), 0)
		want := ids(decode[SearchResponse](t, get(t, h, "/api/v1/search?"+tt.param+"="+url.QueryEscape(tt.preset))))
		wider := ids(decode[SearchResponse](t, get(t, h, "/api/v1/search?"+tt.attempt)))
		if slices.Equal(want, wider) && tt.param != "include_flagged" && tt.param != "include_closed" {
			t.Errorf("%s: the attempt %q finds the same as the preset; the test would not see a lift", tt.param, tt.attempt)
		}
		for _, attempt := range []string{tt.attempt, tt.attempt + "&include_flagged=true&include_closed=true", "limit=20&" + tt.attempt} {
			w := get(t, h, "/api/v1/search?key="+url.QueryEscape(key)+"&"+attempt, "Origin", testOrigin)
			if w.Code != 200 {
				t.Errorf("%s: %q: %d %s", tt.param, attempt, w.Code, w.Body)
				continue
			}
			res := decode[SearchResponse](t, w)
			if got := ids(res); !slices.Equal(got, want) {
				t.Errorf("%s preset %s, request %q: got %v, want %v", tt.param, tt.preset, attempt, got, want)
			}
			if !reflect.DeepEqual(res.Meta.Presets, map[string][]string{tt.param: {tt.preset}}) {
				t.Errorf("%s: meta.presets = %v", tt.param, res.Meta.Presets)
			}
		}
	}
	for _, p := range presetParams {
		if !seen[p] {
			t.Errorf("preset parameter %s is not tried", p)
		}
	}
	// include_flagged and include_closed stay off through a key unless preset...
	plain := mustKey(t, s, "", 0)
	res := decode[SearchResponse](t, get(t, h, "/api/v1/search?include_flagged=true&include_closed=true&limit=100&key="+plain))
	if got := ids(res); slices.Contains(got, "l05") || slices.Contains(got, "l10") {
		t.Errorf("a key without presets showed hidden listings: %v", got)
	}
	// ...and a preset turns them on.
	open := mustKey(t, s, "include_flagged=true&include_closed=true", 0)
	res = decode[SearchResponse](t, get(t, h, "/api/v1/search?limit=100&key="+open))
	if got := ids(res); !slices.Contains(got, "l05") || !slices.Contains(got, "l10") {
		t.Errorf("a key presetting include_flagged and include_closed: %v", got)
	}
	// The parameters a key leaves open still work, and bad ones are still 400s.
	both := mustKey(t, s, "paid=true", 0)
	res = decode[SearchResponse](t, get(t, h, "/api/v1/search?q=data&type=micro_internship&key="+both))
	if got := ids(res); !slices.Equal(got, []string{"l01", "l09"}) && !slices.Equal(got, []string{"l09", "l01"}) {
		t.Errorf("open filters with a key: %v", got)
	}
	for _, bad := range []string{"limit=0", "colour=red", "Paid=false", "min_hourly_usd=-1"} {
		if w := get(t, h, "/api/v1/search?key="+both+"&"+bad); w.Code != 400 {
			t.Errorf("%s with a key: %d", bad, w.Code)
		}
	}
}

func TestWidgetSpecValidation(t *testing.T) {
	good := WidgetSpec{Name: "State U", Origins: []string{testOrigin}}
	with := func(f func(*WidgetSpec)) WidgetSpec {
		s := good
		s.Filters = url.Values{}
		f(&s)
		return s
	}
	tests := []struct {
		name         string
		spec         WidgetSpec
		field, param string
	}{
		{"no name", with(func(s *WidgetSpec) { s.Name = " " }), "name", ""},
		{"no origin", with(func(s *WidgetSpec) { s.Origins = nil }), "origin", ""},
		{"origin with a path", with(func(s *WidgetSpec) { s.Origins = []string{"https://x.edu/careers"} }), "origin", ""},
		{"origin without scheme", with(func(s *WidgetSpec) { s.Origins = []string{"careers.example.edu"} }), "origin", ""},
		{"ftp origin", with(func(s *WidgetSpec) { s.Origins = []string{"ftp://x.edu"} }), "origin", ""},
		{"wildcard origin", with(func(s *WidgetSpec) { s.Origins = []string{"https://*.x.edu"} }), "origin", ""},
		{"star", with(func(s *WidgetSpec) { s.Origins = []string{"*"} }), "origin", ""},
		{"query preset", with(func(s *WidgetSpec) { s.Filters.Set("q", "data") }), "filter", "q"},
		{"cursor preset", with(func(s *WidgetSpec) { s.Filters.Set("cursor", "x") }), "filter", "cursor"},
		{"limit preset", with(func(s *WidgetSpec) { s.Filters.Set("limit", "5") }), "filter", "limit"},
		{"unknown preset", with(func(s *WidgetSpec) { s.Filters.Set("colour", "red") }), "filter", "colour"},
		{"empty preset", with(func(s *WidgetSpec) { s.Filters.Set("paid", " ") }), "filter", "paid"},
		{"bad bool", with(func(s *WidgetSpec) { s.Filters.Set("paid", "yes please") }), "filter", "paid"},
		{"bad number", with(func(s *WidgetSpec) { s.Filters.Set("min_hourly_usd", "twenty") }), "filter", "min_hourly_usd"},
		{"bad type", with(func(s *WidgetSpec) { s.Filters.Set("type", "gig") }), "filter", "type"},
		{"bad remote", with(func(s *WidgetSpec) { s.Filters.Set("remote", "mars") }), "filter", "remote"},
		{"bad duration", with(func(s *WidgetSpec) { s.Filters.Set("posted_within", "soon") }), "filter", "posted_within"},
		{"bad date", with(func(s *WidgetSpec) { s.Filters.Set("deadline_after", "tomorrow") }), "filter", "deadline_after"},
		{"twice", with(func(s *WidgetSpec) { s.Filters["paid"] = []string{"true", "false"} }), "filter", "paid"},
		{"negative expiry", with(func(s *WidgetSpec) { s.Expires = -time.Hour }), "expires", ""},
	}
	for _, tt := range tests {
		_, _, err := checkWidgetSpec(tt.spec, testNow)
		var se *WidgetSpecError
		if !errors.As(err, &se) || se.Field != tt.field || se.Param != tt.param {
			t.Errorf("%s: %v, want field %s param %q", tt.name, err, tt.field, tt.param)
		}
	}
	origins, presets, err := checkWidgetSpec(with(func(s *WidgetSpec) {
		s.Origins = []string{"https://Careers.Example.edu/", "https://careers.example.edu:443", "http://localhost:8080"}
		s.Filters.Set("type", "project,internship")
		s.Filters.Set("region", " US ")
	}), testNow)
	if err != nil || !slices.Equal(origins, []string{testOrigin, "http://localhost:8080"}) || presets.Get("region") != "US" {
		t.Errorf("normalized: %v %v %v", origins, presets, err)
	}
	for in, want := range map[string]time.Duration{"": DefaultWidgetExpiry, "never": 0, "30d": 30 * 24 * time.Hour, "12h": 12 * time.Hour} {
		if got, err := ParseWidgetExpiry(in); err != nil || got != want {
			t.Errorf("expiry %q = %v %v", in, got, err)
		}
	}
	for _, in := range []string{"soon", "-1d", "0d", "1y"} {
		if _, err := ParseWidgetExpiry(in); err == nil {
			t.Errorf("expiry %q accepted", in)
		}
	}
}

// do runs one request with a method, a body and headers.
func do(t *testing.T, h http.Handler, method, target, body string, header ...string) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(method, target, strings.NewReader(body))
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func TestWidgetAdminAPI(t *testing.T) {
	// No token configured: the endpoints do not exist.
	s0 := newTestServer(t, Options{WidgetSecret: testSecret})
	for _, r := range [][2]string{{"GET", "/api/v1/widgets"}, {"POST", "/api/v1/widgets"}, {"DELETE", "/api/v1/widgets/x"}, {"GET", "/api/v1/widgets/x/stats"}} {
		if w := do(t, s0.Handler(), r[0], r[1], "{}", "Authorization", "Bearer "+testAdminToken); w.Code != 404 {
			t.Errorf("%s %s without a configured token: %d", r[0], r[1], w.Code)
		}
	}
	_, h := newWidgetServer(t, Options{PublicURL: "https://gigscout.example.org"})
	auth := []string{"Authorization", "Bearer " + testAdminToken}
	for _, hdr := range [][]string{nil, {"Authorization", "Bearer wrong"}, {"Authorization", testAdminToken}, {"Authorization", "Bearer " + testAdminToken + "x"}} {
		if w := do(t, h, "GET", "/api/v1/widgets", "", hdr...); w.Code != 401 || w.Header().Get("WWW-Authenticate") == "" {
			t.Errorf("list with %v: %d", hdr, w.Code)
		}
	}
	for _, c := range []struct{ body, param string }{
		{`{"name":"x","origins":["https://x.edu"],"filters":{"min_hourly_usd":"lots"}}`, "filters.min_hourly_usd"},
		{`{"name":"x","origins":["https://x.edu"],"filters":{"q":"data"}}`, "filters.q"},
		{`{"name":"x","origins":["x.edu"]}`, "origins"},
		{`{"name":"","origins":["https://x.edu"]}`, "name"},
		{`{"name":"x","origins":["https://x.edu"],"expires":"soon"}`, "expires"},
		{`{"name":"x","origins":["https://x.edu"],"filters":{"paid":true}}`, "filters.paid"},
	} {
		w := do(t, h, "POST", "/api/v1/widgets", c.body, auth...)
		if e := decode[errorBody](t, w); w.Code != 400 || e.Error.Param != c.param {
			t.Errorf("create %s: %d %+v, want 400 naming %s", c.body, w.Code, e, c.param)
		}
	}
	if w := do(t, h, "POST", "/api/v1/widgets", `{"name":"x","origin":["https://x.edu"]}`, auth...); w.Code != 400 {
		t.Errorf("unknown field: %d", w.Code)
	}
	w := do(t, h, "POST", "/api/v1/widgets", `{"name":"State U","origins":["https://careers.example.edu"],"filters":{"paid":"true","type":["project","internship"]},"expires":"30d"}`, auth...)
	if w.Code != 201 {
		t.Fatalf("create: %d %s", w.Code, w.Body)
	}
	var created struct {
		Key, Snippet string
		ExpiresAt    time.Time `json:"expires_at"`
	}
	json.Unmarshal(w.Body.Bytes(), &created)
	if !strings.HasPrefix(created.Key, "wk_") || !created.ExpiresAt.Equal(testNow.Add(30*24*time.Hour)) ||
		created.Snippet != `<div data-gigscout data-key="`+created.Key+`"></div>`+"\n"+`<script src="https://gigscout.example.org/widget.js" async></script>` {
		t.Errorf("created %+v", created)
	}
	list := decode[struct{ Data []WidgetKeyInfo }](t, do(t, h, "GET", "/api/v1/widgets", "", auth...))
	if len(list.Data) != 1 || list.Data[0].Key != created.Key || list.Data[0].Status != "active" ||
		!reflect.DeepEqual(list.Data[0].Presets, url.Values{"paid": {"true"}, "type": {"project", "internship"}}) {
		t.Errorf("list: %+v", list)
	}
	// Searches (first pages only) and clicks are counted per day.
	for _, target := range []string{"/api/v1/search?key=" + created.Key, "/api/v1/search?q=data&key=" + created.Key, "/api/v1/search?limit=1&key=" + created.Key} {
		if w := get(t, h, target, "Origin", testOrigin); w.Code != 200 {
			t.Fatalf("%s: %d", target, w.Code)
		}
	}
	next := decode[SearchResponse](t, get(t, h, "/api/v1/search?limit=1&key="+created.Key)).Meta.NextCursor
	get(t, h, "/api/v1/search?limit=1&key="+created.Key+"&cursor="+url.QueryEscape(next)) // a next page: not another search
	get(t, h, "/feeds/search.atom?key="+created.Key)                                      // a feed: not a search
	for range 2 {
		if w := get(t, h, "/go/l04?w="+created.Key); w.Code != 302 {
			t.Fatalf("go: %d", w.Code)
		}
	}
	get(t, h, "/go/l04") // no key: not counted
	stats := decode[struct {
		Data []store.WidgetDay
		Meta struct{ Searches, Clicks int }
	}](t, do(t, h, "GET", "/api/v1/widgets/"+created.Key+"/stats?from=2026-11-19&to=2026-11-20", "", auth...))
	if want := []store.WidgetDay{{Day: "2026-11-19"}, {Day: "2026-11-20", Searches: 4, Clicks: 2}}; !reflect.DeepEqual(stats.Data, want) || stats.Meta.Searches != 4 || stats.Meta.Clicks != 2 {
		t.Errorf("stats = %+v, want %+v", stats, want)
	}
	if w := do(t, h, "GET", "/api/v1/widgets/"+created.Key+"/stats?from=someday", "", auth...); w.Code != 400 {
		t.Errorf("bad from: %d", w.Code)
	}
	if w := do(t, h, "GET", "/api/v1/widgets/wk_nope/stats", "", auth...); w.Code != 404 {
		t.Errorf("stats of an unknown key: %d", w.Code)
	}
	// Revoke: the key stops working at once.
	if w := do(t, h, "DELETE", "/api/v1/widgets/"+created.Key, "", auth...); w.Code != 200 {
		t.Fatalf("revoke: %d %s", w.Code, w.Body)
	}
	if w := get(t, h, "/api/v1/search?key="+created.Key, "Origin", testOrigin); w.Code != 403 || decode[errorBody](t, w).Error.Code != "key_revoked" {
		t.Errorf("search with the revoked key: %d %s", w.Code, w.Body)
	}
	if w := do(t, h, "DELETE", "/api/v1/widgets/wk_unknown", "", auth...); w.Code != 404 {
		t.Errorf("revoke unknown: %d", w.Code)
	}
}

func TestGoRedirect(t *testing.T) {
	s, h := newWidgetServer(t, Options{})
	key := mustKey(t, s, "", 0)
	bad := fixture("l90", "acme", "Bad link", "Acme", model.RemoteRemote, nil, model.TypeProject, nil, "A listing with a script link.")
	bad.ApplyURL, bad.URL = "javascript:alert(1)", "//evil.example/x"
	if _, err := s.opts.Store.Upsert(context.Background(), []*model.Listing{bad}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		target, location string
		status           int
	}{
		{"/go/l01", "https://jobs.example.org/l01/apply", 302},
		{"/go/l01?w=" + key, "https://jobs.example.org/l01/apply", 302},
		{"/go/l02?w=" + key, "https://jobs.example.org/l02", 302}, // no apply URL: the listing's own URL
		{"/go/l01?w=" + key + "&url=https://evil.example&next=//evil.example&redirect=https%3A%2F%2Fevil.example", "https://jobs.example.org/l01/apply", 302},
		{"/go/l01?w=wk_forged", "https://jobs.example.org/l01/apply", 302},
		{"/go/https:%2F%2Fevil.example", "", 404},
		{"/go/%2F%2Fevil.example", "", 404},
		{"/go/nope", "", 404},
		{"/go/l90", "", 404}, // neither link is http(s)
	}
	for _, tt := range tests {
		w := get(t, h, tt.target)
		if w.Code != tt.status || w.Header().Get("Location") != tt.location {
			t.Errorf("%s: %d %q, want %d %q", tt.target, w.Code, w.Header().Get("Location"), tt.status, tt.location)
		}
	}
	days, err := s.opts.Store.WidgetDaily(context.Background(), strings.TrimPrefix(strings.Split(key, ".")[0], "wk_"), testNow, testNow)
	if err != nil || len(days) != 1 || days[0].Clicks != 3 {
		t.Errorf("clicks counted: %+v %v", days, err)
	}
}

func TestWidgetJS(t *testing.T) {
	_, h := newWidgetServer(t, Options{})
	w := get(t, h, "/widget.js")
	if w.Code != 200 || w.Header().Get("Content-Type") != "text/javascript; charset=utf-8" ||
		w.Header().Get("Cache-Control") != "public, max-age=3600" || w.Header().Get("ETag") == "" ||
		w.Header().Get("Cross-Origin-Resource-Policy") != "cross-origin" {
		t.Errorf("/widget.js: %d %v", w.Code, w.Header())
	}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(w.Body.Bytes())
	zw.Close()
	t.Logf("widget.js: %d bytes, %d gzipped", w.Body.Len(), gz.Len())
	if gz.Len() > 20*1024 {
		t.Errorf("widget.js is %d bytes gzipped, over the 20 KB budget", gz.Len())
	}
	for _, banned := range []string{"innerHTML", "eval(", "import(", "http://", "https://"} {
		if bytes.Contains(w.Body.Bytes(), []byte(banned)) {
			t.Errorf("widget.js contains %q (no HTML injection, no third-party code)", banned)
		}
	}
	for id, label := range model.FlagLabels {
		pair, _ := json.Marshal(map[string]string{id: label})
		if !bytes.Contains(w.Body.Bytes(), bytes.Trim(pair, "{}")) {
			t.Errorf("widget.js does not name flag %s as %q", id, label)
		}
	}
	if bytes.Contains(w.Body.Bytes(), []byte(flagLabelsMark)) {
		t.Errorf("widget.js still holds %s", flagLabelsMark)
	}
	if w := get(t, h, "/widget.js", "If-None-Match", w.Header().Get("ETag")); w.Code != 304 {
		t.Errorf("revalidation: %d", w.Code)
	}
}

func TestWidgetStatusEndpoint(t *testing.T) {
	s, h := newWidgetServer(t, Options{})
	key := mustKey(t, s, "paid=true&region=US", 0)
	type status struct {
		Status, Message string
		Presets         map[string][]string
	}
	w := get(t, h, "/api/v1/widget-status?key="+key, "Origin", testOrigin)
	st := decode[status](t, w)
	if st.Status != "ok" || !reflect.DeepEqual(st.Presets, map[string][]string{"paid": {"true"}, "region": {"US"}}) || w.Header().Get("Access-Control-Allow-Origin") != testOrigin {
		t.Errorf("allowed: %+v %v", st, w.Header())
	}
	w = get(t, h, "/api/v1/widget-status?key="+key, "Origin", "https://evil.example")
	st = decode[status](t, w)
	if w.Code != 200 || st.Status != "origin_not_allowed" || st.Presets != nil || w.Header().Get("Access-Control-Allow-Origin") != "https://evil.example" {
		t.Errorf("other origin: %d %+v", w.Code, st)
	}
	if st := decode[status](t, get(t, h, "/api/v1/widget-status?key=wk_x")); st.Status != "key_invalid" {
		t.Errorf("invalid: %+v", st)
	}
	if w := get(t, h, "/api/v1/widget-status"); w.Code != 400 {
		t.Errorf("no key: %d", w.Code)
	}
}

func TestEmbedPage(t *testing.T) {
	s, h := newWidgetServer(t, Options{})
	f := url.Values{}
	c, _, err := s.widgetAdmin().Create(context.Background(), WidgetSpec{Name: "State U", Origins: []string{testOrigin, "http://localhost:3000"}, Filters: f})
	if err != nil {
		t.Fatal(err)
	}
	w := get(t, h, "/embed?key="+c.Key+"&q=data&theme=dark")
	csp := w.Header().Get("Content-Security-Policy")
	if w.Code != 200 || !strings.HasSuffix(csp, "frame-ancestors "+testOrigin+" http://localhost:3000") {
		t.Errorf("embed: %d CSP %q", w.Code, csp)
	}
	body := w.Body.String()
	for _, want := range []string{`data-key="` + c.Key + `"`, `data-query="data"`, `data-theme="dark"`, `<script src="/widget.js" async>`, `<html lang="en">`} {
		if !strings.Contains(body, want) {
			t.Errorf("embed page lacks %s", want)
		}
	}
	if _, err := s.widgetAdmin().Revoke(context.Background(), c.Key); err != nil {
		t.Fatal(err)
	}
	w = get(t, h, "/embed?key="+c.Key)
	if w.Code != 403 || !strings.Contains(w.Body.String(), "revoked") || strings.Contains(w.Body.String(), "widget.js") {
		t.Errorf("revoked embed: %d %s", w.Code, w.Body)
	}
	w = get(t, h, "/embed?key=wk_forged")
	if w.Code != 403 || !strings.HasSuffix(w.Header().Get("Content-Security-Policy"), "frame-ancestors 'none'") {
		t.Errorf("forged embed: %d %q", w.Code, w.Header().Get("Content-Security-Policy"))
	}
	for _, q := range []string{"key=" + c.Key + "&theme=pink", "key=" + c.Key + "&paid=false"} {
		if w := get(t, h, "/embed?"+q); w.Code != 400 {
			t.Errorf("/embed?%s: %d", q, w.Code)
		}
	}
}

func TestWidgetConfiguratorPage(t *testing.T) {
	_, h := newWidgetServer(t, Options{})
	w := get(t, h, "/widget")
	body := w.Body.String()
	if w.Code != 200 {
		t.Fatalf("/widget: %d", w.Code)
	}
	for _, want := range []string{`id="wc-preview"`, `id="wc-snippet"`, `id="wc-token" name="token" type="password"`, `value="micro_internship"`, "configurator.js", `<script src="/widget.js" async>`} {
		if !strings.Contains(body, want) {
			t.Errorf("/widget lacks %s", want)
		}
	}
}

// TestWidgetOpenAPI checks the widget routes' requests and responses
// against openapi.json.
func TestWidgetOpenAPI(t *testing.T) {
	doc := loadSpec(t)
	router, err := legacy.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	s, h := newWidgetServer(t, Options{})
	key := mustKey(t, s, "paid=true&type=project,internship", 0)
	revoked := mustKey(t, s, "", 0)
	s.widgetAdmin().Revoke(context.Background(), revoked)
	auth := "Bearer " + testAdminToken
	tests := []struct {
		method, target, body string
		status               int
		header               []string
	}{
		{"GET", "/api/v1/search?q=data&key=" + key, "", 200, []string{"Origin", testOrigin}},
		{"GET", "/api/v1/search?key=" + key, "", 403, []string{"Origin", "https://evil.example"}},
		{"GET", "/api/v1/search?key=" + revoked, "", 403, nil},
		{"GET", "/feeds/search.json?key=" + key, "", 200, nil},
		{"GET", "/api/v1/widget-status?key=" + key, "", 200, []string{"Origin", testOrigin}},
		{"GET", "/api/v1/widget-status?key=" + key, "", 200, []string{"Origin", "https://evil.example"}},
		{"GET", "/api/v1/widget-status", "", 400, nil},
		{"POST", "/api/v1/widgets", `{"name":"x","origins":["https://x.edu"],"filters":{"paid":"true","region":["US","EU"]}}`, 201, []string{"Authorization", auth, "Content-Type", "application/json"}},
		{"POST", "/api/v1/widgets", `{"name":"x","origins":["https://x.edu"],"filters":{"paid":"maybe"}}`, 400, []string{"Authorization", auth, "Content-Type", "application/json"}},
		{"GET", "/api/v1/widgets", "", 200, []string{"Authorization", auth}},
		{"GET", "/api/v1/widgets", "", 401, []string{"Authorization", "Bearer nope"}},
		{"GET", "/api/v1/widgets/" + key + "/stats", "", 200, []string{"Authorization", auth}},
		{"DELETE", "/api/v1/widgets/" + key, "", 200, []string{"Authorization", auth}},
		{"DELETE", "/api/v1/widgets/wk_nope", "", 404, []string{"Authorization", auth}},
		{"GET", "/widget.js", "", 200, nil},
		{"GET", "/embed?key=" + revoked, "", 403, nil},
		{"GET", "/widget", "", 200, nil},
		{"GET", "/go/l01", "", 302, nil},
		{"GET", "/go/nope", "", 404, nil},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.target[:min(len(tt.target), 50)], func(t *testing.T) {
			req := httptest.NewRequest(tt.method, tt.target, strings.NewReader(tt.body))
			for i := 0; i+1 < len(tt.header); i += 2 {
				req.Header.Set(tt.header[i], tt.header[i+1])
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			if w.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", w.Code, tt.status, w.Body)
			}
			req.Body = io.NopCloser(strings.NewReader(tt.body))
			checkAgainstSpec(t, router, req, w)
		})
	}
}
