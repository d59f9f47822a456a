package web

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/getkin/kin-openapi/routers/legacy"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store"
)

// campusDays is the fake widget's use.
var campusDays = []WidgetDay{{Day: "2026-11-18", Searches: 12, Clicks: 3}, {Day: "2026-11-19", Searches: 20, Clicks: 5}, {Day: "2026-11-20", Searches: 7, Clicks: 1}}

// fakeWidgetScope stands in for the widget keys: wk_campus presets paid
// projects (and a q the dashboard cannot apply), wk_open has no presets
// and no use, wk_revoked is revoked, anything else is invalid.
func fakeWidgetScope(ctx context.Context, key string) (*WidgetScope, error) {
	switch key {
	case "wk_campus":
		return &WidgetScope{Name: "Campus careers", Presets: url.Values{"type": {"project"}, "paid": {"true"}, "q": {"data"}}, Days: campusDays}, nil
	case "wk_open":
		return &WidgetScope{Name: "Open office"}, nil
	case "wk_badpreset":
		return &WidgetScope{Name: "Broken", Presets: url.Values{"colour": {"red"}}}, nil
	case "wk_revoked":
		return nil, &apiError{status: http.StatusForbidden, code: "key_revoked", message: "this widget key was revoked"}
	}
	return nil, &apiError{status: http.StatusForbidden, code: "key_invalid", message: "this widget key is not valid"}
}

// TestStatsAPIFigures checks the figures of the test listings: ten open
// (l10 is closed, l11 a duplicate of l01), all first seen two days
// before testNow, in the week of Monday 16 November.
func TestStatsAPIFigures(t *testing.T) {
	h := newTestServer(t, Options{}).Handler()
	w := get(t, h, "/api/v1/stats")
	if w.Code != 200 {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	if cc := w.Header().Get("Cache-Control"); cc != "public, max-age=60" {
		t.Errorf("Cache-Control = %q", cc)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(w.Body.Bytes(), &raw); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"generated_at", "weeks", "open", "open_by_type", "open_by_source", "hourly_pay_usd", "flagged", "top_skills"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("the response lacks %q: %s", k, w.Body)
		}
	}
	if _, ok := raw["widget"]; ok {
		t.Errorf("an unscoped response has a widget: %s", w.Body)
	}
	res := decode[StatsResponse](t, w)
	if len(res.Weeks) != 12 || res.Weeks[0] != "2026-08-31" || res.Weeks[11] != "2026-11-16" {
		t.Errorf("weeks = %v", res.Weeks)
	}
	if res.Open != 10 {
		t.Errorf("open = %d, want 10", res.Open)
	}
	latest := func(ss []store.Series) map[string]int {
		m := map[string]int{}
		for _, s := range ss {
			if len(s.Counts) != 12 {
				t.Errorf("series %s has %d counts", s.Name, len(s.Counts))
				continue
			}
			for i, c := range s.Counts[:11] {
				if c != 0 {
					t.Errorf("series %s counts %d in week %d, before anything was seen", s.Name, c, i)
				}
			}
			m[s.Name] = s.Counts[11]
		}
		return m
	}
	if got, want := latest(res.OpenByType), map[string]int{"micro_internship": 2, "project": 3, "internship": 2, "part_time": 1, "volunteer": 1, "contract": 1}; !reflect.DeepEqual(got, want) {
		t.Errorf("open by type = %v, want %v", got, want)
	}
	if got, want := latest(res.OpenBySource), map[string]int{"brightpath": 3, "acme": 3, "remoteok": 1, "remotive": 3}; !reflect.DeepEqual(got, want) {
		t.Errorf("open by source = %v, want %v", got, want)
	}
	if res.OpenByType[0].Name != "project" || res.OpenBySource[len(res.OpenBySource)-1].Name != "remoteok" {
		t.Errorf("series are not largest first: %v / %v", res.OpenByType, res.OpenBySource)
	}
	pay := res.HourlyPayUSD
	buckets := map[float64]int{}
	for _, b := range pay.Buckets {
		buckets[b.Min] = b.Count
	}
	if want := map[float64]int{0: 0, 10: 1, 15: 0, 20: 3, 25: 1, 30: 1, 40: 1, 50: 0, 75: 0}; pay.Paid != 7 || pay.WithHourly != 7 || !reflect.DeepEqual(buckets, want) {
		t.Errorf("pay = %d paid, %d hourly, %v; want 7, 7, %v", pay.Paid, pay.WithHourly, buckets, want)
	}
	wantFlags := []store.FamilyShare{
		{Family: "unpaid", Flagged: 3, Share: 0.3, Serious: 2, SeriousShare: 0.2},
		{Family: "vague", Flagged: 2, Share: 0.2, Serious: 0, SeriousShare: 0},
		{Family: "scam", Flagged: 1, Share: 0.1, Serious: 1, SeriousShare: 0.1},
	}
	if !reflect.DeepEqual(res.Flagged, wantFlags) {
		t.Errorf("flagged = %+v, want %+v", res.Flagged, wantFlags)
	}
	wantSkills := []store.SkillCount{{Skill: "Excel", Count: 3}, {Skill: "Python", Count: 2}, {Skill: "Figma", Count: 1}, {Skill: "JavaScript", Count: 1}, {Skill: "Marketing", Count: 1}, {Skill: "React", Count: 1}, {Skill: "SQL", Count: 1}, {Skill: "Social media", Count: 1}, {Skill: "Writing", Count: 1}}
	if !reflect.DeepEqual(res.TopSkills, wantSkills) {
		t.Errorf("top skills = %v, want %v", res.TopSkills, wantSkills)
	}
}

