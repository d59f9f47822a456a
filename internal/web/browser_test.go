package web

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/gigscout/gigscout/internal/browsertest"
)

// shotDir is where screenshots go: $TEST_OUTPUT when set, else the test's
// temporary directory.
func shotDir(t *testing.T) string {
	if d := os.Getenv("TEST_OUTPUT"); d != "" {
		d = filepath.Join(d, "browser")
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.TempDir()
}

// TestBrowserSearchFlow drives the real pages in headless Chromium as a
// student would: search, narrow with a facet, open a listing, read its
// red flags. It skips where no Chromium is installed.
func TestBrowserSearchFlow(t *testing.T) {
	exe := browsertest.Chromium(t)
	srv := newHTTPTestServer(t)
	dir := shotDir(t)

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	bctx := browsertest.Start(ctx, t, exe, chromedp.WindowSize(1280, 900))
	var mu sync.Mutex
	var jsErrors []string
	if err := chromedp.Listen(bctx, func(ev any) {
		if e, ok := ev.(*runtime.EventExceptionThrown); ok {
			msg := e.ExceptionDetails.Text
			if e.ExceptionDetails.Exception != nil {
				msg += " " + e.ExceptionDetails.Exception.Description
			}
			mu.Lock()
			jsErrors = append(jsErrors, msg)
			mu.Unlock()
		}
	}); err != nil {
		t.Fatal(err)
	}

	// Each step and each read is bounded by its own timeout.
	step := func(name string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		sctx, cancel := context.WithTimeout(bctx, 20*time.Second)
		defer cancel()
		if err := chromedp.Do(sctx, actions...); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	text := func(sel string) string {
		t.Helper()
		return run(t, bctx, chromedp.Text(chromedp.CSS(sel)))
	}
	shot := func(name string) {
		t.Helper()
		png := run(t, bctx, chromedp.FullScreenshot(100))
		p := filepath.Join(dir, name+".png")
		if err := os.WriteFile(p, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot %s", p)
	}
	// loads runs a that makes the page navigate, and waits for the new page's load event.
	loads := func(name string, a chromedp.Action[chromedp.Void]) {
		t.Helper()
		run(t, bctx, chromedp.WaitEvent(page.LoadEventFired, nil, a))
	}
	url := func() string { return run(t, bctx, chromedp.Location()) }

	// 1. The search page: every visible listing, newest first.
	step("open /", chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.ID("q")))
	if h := text("#results-title"); h != "8 listings" {
		t.Errorf("first heading = %q, want 8 listings", h)
	}
	shot("01-search")

	// 2. Type a query and press Enter.
	step("type a query", chromedp.SendKeys(chromedp.ID("q"), "data"))
	loads("press Enter", chromedp.KeyEvent("\r"))
	if u := url(); !strings.HasSuffix(u, "/?q=data") {
		t.Errorf("address after the search = %s (empty fields must stay out)", u)
	}
	if h := text("#results-title"); h != "3 listings for “data”" {
		t.Errorf("heading after the search = %q", h)
	}

	// 3. Apply a facet: the checkbox submits by itself and keeps focus.
	if l := text(`label[for="f-type-micro_internship"]`); l != "Micro-internship (2)" {
		t.Errorf("facet label = %q", l)
	}
	loads("apply the micro-internship facet", chromedp.Click(chromedp.ID("f-type-micro_internship")))
	if u := url(); !strings.Contains(u, "type=micro_internship") {
		t.Errorf("address after the facet = %s", u)
	}
	if h := text("#results-title"); h != "2 listings for “data”" {
		t.Errorf("heading after the facet = %q", h)
	}
	titles := run(t, bctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll(".cards h3 a")).map(e => e.innerText)`))
	if strings.Join(titles, "|") != "Data analysis micro-internship|Content writing micro-internship" {
		t.Errorf("titles after the facet = %q", titles)
	}
	if f := run(t, bctx, chromedp.Evaluate[string](`document.activeElement ? document.activeElement.id : ""`)); f != "f-type-micro_internship" {
		t.Errorf("focus after the reload is on %q, want the checkbox", f)
	}
	if !run(t, bctx, chromedp.Evaluate[bool](`document.getElementById("f-type-micro_internship").checked`)) {
		t.Error("the chosen facet is not checked")
	}
	badges := text(".cards li:first-child .badges")
	for _, want := range []string{"$300 per project (≈ $20/h)", "15 hours in total", "Remote (United States)"} {
		if !strings.Contains(badges, want) {
			t.Errorf("card badges %q lack %q", badges, want)
		}
	}
	shot("02-facet")

	// 4. Open the listing.
	// Follow the card's link as a click does; a dispatched click does not
	// depend on layout coordinates, which a loaded machine can shift.
	loads("open the listing", chromedp.Evaluate[chromedp.Void](`(document.querySelector(".cards li:first-child h3 a").click(), {})`))
	if h := text("#listing-title"); h != "Data analysis micro-internship" {
		t.Errorf("listing title = %q", h)
	}
	if a := run(t, bctx, chromedp.AttributeValue(chromedp.CSS("a.apply"), "href")); a.Value != "https://jobs.example.org/l01/apply" {
		t.Errorf("apply link = %q", a.Value)
	}
	facts := text(".facts")
	for _, want := range []string{"$300 per project", "15 hours in total", "2–4 weeks", "Python"} {
		if !strings.Contains(facts, want) {
			t.Errorf("facts %q lack %q", facts, want)
		}
	}
	// Save it in the browser (no account).
	step("save the listing", chromedp.Click(chromedp.CSS(".apply-row .save")))
	if b := text(".apply-row .save"); b != "Saved" {
		t.Errorf("save button after the click = %q", b)
	}
	shot("03-listing")

	// 4b. The back link returns to the search the student came from.
	loads("go back to the search", chromedp.Click(chromedp.ID("back")))
	if u := url(); !strings.Contains(u, "q=data") || !strings.Contains(u, "type=micro_internship") {
		t.Errorf("the back link went to %s, not the search with its filter", u)
	}
	if h := text("#results-title"); h != "2 listings for “data”" {
		t.Errorf("heading after going back = %q", h)
	}
	if saved := text("#saved"); !strings.Contains(saved, "Saved in this browser (1)") || !strings.Contains(saved, "Data analysis micro-internship") {
		t.Errorf("saved section after saving = %q", saved)
	}
	if n := run(t, bctx, chromedp.Evaluate[int](`document.querySelectorAll('.cards [data-save-id="l01"] .save').length`)); n != 1 {
		t.Errorf("%d save buttons on a card, want 1", n)
	}
	if p := run(t, bctx, chromedp.Evaluate[string](`document.querySelector('.cards [data-save-id="l01"] .save').getAttribute("aria-pressed")`)); p != "true" {
		t.Errorf("the saved card's button is not pressed: %q", p)
	}

	// 5. A flagged listing explains each flag with its words marked.
	step("open a scam", chromedp.Navigate(srv.URL+"/listings/l05"), chromedp.WaitVisible(chromedp.ID("flags-title")))
	flags := text(".redflags")
	if !strings.Contains(flags, "Red flags (2)") || !strings.Contains(flags, "Asks you to pay") {
		t.Errorf("flags section = %q", flags)
	}
	if m := text(".redflags mark"); m != "Pay a $50 registration fee" {
		t.Errorf("marked evidence = %q", m)
	}
	shot("04-flags")

	// 6. A phone gets one column.
	step("phone width", chromedp.EmulateViewport(390, 844), chromedp.Navigate(srv.URL+"/?q=project"), chromedp.WaitVisible(chromedp.CSS(".cards")))
	shot("05-phone")

	// 7. A dark system setting gets the dark theme.
	step("dark theme", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}})
		return err
	}), chromedp.Navigate(srv.URL+"/?q=data"), chromedp.WaitVisible(chromedp.CSS(".cards")))
	if bg := run(t, bctx, chromedp.Evaluate[string](`getComputedStyle(document.documentElement).backgroundColor`)); bg != "rgb(15, 18, 22)" {
		t.Errorf("background under a dark system setting = %q, want the dark theme's rgb(15, 18, 22)", bg)
	}
	shot("06-dark")

	mu.Lock()
	defer mu.Unlock()
	if len(jsErrors) > 0 {
		t.Errorf("JavaScript errors: %q", jsErrors)
	}
}

// run runs one action that returns a value, within 20 seconds.
func run[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
