package web

import (
	"context"
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/gigscout/gigscout/internal/browsertest"
	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store"
)

// realisticStore fills a store with about 180 invented listings first
// seen over the twelve weeks before testNow, more of them lately, some
// closed after a few weeks, with pay, skills and flags in plausible
// proportions: data for the dashboard's screenshot and browser test.
func realisticStore(t *testing.T) store.Store {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "gigscout.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	rng := rand.New(rand.NewPCG(9, 2026))
	pick := func(weights map[string]int) string {
		total := 0
		for _, w := range weights {
			total += w
		}
		n := rng.IntN(total)
		for _, k := range slices.Sorted(maps.Keys(weights)) {
			if n < weights[k] {
				return k
			}
			n -= weights[k]
		}
		return ""
	}
	sources := map[string]int{"brightpath": 30, "civiclabs": 18, "northwind": 14, "remotive": 16, "remoteok": 9, "himalayas": 8, "usajobs": 5}
	types := map[string]int{"micro_internship": 26, "internship": 24, "project": 20, "contract": 10, "part_time": 10, "full_time": 5, "volunteer": 5}
	skills := map[string]int{"Python": 22, "SQL": 16, "Excel": 18, "Figma": 9, "Writing": 12, "JavaScript": 10, "React": 6, "Marketing": 9,
		"Tableau": 5, "Research": 11, "Social media": 7, "Canva": 5, "Go": 3, "Data analysis": 14}
	type event struct {
		at    time.Time
		l     *model.Listing
		close bool
	}
	var evs []event
	start := testNow.Add(-84 * 24 * time.Hour)
	for i := range 180 {
		// More listings lately: first seen at start + 84d * sqrt(u).
		seen := start.Add(time.Duration(math.Sqrt(rng.Float64()) * float64(84*24*time.Hour)))
		src := pick(sources)
		l := fixture(fmt.Sprintf("r%03d", i), src, fmt.Sprintf("Listing %d", i), "Company "+string(rune('A'+i%20)),
			model.RemoteRemote, []string{"US"}, model.JobType(pick(types)), nil, "An invented listing for the dashboard.")
		for range 1 + rng.IntN(3) {
			if s := pick(skills); !slices.Contains(l.Skills, s) {
				l.Skills = append(l.Skills, s)
			}
		}
		switch r := rng.Float64(); {
		case r < 0.08 || l.Type == model.TypeVolunteer:
			l.Unpaid = true
			flag(l, "UNPAID", model.FamilyUnpaid, model.SeverityHigh, "pay", "")
		case r < 0.22:
			flag(l, "PAY_UNSPECIFIED", model.FamilyUnpaid, model.SeverityLow, "pay", "")
		default:
			h := math.Max(8, math.Round(rng.NormFloat64()*9+25))
			hourly(l, h, h)
			if h < 15 {
				flag(l, "PAY_BELOW_FLOOR", model.FamilyUnpaid, model.SeverityMedium, "pay", "")
			}
			if rng.Float64() < 0.03 {
				l.Pay.Hourly, l.Pay.HourlyUSD = 95, 95
				flag(l, "SCAM_TOO_GOOD_PAY", model.FamilyScam, model.SeverityHigh, "pay", "")
			}
		}
		if rng.Float64() < 0.3 {
			flag(l, "VAGUE_NO_SUPERVISOR", model.FamilyVague, model.SeverityLow, "text", "")
		}
		if rng.Float64() < 0.12 {
			flag(l, "VAGUE_NO_DELIVERABLES", model.FamilyVague, model.SeverityMedium, "text", "")
		}
		if rng.Float64() < 0.04 {
			flag(l, "SCAM_OFFPLATFORM_CONTACT", model.FamilyScam, model.SeverityHigh, "text", "")
		}
		evs = append(evs, event{at: seen, l: l})
		if rng.Float64() < 0.45 {
			if closed := seen.Add(time.Duration(7+rng.IntN(28)) * 24 * time.Hour); closed.Before(testNow) {
				evs = append(evs, event{at: closed, l: l, close: true})
			}
		}
	}
	for len(evs) > 0 { // in time order
		k := 0
		for j := range evs {
			if evs[j].at.Before(evs[k].at) {
				k = j
			}
		}
		ev := evs[k]
		evs = append(evs[:k], evs[k+1:]...)
		st.SetNow(func() time.Time { return ev.at })
		if ev.close {
			// Close this one listing: a run of its source that saw every other open listing.
			if err := closeOne(ctx, st, ev.l); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if _, err := st.Upsert(ctx, []*model.Listing{ev.l}); err != nil {
			t.Fatal(err)
		}
	}
	st.SetNow(func() time.Time { return testNow })
	return st
}

// closeOne closes l by reporting a complete run of its source that saw
// every one of the source's listings but l.
func closeOne(ctx context.Context, st store.Store, l *model.Listing) error {
	seen := map[string]struct{}{}
	changes, err := st.ChangesSince(ctx, 0, 100000)
	if err != nil {
		return err
	}
	for _, c := range changes {
		if c.Listing != nil && c.Listing.Source == l.Source && c.ID != l.ID {
			seen[c.Listing.ExternalID] = struct{}{}
		}
	}
	_, err = st.CloseMissing(ctx, l.Source, seen, time.Time{})
	return err
}

// TestStatsBrowser loads /stats in headless Chromium, checks each chart
// is drawn, runs axe-core on the page (plain and scoped by a key) and
// takes a screenshot; GIGSCOUT_WRITE_DOCS=1 writes it to docs/stats.png.
func TestStatsBrowser(t *testing.T) {
	exe := browsertest.Chromium(t)
	st := realisticStore(t)
	srv := httptest.NewServer(New(Options{Store: st, Logger: statsLog(), Now: func() time.Time { return testNow },
		RateLimit: RateLimit{Disabled: true}, WidgetScope: fakeWidgetScope}).Handler())
	t.Cleanup(srv.Close)

	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	bctx := browsertest.Start(ctx, t, exe, chromedp.Flag("hide-scrollbars", true), chromedp.WindowSize(1280, 900))

	for _, page := range []struct{ path, what string }{{"/stats?key=wk_campus", "/stats scoped by a key"}, {"/stats", "/stats"}} {
		sctx, scancel := context.WithTimeout(bctx, 30*time.Second)
		if err := chromedp.Do(sctx, chromedp.Navigate(srv.URL+page.path), chromedp.WaitVisible(chromedp.ID("fig-skills"))); err != nil {
			scancel()
			t.Fatalf("open %s: %v", page.path, err)
		}
		scancel()
		// Every chart is drawn at a usable size.
		sizes := run(t, bctx, chromedp.Evaluate[[]float64](`Array.from(document.querySelectorAll("figure.chart svg")).map(s => s.getBoundingClientRect().width)`))
		want := 5
		if page.path != "/stats" {
			want = 6
		}
		if len(sizes) != want {
			t.Errorf("%s: %d charts, want %d", page.what, len(sizes), want)
		}
		for i, w := range sizes {
			if w < 300 {
				t.Errorf("%s: chart %d is %.0f px wide", page.what, i, w)
			}
		}
		assertAxeClean(bctx, t, page.what)
	}

	png := run(t, bctx, chromedp.FullScreenshot(100))
	dir := shotDir(t)
	if os.Getenv("GIGSCOUT_WRITE_DOCS") == "1" {
		dir = filepath.Join("..", "..", "docs")
	}
	p := filepath.Join(dir, "stats.png")
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot %s", p)

	// The check above can fail: on a page with an unlabelled image and
	// unlabelled button, the same axe run finds critical violations.
	bad := run(t, bctx, chromedp.Evaluate[[]string](`(document.querySelector("main").innerHTML = '<img src="/static/icon.svg"><button></button>',
		axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations.filter(v => v.impact === "critical").map(v => v.id)))`,
		chromedp.EvalAwaitPromise))
	if !slices.Contains(bad, "image-alt") || !slices.Contains(bad, "button-name") {
		t.Errorf("axe missed the planted violations: %v", bad)
	}
}