// TestStatsScoped: a key narrows the figures to its presets, says which
// presets it could not apply, adds its use per day and its chart; key
// errors pass through with their status and code.
func TestStatsScoped(t *testing.T) {
	s := newTestServer(t, Options{WidgetScope: fakeWidgetScope})
	h := s.Handler()
	doc := loadSpec(t)
	router, err := legacy.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	req := func(target string) (*http.Request, *httptest.ResponseRecorder) {
		r := httptest.NewRequest(http.MethodGet, target, nil)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return r, w
	}

	r, w := req("/api/v1/stats?key=wk_campus")
	if w.Code != 200 {
		t.Fatalf("scoped: %d %s", w.Code, w.Body)
	}
	checkAgainstSpec(t, router, r, w)
	res := decode[StatsResponse](t, w)
	if res.Open != 3 || res.HourlyPayUSD.Paid != 3 { // paid projects: l02, l04, l12
		t.Errorf("scoped to paid projects: open %d, paid %d; want 3, 3", res.Open, res.HourlyPayUSD.Paid)
	}
	if len(res.OpenByType) != 1 || res.OpenByType[0].Name != "project" {
		t.Errorf("scoped types = %v", res.OpenByType)
	}
	wd := res.Widget
	if wd == nil || wd.Name != "Campus careers" || !reflect.DeepEqual(wd.Days, campusDays) || !reflect.DeepEqual(wd.NotApplied, []string{"q"}) ||
		wd.Presets.Get("type") != "project" {
		t.Fatalf("widget = %+v", wd)
	}

	_, w = req("/api/v1/stats?key=wk_open")
	res = decode[StatsResponse](t, w)
	if res.Open != 10 || res.Widget == nil || res.Widget.Days == nil || res.Widget.NotApplied == nil || res.Widget.Presets == nil {
		t.Errorf("a key without presets: open %d, widget %+v (lists must be [] not null)", res.Open, res.Widget)
	}
	if !strings.Contains(w.Body.String(), `"days":[]`) {
		t.Errorf("days without use are not []: %s", w.Body)
	}

	for _, tt := range []struct{ key, code string }{{"wk_revoked", "key_revoked"}, {"wk_forged", "key_invalid"}} {
		r, w := req("/api/v1/stats?key=" + tt.key)
		checkAgainstSpec(t, router, r, w)
		if e := decode[errorBody](t, w); w.Code != 403 || e.Error.Code != tt.code {
			t.Errorf("%s: %d %s, want 403 %s", tt.key, w.Code, w.Body, tt.code)
		}
		if _, w := req("/stats?key=" + tt.key); w.Code != 403 || !strings.Contains(w.Body.String(), "widget key") {
			t.Errorf("page with %s: %d", tt.key, w.Code)
		}
	}
	if _, w := req("/api/v1/stats?key=wk_badpreset"); w.Code != 500 {
		t.Errorf("a key with an unreadable preset: %d, want 500", w.Code)
	}

	// The page: the widget's own chart and its presets.
	r, w = req("/stats?key=wk_campus")
	if w.Code != 200 {
		t.Fatalf("scoped page: %d", w.Code)
	}
	checkAgainstSpec(t, router, r, w)
	d := statsDoc(t, w.Body.String())
	if n := d.Find("figure.chart").Length(); n != 6 {
		t.Errorf("%d figures, want 6 (5 + the widget's use)", n)
	}
	cap := d.Find("#fig-widget figcaption").Text()
	if !strings.Contains(cap, "39 searches and 9 clicks") {
		t.Errorf("widget caption = %q", cap)
	}
	if c := d.Find("#fig-by-type figcaption p").Text(); !strings.Contains(c, "3 listings open now (most from Project 3), against 0 in the week of Aug 31; 1 kind of work in all.") {
		t.Errorf("scoped type caption = %q", c)
	}
	if rows := d.Find("#fig-widget tbody tr").Length(); rows != 3 {
		t.Errorf("widget table has %d rows, want 3", rows)
	}
	scope := d.Find(".notice.scope").Text()
	for _, want := range []string{"paid = true", "type = project", "Not applied here: q"} {
		if !strings.Contains(scope, want) {
			t.Errorf("scope notice %q lacks %q", scope, want)
		}
	}
	if href, _ := d.Find(`.lede a[href^="/api/v1/stats"]`).Attr("href"); href != "/api/v1/stats?key=wk_campus" {
		t.Errorf("JSON link = %q", href)
	}
	if _, w := req("/stats?key=wk_open"); !strings.Contains(w.Body.String(), "No searches or clicks have been recorded") {
		t.Error("a key without use does not say so")
	}
}

