package web

import (
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/store"

	"github.com/gigscout/gigscout/internal/model"
)

// failing is n sources whose last run failed with cause.
func failing(n int, cause string) func(context.Context) ([]SourceInfo, error) {
	return func(context.Context) ([]SourceInfo, error) {
		var out []SourceInfo
		for i := 0; i < n; i++ {
			name := "src-" + string(rune('a'+i))
			run := &store.Run{Source: name, Kind: "greenhouse", Status: "failed", StartedAt: testNow.Add(-time.Hour), Error: cause}
			out = append(out, SourceInfo{Name: name, Label: "Company " + strings.ToUpper(name[4:]), Kind: "greenhouse", Schedule: "@every 6h",
				SourceStat: &store.SourceStat{Source: name, LastRun: run, LastError: cause, Runs: 1, FailedRuns: 1}})
		}
		return out, nil
	}
}

func okSources(names ...string) func(context.Context) ([]SourceInfo, error) {
	return func(context.Context) ([]SourceInfo, error) {
		var out []SourceInfo
		for _, n := range names {
			run := &store.Run{Source: n, Status: "ok", StartedAt: testNow.Add(-3 * 24 * time.Hour), Fetched: 4}
			out = append(out, SourceInfo{Name: n, Label: strings.ToUpper(n[:1]) + n[1:] + " Inc", Kind: "lever",
				SourceStat: &store.SourceStat{Source: n, LastRun: run, LastSuccess: run, Listings: 4}})
		}
		return out, nil
	}
}

func TestFirstRunExplainsItself(t *testing.T) {
	const cause = "dns: no such host boards-api.greenhouse.io (while fetching robots.txt of boards-api.greenhouse.io)"
	st, x := mustData(t, nil) // an empty index
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	empty := New(Options{Store: st, Index: x, Logger: quiet, Now: func() time.Time { return testNow }, RateLimit: RateLimit{Disabled: true},
		Sources: failing(19, cause)}).Handler()

	page := get(t, empty, "/").Body.String()
	for _, want := range []string{"19 of 19 sources failed on their last run: dns: no such host boards-api.greenhouse.io", `href="/sources"`, "make demo"} {
		if !strings.Contains(page, want) {
			t.Errorf("search page lacks %q", want)
		}
	}
	w := get(t, empty, "/readyz")
	if w.Code != 503 || !strings.Contains(w.Body.String(), "19 of 19 sources failed") {
		t.Errorf("/readyz with no listings and every source failing: %d %s", w.Code, w.Body)
	}
	w = get(t, empty, "/sources")
	if w.Code != 200 {
		t.Fatalf("/sources: %d", w.Code)
	}
	for _, want := range []string{"Company A", "src-a · greenhouse", "Failed", "1 hour ago", cause, "0 answered · 19 failed"} {
		if !strings.Contains(w.Body.String(), want) {
			t.Errorf("/sources lacks %q", want)
		}
	}

	// Before the first crawl finishes: not a failure, but say why it is empty.
	fresh := New(Options{Store: st, Index: x, Logger: quiet, Now: func() time.Time { return testNow }, RateLimit: RateLimit{Disabled: true},
		Sources: func(context.Context) ([]SourceInfo, error) { return []SourceInfo{{Name: "a", Kind: "lever"}}, nil }}).Handler()
	if page := get(t, fresh, "/").Body.String(); !strings.Contains(page, "No listings yet: 1 of 1 source has not finished its first crawl") {
		t.Errorf("empty index before the first crawl: no notice")
	}
	if w := get(t, fresh, "/readyz"); w.Code != 200 || !strings.Contains(w.Body.String(), `"warning"`) {
		t.Errorf("/readyz before the first crawl: %d %s", w.Code, w.Body)
	}

	// Listings and healthy sources: no notice; source facet by human name.
	ok := newTestServer(t, Options{Sources: okSources("acme", "brightpath", "remotive")}).Handler()
	page = get(t, ok, "/").Body.String()
	if strings.Contains(page, "sources-notice") {
		t.Error("a notice while every source is fine")
	}
	if !strings.Contains(page, "Brightpath Inc") || strings.Contains(page, ">brightpath <") {
		t.Error("the source facet does not use the source's human name")
	}
	if w := get(t, ok, "/readyz"); w.Code != 200 || strings.Contains(w.Body.String(), "warning") {
		t.Errorf("/readyz: %d %s", w.Code, w.Body)
	}
	if w := get(t, ok, "/sources"); !strings.Contains(w.Body.String(), "3 days ago") {
		t.Error("/sources does not say when the last success was")
	}

	// Most (not all) sources failing, with listings: still a notice, still ready.
	most := newTestServer(t, Options{Sources: func(ctx context.Context) ([]SourceInfo, error) {
		f, _ := failing(3, "http 404 Not Found: GET https://api.lever.co/v0/postings/x")(ctx)
		o, _ := okSources("acme")(ctx)
		return append(f, o...), nil
	}}).Handler()
	if page := get(t, most, "/").Body.String(); !strings.Contains(page, "3 of 4 sources failed on their last run: http 404") {
		t.Error("most sources failing: no notice")
	}
	if w := get(t, most, "/readyz"); w.Code != 200 {
		t.Errorf("/readyz with listings: %d", w.Code)
	}
}

func TestAgoText(t *testing.T) {
	for _, tt := range []struct {
		d    time.Duration
		want string
	}{{10 * time.Second, "just now"}, {time.Minute, "1 minute ago"}, {5 * time.Hour, "5 hours ago"}, {26 * time.Hour, "1 day ago"}, {72 * time.Hour, "3 days ago"}} {
		if got := agoText(testNow.Add(-tt.d), testNow); got != tt.want {
			t.Errorf("agoText(-%v) = %q, want %q", tt.d, got, tt.want)
		}
	}
}

func TestFlagsPage(t *testing.T) {
	h := newTestServer(t, Options{}).Handler()
	w := get(t, h, "/flags")
	if w.Code != 200 {
		t.Fatalf("/flags: %d", w.Code)
	}
	page := w.Body.String()
	for id := range model.FlagLabels {
		if !strings.Contains(page, `id="`+id+`"`) {
			t.Errorf("/flags does not explain %s", id)
		}
	}
	if len(flagDocs) != len(model.FlagLabels) {
		t.Errorf("%d flags explained, %d labelled", len(flagDocs), len(model.FlagLabels))
	}
	for _, d := range flagDocs {
		if d.Triggers == "" || d.Why == "" || d.Do == "" {
			t.Errorf("%s: explanation incomplete", d.ID)
		}
	}
	// Every flag badge links to its explanation, on cards and on the listing page.
	search := get(t, h, "/?include_flagged=true").Body.String()
	if !strings.Contains(search, `<a class="flag sev-high" href="/flags#SCAM_UPFRONT_FEE">Asks you to pay</a>`) {
		t.Error("a card's flag badge does not link to /flags")
	}
	listing := get(t, h, "/listings/l05").Body.String()
	if !strings.Contains(listing, `href="/flags#SCAM_UPFRONT_FEE"`) || !strings.Contains(listing, `href="/flags#SCAM_OFFPLATFORM_CONTACT"`) {
		t.Error("the listing page's flags do not link to /flags")
	}
}
