package web

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/getkin/kin-openapi/routers/legacy"

	"github.com/gigscout/gigscout/internal/store"
)

// recordingSubs records what the web layer asks of the digest service
// (internal/digest implements Subscriptions; cmd/gigscout's tests run the
// two together against a real SMTP server). Tokens "ok-PURPOSE" are
// valid; any other is refused as the real service refuses it.
type recordingSubs struct {
	mu    sync.Mutex
	calls []string
}

var testSub = &store.Subscription{ID: 1, Email: "a@b.org", Query: "q=data", Frequency: "daily", Hour: 9, Timezone: "UTC", Status: store.SubPending}

func (r *recordingSubs) record(format string, args ...any) {
	r.mu.Lock()
	r.calls = append(r.calls, fmt.Sprintf(format, args...))
	r.mu.Unlock()
}

func (r *recordingSubs) called() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.calls...)
}

func (r *recordingSubs) check(token, purpose string) error {
	if token != "ok-"+purpose {
		return fmt.Errorf("bad token: %w", store.ErrNotFound)
	}
	return nil
}

func (r *recordingSubs) Subscribe(ctx context.Context, email, query string, p store.Prefs) error {
	r.record("subscribe %s %s %s %d %s", email, query, p.Frequency, p.Hour, p.Timezone)
	return nil
}
func (r *recordingSubs) Subscription(ctx context.Context, token, purpose string) (*store.Subscription, error) {
	return testSub, r.check(token, purpose)
}
func (r *recordingSubs) Token(sub *store.Subscription, purpose string) string { return "ok-" + purpose }
func (r *recordingSubs) Confirm(ctx context.Context, token string) (*store.Subscription, error) {
	if err := r.check(token, "confirm"); err != nil {
		return nil, err
	}
	r.record("confirm")
	return testSub, nil
}
func (r *recordingSubs) UpdatePrefs(ctx context.Context, token string, p store.Prefs, paused bool) (*store.Subscription, error) {
	if err := r.check(token, "preferences"); err != nil {
		return nil, err
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	r.record("update %s %d %s %v", p.Frequency, p.Hour, p.Timezone, paused)
	return testSub, nil
}
func (r *recordingSubs) Unsubscribe(ctx context.Context, token string) (*store.Subscription, error) {
	if err := r.check(token, "unsubscribe"); err != nil {
		return nil, err
	}
	r.record("unsubscribe")
	return testSub, nil
}
func (r *recordingSubs) Delete(ctx context.Context, token string) error {
	if err := r.check(token, "preferences"); err != nil {
		return err
	}
	r.record("delete")
	return nil
}

func post(h http.Handler, target, ctype, body string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(http.MethodPost, target, strings.NewReader(body))
	r.Header.Set("Content-Type", ctype)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

const formType = "application/x-www-form-urlencoded"

func TestSubscribeAPIValidation(t *testing.T) {
	subs := &recordingSubs{}
	h := newTestServer(t, Options{Subscriptions: subs}).Handler()
	body := func(email, query, freq, hour, tz string) string {
		return fmt.Sprintf(`{"email":%q,"query":%q,"frequency":%q,"hour":%s,"timezone":%q}`, email, query, freq, hour, tz)
	}
	tests := []struct {
		body, param string
	}{
		{body("nope", "q=data", "daily", "9", "UTC"), "email"},
		{body("a@b.org", "q=data", "hourly", "9", "UTC"), "frequency"},
		{body("a@b.org", "q=data", "daily", "24", "UTC"), "hour"},
		{body("a@b.org", "q=data", "daily", "-1", "UTC"), "hour"},
		{body("a@b.org", "q=data", "daily", `"9"`, "UTC"), "hour"},
		{body("a@b.org", "q=data", "daily", "9", "Mars/Base"), "timezone"},
		{body("a@b.org", "q=data&colour=red", "daily", "9", "UTC"), "query"},
		{body("a@b.org", "limit=0", "daily", "9", "UTC"), "query"},
		{`{"email":"a@b.org","query":"","frequency":"daily","timezone":"UTC"}`, "hour"},
		{`{"email":"a@b.org","query":"","frequency":"daily","hour":9,"timezone":"UTC","extra":1}`, "extra"},
		{`not json`, "body"},
	}
	for _, tt := range tests {
		w := post(h, "/api/v1/subscriptions", "application/json", tt.body)
		if w.Code != 400 {
			t.Errorf("%s: status %d, want 400", tt.body, w.Code)
			continue
		}
		if e := decode[errorBody](t, w); e.Error.Param != tt.param || e.Error.Code != "invalid_param" {
			t.Errorf("%s: error %+v, want param %s", tt.body, e.Error, tt.param)
		}
	}
	if c := subs.called(); len(c) != 0 {
		t.Fatalf("bad requests reached the service: %v", c)
	}
	w := post(h, "/api/v1/subscriptions", "application/json", body("Someone@Uni.EDU", "q=data&paid=true", "weekly", "7", "Europe/Berlin"))
	if w.Code != 202 {
		t.Fatalf("good request: %d %s", w.Code, w.Body)
	}
	if c := subs.called(); len(c) != 1 || c[0] != "subscribe Someone@uni.edu q=data&paid=true weekly 7 Europe/Berlin" {
		t.Errorf("service calls %v", c)
	}
}

func TestSubscribeRateLimitPerAddress(t *testing.T) {
	subs := &recordingSubs{}
	h := newTestServer(t, Options{Subscriptions: subs}).Handler()
	req := func(email string) *httptest.ResponseRecorder {
		return post(h, "/api/v1/subscriptions", "application/json",
			fmt.Sprintf(`{"email":%q,"query":"q=data","frequency":"daily","hour":9,"timezone":"UTC"}`, email))
	}
	var codes []int
	for range subscribeBurst + 1 {
		codes = append(codes, req("a@b.org").Code)
	}
	if fmt.Sprint(codes) != "[202 202 202 429]" {
		t.Fatalf("statuses %v", codes)
	}
	w := req("A@B.ORG") // the same address in other letters
	if w.Code != 429 || w.Header().Get("Retry-After") == "" {
		t.Errorf("same address, other case: %d %v", w.Code, w.Header())
	}
	if strings.Contains(w.Body.String(), "subscribed") {
		t.Errorf("the 429 speaks of the address's state: %s", w.Body)
	}
	if w := req("c@d.org"); w.Code != 202 {
		t.Errorf("another address: %d", w.Code)
	}
	// The form shares the limit.
	w = post(h, "/subscribe", formType, "email=a%40b.org&query=q%3Ddata&frequency=daily&hour=9&timezone=UTC")
	if w.Code != 429 {
		t.Errorf("form over the limit: %d", w.Code)
	}
}

func TestSubscriptionPages(t *testing.T) {
	subs := &recordingSubs{}
	h := newTestServer(t, Options{Subscriptions: subs}).Handler()
	// Every search page links to the subscribe form with its search.
	if body := get(t, h, "/?q=data&paid=true").Body.String(); !strings.Contains(body, `href="/subscribe?paid=true&amp;q=data"`) ||
		!strings.Contains(body, "E-mail me new listings for this search") {
		t.Error("the search page has no subscribe link")
	}
	w := get(t, h, "/subscribe?q=data&paid=true")
	if w.Code != 200 || !strings.Contains(w.Body.String(), `name="query" value="paid=true&amp;q=data"`) ||
		!strings.Contains(w.Body.String(), `href="/?paid=true&amp;q=data"`) {
		t.Errorf("subscribe page: %d", w.Code)
	}
	if w := get(t, h, "/subscribe?colour=red"); w.Code != 400 || !strings.Contains(w.Body.String(), "colour") {
		t.Errorf("subscribe page with an unknown parameter: %d", w.Code)
	}
	w = post(h, "/subscribe", formType, "email=nope&query=q%3Ddata&frequency=daily&hour=9&timezone=UTC")
	if w.Code != 400 || !strings.Contains(w.Body.String(), "email must be") || !strings.Contains(w.Body.String(), `aria-invalid="true"`) {
		t.Errorf("form with a bad address: %d", w.Code)
	}
	w = post(h, "/subscribe", formType, "email=x%40y.org&query=q%3Ddata&frequency=daily&hour=9&timezone=UTC")
	if w.Code != 200 || !strings.Contains(w.Body.String(), "Check your inbox") {
		t.Errorf("form: %d", w.Code)
	}
	// GETs show buttons and change nothing.
	for _, path := range []string{"/subscriptions/confirm?token=ok-confirm", "/subscriptions/unsubscribe?token=ok-unsubscribe",
		"/subscriptions/preferences?token=ok-preferences"} {
		w := get(t, h, path)
		if w.Code != 200 || !strings.Contains(w.Body.String(), `method="post"`) {
			t.Errorf("%s: %d", path, w.Code)
		}
		if w.Header().Get("Cache-Control") != "no-store" || w.Header().Get("Referrer-Policy") != "no-referrer" {
			t.Errorf("%s: headers %v", path, w.Header())
		}
	}
	if c := subs.called(); len(c) != 1 {
		t.Fatalf("GETs changed something: %v", c)
	}
	// Tokens for another purpose, or altered, are refused.
	for _, path := range []string{"/subscriptions/confirm?token=ok-unsubscribe", "/subscriptions/unsubscribe?token=ok-confirm",
		"/subscriptions/preferences?token=ok-preferencesX", "/subscriptions/preferences"} {
		if w := get(t, h, path); w.Code != 404 || !strings.Contains(w.Body.String(), "This link is not valid") {
			t.Errorf("%s: %d", path, w.Code)
		}
	}
	// One-click unsubscribe (RFC 8058): a POST to the List-Unsubscribe URL.
	if w := post(h, "/subscriptions/unsubscribe?token=ok-unsubscribe", formType, "List-Unsubscribe=One-Click"); w.Code != 200 {
		t.Errorf("one-click: %d", w.Code)
	}
	if w := post(h, "/subscriptions/confirm", formType, "token=ok-confirm"); w.Code != 200 || !strings.Contains(w.Body.String(), "You are subscribed") {
		t.Errorf("confirm: %d", w.Code)
	}
	if w := post(h, "/subscriptions/preferences", formType, "token=ok-preferences&action=save&frequency=weekly&hour=7&timezone=Asia%2FKolkata&paused=true"); w.Code != 200 {
		t.Errorf("save: %d", w.Code)
	}
	if w := post(h, "/subscriptions/preferences", formType, "token=ok-preferences&action=save&frequency=daily&hour=7&timezone=Nowhere"); w.Code != 400 || !strings.Contains(w.Body.String(), "timezone") {
		t.Errorf("save a bad zone: %d", w.Code)
	}
	if w := post(h, "/subscriptions/preferences", formType, "token=ok-preferences&action=delete"); w.Code != 200 {
		t.Errorf("delete: %d", w.Code)
	}
	want := []string{"subscribe x@y.org q=data daily 9 UTC", "unsubscribe", "confirm", "update weekly 7 Asia/Kolkata true", "delete"}
	if got := subs.called(); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("calls %q, want %q", got, want)
	}
}

func TestSubscriptionsDisabled(t *testing.T) {
	h := newTestServer(t, Options{}).Handler()
	if strings.Contains(get(t, h, "/").Body.String(), "/subscribe") {
		t.Error("subscribe link without digests")
	}
	if w := post(h, "/api/v1/subscriptions", "application/json", `{}`); w.Code != 404 {
		t.Errorf("API without digests: %d", w.Code)
	}
}

func TestSubscriptionsOpenAPI(t *testing.T) {
	doc := loadSpec(t)
	router, err := legacy.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	h := newTestServer(t, Options{Subscriptions: &recordingSubs{}}).Handler()
	tests := []struct {
		method, target, ctype, body string
		status                      int
	}{
		{"POST", "/api/v1/subscriptions", "application/json", `{"email":"a@b.org","query":"q=data","frequency":"daily","hour":9,"timezone":"UTC"}`, 202},
		{"POST", "/api/v1/subscriptions", "application/json", `{"email":"a@b.org","query":"q=data","frequency":"daily","hour":99,"timezone":"UTC"}`, 400},
		{"GET", "/subscribe?q=data", "", "", 200},
		{"GET", "/subscribe?sort=up", "", "", 400},
		{"POST", "/subscribe", formType, "email=c%40d.org&query=q%3Ddata&frequency=daily&hour=9&timezone=UTC", 200},
		{"POST", "/subscribe", formType, "email=c&query=&frequency=daily&hour=9&timezone=UTC", 400},
		{"GET", "/subscriptions/confirm?token=ok-confirm", "", "", 200},
		{"GET", "/subscriptions/confirm?token=bad", "", "", 404},
		{"POST", "/subscriptions/confirm", formType, "token=ok-confirm", 200},
		{"GET", "/subscriptions/preferences?token=ok-preferences", "", "", 200},
		{"POST", "/subscriptions/preferences", formType, "token=ok-preferences&action=save&frequency=daily&hour=9&timezone=UTC", 200},
		{"POST", "/subscriptions/preferences", formType, "token=ok-preferences&action=save&frequency=daily&hour=9&timezone=Nowhere", 400},
		{"GET", "/subscriptions/unsubscribe?token=ok-unsubscribe", "", "", 200},
		{"POST", "/subscriptions/unsubscribe?token=ok-unsubscribe", formType, "List-Unsubscribe=One-Click", 200},
		{"POST", "/subscriptions/unsubscribe?token=nope", formType, "List-Unsubscribe=One-Click", 404},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.target, func(t *testing.T) {
			req := httptest.NewRequest(tt.method, tt.target, strings.NewReader(tt.body))
			if tt.ctype != "" {
				req.Header.Set("Content-Type", tt.ctype)
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			if w.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", w.Code, tt.status, w.Body)
			}
			req = httptest.NewRequest(tt.method, tt.target, strings.NewReader(tt.body)) // the body again, for the validator
			if tt.ctype != "" {
				req.Header.Set("Content-Type", tt.ctype)
			}
			checkAgainstSpec(t, router, req, w)
		})
	}
}

func TestAdminDigestRun(t *testing.T) {
	var dry []bool
	h := newTestServer(t, Options{RunDigests: func(ctx context.Context, dryRun bool) (any, error) {
		dry = append(dry, dryRun)
		return []map[string]any{{"subscription": 1, "email": "a***@b***.org", "status": "due"}}, nil
	}}).Handler()
	doc := loadSpec(t)
	router, _ := legacy.NewRouter(doc)
	for _, tt := range []struct {
		target, remote string
		status         int
	}{
		{"/admin/digests/run?dry_run=true", "127.0.0.1:5000", 200},
		{"/admin/digests/run", "[::1]:5000", 200},
		{"/admin/digests/run?dry_run=maybe", "127.0.0.1:5000", 400},
		{"/admin/digests/run", "192.0.2.1:5000", 403},
	} {
		req := httptest.NewRequest(http.MethodPost, tt.target, nil)
		req.RemoteAddr = tt.remote
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != tt.status {
			t.Errorf("%s from %s: %d, want %d", tt.target, tt.remote, w.Code, tt.status)
		}
		checkAgainstSpec(t, router, req, w)
	}
	if fmt.Sprint(dry) != "[true false]" {
		t.Errorf("runs %v", dry)
	}
}