// TestStatsBadParams: like the rest of the API, a bad parameter is a 400
// naming it.
func TestStatsBadParams(t *testing.T) {
	without := newTestServer(t, Options{}).Handler()
	with := New(Options{Store: statsTestStore(t), Logger: statsLog(), WidgetScope: fakeWidgetScope, Now: func() time.Time { return testNow }, RateLimit: RateLimit{Disabled: true}}).Handler()
	tests := []struct {
		h            http.Handler
		target       string
		param, words string
	}{
		{without, "/api/v1/stats?colour=red", "colour", "unknown parameter"},
		{without, "/api/v1/stats?type=project", "type", "unknown parameter"},
		{without, "/api/v1/stats?=x", "(empty)", "empty name"},
		{without, "/api/v1/stats?key=wk_campus", "key", "not enabled"},
		{with, "/api/v1/stats?key=", "key", "must not be empty"},
		{with, "/api/v1/stats?key=wk_campus&key=wk_open", "key", "once"},
		{with, "/api/v1/stats?key=wk_campus&limit=5", "limit", "unknown parameter"},
	}
	for _, tt := range tests {
		w := get(t, tt.h, tt.target)
		e := decode[errorBody](t, w)
		if w.Code != 400 || e.Error.Code != "invalid_param" || e.Error.Param != tt.param || !strings.Contains(e.Error.Message, tt.words) {
			t.Errorf("%s: %d %s, want 400 naming %s (%q)", tt.target, w.Code, w.Body, tt.param, tt.words)
		}
		page := get(t, tt.h, strings.Replace(tt.target, "/api/v1", "", 1))
		if page.Code != 400 || !strings.Contains(page.Body.String(), tt.words) {
			t.Errorf("page %s: %d", tt.target, page.Code)
		}
	}
}

// TestStatsPage: every figure is a chart with a caption, an accessible
// name and its numbers; the SVG is well-formed and escapes what the
// listings say.
func TestStatsPage(t *testing.T) {
	evil := fixture("l99", "acme", "Injected project", "Evil Co", model.RemoteRemote, nil, model.TypeProject,
		[]string{`<script>alert("x")</script>`, "Excel"}, "A project whose skill tries to inject markup.")
	st, x := mustData(t, append(testListings(), evil))
	h := New(Options{Store: st, Index: x, Logger: statsLog(), Now: func() time.Time { return testNow }, RateLimit: RateLimit{Disabled: true}}).Handler()
	w := get(t, h, "/stats")
	if w.Code != 200 || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") {
		t.Fatalf("status %d %s", w.Code, w.Header().Get("Content-Type"))
	}
	body := w.Body.String()
	if strings.Contains(body, "<script>alert") {
		t.Fatal("a skill's markup reached the page unescaped")
	}
	d := statsDoc(t, body)
	if d.Find(`nav.site-nav a[href="/stats"]`).Length() != 1 {
		t.Error("the layout's nav does not link /stats")
	}
	figs := d.Find("figure.chart")
	if figs.Length() != 5 {
		t.Fatalf("%d figures, want 5", figs.Length())
	}
	wantIDs := []string{"by-type", "by-source", "pay", "flags", "skills"}
	figs.Each(func(i int, f *goquery.Selection) {
		id, _ := f.Attr("id")
		if id != "fig-"+wantIDs[i] {
			t.Errorf("figure %d is %s, want fig-%s", i, id, wantIDs[i])
		}
		title := strings.TrimSpace(f.Find("figcaption h2").Text())
		summary := strings.TrimSpace(f.Find("figcaption p").Text())
		if title == "" || summary == "" {
			t.Errorf("%s: caption %q / %q", id, title, summary)
		}
		svg := f.Find("svg")
		if svg.Length() != 1 {
			t.Fatalf("%s: %d svg", id, svg.Length())
		}
		if role, _ := svg.Attr("role"); role != "img" {
			t.Errorf("%s: svg role %q", id, role)
		}
		if label, _ := svg.Attr("aria-label"); !strings.HasPrefix(label, title) || !strings.Contains(label, summary) {
			t.Errorf("%s: aria-label %q does not carry the caption", id, label)
		}
		if f.Find("table th[scope=col]").Length() < 2 || f.Find("tbody th[scope=row]").Length() == 0 {
			t.Errorf("%s: no data table with headers", id)
		}
		markup, _ := goquery.OuterHtml(svg)
		dec := xml.NewDecoder(strings.NewReader(markup))
		dec.Strict = false // goquery writes HTML attributes; the check is that elements nest
		for {
			if _, err := dec.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Errorf("%s: svg is not well-formed: %v", id, err)
				break
			}
		}
		if !strings.Contains(markup, "<path") || !strings.Contains(markup, "<text") {
			t.Errorf("%s: the svg draws nothing", id)
		}
	})
	skills := d.Find("#fig-skills")
	if !strings.Contains(skills.Find("table").Text(), `<script>alert("x")</script>`) || !strings.Contains(skills.Find("svg").Text(), `<script>`) {
		t.Error("the injected skill is not shown as text in the table and the chart")
	}
	for id, want := range map[string]string{
		"by-type":   "11 listings open now (most from Project 4, Internship 2, Micro-internship 2), against 0 in the week of Aug 31; 6 kinds of work in all.",
		"by-source": "11 listings open now",
		"pay":       "7 of 7 open paid listings give an hourly figure; the middle one is in the $20–25 range an hour, and 1 pay under $20 an hour.",
		"flags":     "Of 11 open listings: unpaid 27% (18% medium or high), vague 18% (0% medium or high), scam 9% (9% medium or high).",
		"skills":    "Most asked for: Excel (4), Python (2),",
	} {
		if got := d.Find("#fig-" + id + " figcaption p").Text(); !strings.Contains(got, want) {
			t.Errorf("%s summary = %q, want it to contain %q", id, got, want)
		}
	}
}

// TestStatsCached: the figures are computed once a minute, not per request.
func TestStatsCached(t *testing.T) {
	st, x := mustData(t, testListings())
	var mu sync.Mutex
	now := testNow
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	h := New(Options{Store: st, Index: x, Logger: statsLog(), Now: clock, RateLimit: RateLimit{Disabled: true}}).Handler()
	open := func() int { return decode[StatsResponse](t, get(t, h, "/api/v1/stats")).Open }
	if n := open(); n != 10 {
		t.Fatalf("open = %d", n)
	}
	extra := fixture("l50", "acme", "A new project", "New Co", model.RemoteRemote, nil, model.TypeProject, nil, "Something new to count.")
	if _, err := st.Upsert(context.Background(), []*model.Listing{extra}); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	now = now.Add(statsTTL - time.Second)
	mu.Unlock()
	w := get(t, h, "/api/v1/stats")
	if res := decode[StatsResponse](t, w); res.Open != 10 || !res.GeneratedAt.Equal(testNow) {
		t.Errorf("within the minute: open = %d as of %v, want the cached 10 as of %v", res.Open, res.GeneratedAt, testNow)
	}
	if again := get(t, h, "/api/v1/stats", "If-None-Match", w.Header().Get("ETag")); again.Code != http.StatusNotModified {
		t.Errorf("the same figures again: %d, want 304", again.Code)
	}
	mu.Lock()
	now = now.Add(statsTTL)
	mu.Unlock()
	if n := open(); n != 11 {
		t.Errorf("a minute later: open = %d, want 11", n)
	}
}

func statsDoc(t *testing.T, html string) *goquery.Document {
	t.Helper()
	d, err := goquery.NewDocumentFromReader(strings.NewReader(html))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func statsLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func statsTestStore(t *testing.T) store.Store {
	st, _ := mustData(t, testListings())
	return st
}

// TestStatsRealWidgetKey scopes the dashboard by a key this server issued:
// its presets narrow the figures, its recorded searches and clicks show,
// and a revoked key is refused with its own code.
func TestStatsRealWidgetKey(t *testing.T) {
	s, h := newWidgetServer(t, Options{})
	key := mustKey(t, s, "type=project&paid=true", 0)
	if w := get(t, h, "/api/v1/search?key="+url.QueryEscape(key), "Origin", testOrigin); w.Code != 200 {
		t.Fatalf("search with the key: %d %s", w.Code, w.Body)
	}
	if w := get(t, h, "/go/l01?w="+url.QueryEscape(key)); w.Code != 302 {
		t.Fatalf("click: %d", w.Code)
	}
	w := get(t, h, "/api/v1/stats?key="+url.QueryEscape(key))
	if w.Code != 200 {
		t.Fatalf("stats with the key: %d %s", w.Code, w.Body)
	}
	res := decode[StatsResponse](t, w)
	if res.Widget == nil || res.Widget.Name != "State U" || res.Widget.Presets.Get("type") != "project" {
		t.Fatalf("widget = %+v", res.Widget)
	}
	for _, tp := range res.OpenByType {
		if tp.Name != "project" {
			t.Errorf("a key for projects counts type %q", tp.Name)
		}
	}
	var searches, clicks int
	for _, d := range res.Widget.Days {
		searches += d.Searches
		clicks += d.Clicks
	}
	if searches != 1 || clicks != 1 {
		t.Errorf("searches %d, clicks %d; want 1, 1", searches, clicks)
	}
	if w := do(t, h, http.MethodDelete, "/api/v1/widgets/"+url.PathEscape(key), "", "Authorization", "Bearer "+testAdminToken); w.Code/100 != 2 {
		t.Fatalf("revoke: %d %s", w.Code, w.Body)
	}
	if w := get(t, h, "/api/v1/stats?key="+url.QueryEscape(key)); w.Code != 403 || !strings.Contains(w.Body.String(), "key_revoked") {
		t.Errorf("stats with a revoked key: %d %s", w.Code, w.Body)
	}
}

// TestStatsPageSourceNames: the by-source chart names sources as people
// know them (the label /sources shows), never by their config key.
func TestStatsPageSourceNames(t *testing.T) {
	st, x := mustData(t, testListings())
	sources := func(ctx context.Context) ([]SourceInfo, error) {
		return []SourceInfo{{Name: "acme", Label: "Acme Studio careers"}, {Name: "brightpath", Label: "BrightPath internships"}}, nil
	}
	h := New(Options{Store: st, Index: x, Logger: statsLog(), Now: func() time.Time { return testNow }, RateLimit: RateLimit{Disabled: true}, Sources: sources}).Handler()
	w := get(t, h, "/stats")
	if w.Code != 200 {
		t.Fatalf("status %d", w.Code)
	}
	fig := statsDoc(t, w.Body.String()).Find("#fig-by-source")
	text := fig.Text()
	for _, want := range []string{"Acme Studio careers", "BrightPath internships"} {
		if !strings.Contains(text, want) {
			t.Errorf("the by-source chart does not name %q", want)
		}
	}
	if fig.Find("table").Text() != "" && strings.Contains(fig.Find("thead").Text(), "brightpath") {
		t.Error("the by-source table names a source by its config key")
	}
}
