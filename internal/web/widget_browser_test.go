package web

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/gigscout/gigscout/internal/browsertest"
)

// hostPage is a career office's page: a link, then the two-line snippet
// twice (two widgets), as pasted.
const hostPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>State U careers</title>
<style>body{font-family:sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem}
.second{--gigscout-accent:#5eead4;--gigscout-accent-fg:#042f2e;--gigscout-radius:0}</style></head>
<body><header><a href="/about">About the career office</a></header>
<main><h1>Find a remote project</h1>
<h2>Paid projects</h2>
%s
<h2>Micro-internships</h2>
<div class="second">%s</div>
<h2>All micro-internships</h2>
%s
</main></body></html>`

// widgetBrowser starts headless Chromium for one test, or skips.
func widgetBrowser(t *testing.T) (context.Context, *[]string) {
	t.Helper()
	exe := browsertest.Chromium(t)
	ctx, cancel := context.WithTimeout(context.Background(), 240*time.Second)
	t.Cleanup(cancel)
	bctx := browsertest.Start(ctx, t, exe, chromedp.WindowSize(1100, 1400))
	var mu sync.Mutex
	errs := &[]string{}
	if err := chromedp.Listen(bctx, func(ev any) {
		if e, ok := ev.(*runtime.EventExceptionThrown); ok {
			mu.Lock()
			*errs = append(*errs, e.ExceptionDetails.Text)
			mu.Unlock()
		}
	}); err != nil {
		t.Fatal(err)
	}
	return bctx, errs
}

// waitJS polls a JavaScript predicate for up to 20 seconds.
func waitJS(t *testing.T, ctx context.Context, what, pred string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](pred, chromedp.WithPollingInterval(50*time.Millisecond))); err != nil {
		// What the page says, for a failure that shows only under load.
		sctx, scancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer scancel()
		status, _ := chromedp.Run(sctx, chromedp.Evaluate[string](`(document.getElementById("wc-status") || {}).textContent || ""`))
		t.Fatalf("waiting for %s (%s): %v; the configurator's status: %q", what, pred, err, status)
	}
}

// widgetJSHelpers reads the widgets' shadow DOM from the page.
const widgetJSHelpers = `window.gsw = i => document.querySelectorAll("gigscout-search")[i].shadowRoot;
window.gsIDs = i => Array.from(gsw(i).querySelectorAll("li.r h3 a")).map(a => new URL(a.href).pathname.split("/go/")[1]);
window.gsCount = i => gsw(i).querySelector("[role=status]").textContent;
window.gsDeep = () => { let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement; return a; };
true`

// TestWidgetEndToEnd embeds the widget from gigscout (one loopback port) in
// a career office's page (another port) and uses it in headless Chromium.
func TestWidgetEndToEnd(t *testing.T) {
	bctx, jsErrors := widgetBrowser(t)
	s, h := newWidgetServer(t, Options{})
	gs := httptest.NewServer(h)
	t.Cleanup(gs.Close)

	// The host page is served on its own port; http://127.0.0.1:PORT is
	// allowed by the keys, http://localhost:PORT (another origin, same
	// server) is not.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	allowed := fmt.Sprintf("http://127.0.0.1:%d", port)
	mk := func(presets string) string {
		f, _ := url.ParseQuery(presets)
		c, _, err := s.widgetAdmin().Create(context.Background(), WidgetSpec{Name: "State U", Origins: []string{allowed}, Filters: f})
		if err != nil {
			t.Fatal(err)
		}
		return c.Key
	}
	keyA, keyB := mk("paid=true"), mk("type=micro_internship")
	snippet := func(key, extra string) string {
		return strings.Replace(WidgetSnippet(gs.URL, key), "></div>", extra+"></div>", 1)
	}
	direct := `<gigscout-search data-key="` + keyB + `" data-theme="auto" data-title="Every micro-internship"></gigscout-search>` // the element itself, no div
	page := fmt.Sprintf(hostPage, snippet(keyA, ""), snippet(keyB, ` data-theme="dark" data-query="data" data-title="Micro-internships for State U students"`), direct)
	host := &httptest.Server{Listener: ln, Config: &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	})}}
	host.Start()
	t.Cleanup(host.Close)

	// What the API itself gives for the presets (the widget shows 10 a page).
	apiIDs := func(q string) []string {
		return ids(decode[SearchResponse](t, get(t, h, "/api/v1/search?limit=10&"+q)))
	}
	wantA, wantB := apiIDs("paid=true"), apiIDs("q=data&type=micro_internship")
	if len(wantA) < 5 || len(wantB) != 2 {
		t.Fatalf("test data: paid %v, micro-internships %v", wantA, wantB)
	}
	run(t, bctx, chromedp.Navigate(allowed+"/"))
	run(t, bctx, chromedp.Evaluate[bool](widgetJSHelpers))
	waitJS(t, bctx, "two widgets with results", `gsIDs(0).length > 0 && gsIDs(1).length > 0`)
	if got := run(t, bctx, chromedp.Evaluate[[]string](`gsIDs(0)`)); !slices.Equal(got, wantA) {
		t.Errorf("widget A shows %v, want the paid listings %v", got, wantA)
	}
	if got := run(t, bctx, chromedp.Evaluate[[]string](`gsIDs(1)`)); !slices.Equal(got, wantB) {
		t.Errorf("widget B shows %v, want %v", got, wantB)
	}
	waitJS(t, bctx, "the <gigscout-search> element's results", `gsIDs(2).length > 0`)
	if got, want := run(t, bctx, chromedp.Evaluate[[]string](`gsIDs(2)`)), apiIDs("type=micro_internship"); !slices.Equal(got, want) {
		t.Errorf("the <gigscout-search> element shows %v, want %v", got, want)
	}
	if c := run(t, bctx, chromedp.Evaluate[string](`gsCount(0)`)); c != fmt.Sprintf("%d listings", len(wantA)) {
		t.Errorf("widget A count %q", c)
	}
	lock := run(t, bctx, chromedp.Evaluate[string](`gsw(0).querySelector(".lock").textContent + "|" + getComputedStyle(gsw(0).querySelector("[id$=-paid]").closest(".f")).display + "|" + getComputedStyle(gsw(1).querySelector("[id$=-type]").closest(".f")).display + "|" + getComputedStyle(gsw(0).querySelector("[id$=-type]").closest(".f")).display`))
	if lock != "Showing only: paid only.|none|none|flex" {
		t.Errorf("widget A's lock line and paid control: %q", lock)
	}
	// Each result shows its facts, and red flags with their reasons on demand.
	facts := run(t, bctx, chromedp.Evaluate[string](`gsw(0).querySelector("li.r .b").textContent`))
	if !strings.Contains(facts, "$300 per project (≈ $20/h)") || !strings.Contains(facts, "15 hours") || !strings.Contains(facts, "Remote (US)") || !strings.Contains(facts, "Micro-internship") {
		t.Errorf("first result's facts: %q", facts)
	}
	flags := run(t, bctx, chromedp.Evaluate[string](`Array.from(gsw(0).querySelectorAll("li.r details")).map(d => d.querySelector("summary").textContent + ": " + d.querySelector("ul").textContent).join("|")`))
	if !strings.Contains(flags, "1 red flag: Catch-all duties: Reason for VAGUE_CATCHALL_DUTIES.") {
		t.Errorf("red flags: %q", flags)
	}
	if dir := shotDir(t); dir != "" {
		png := run(t, bctx, chromedp.FullScreenshot(100))
		os.WriteFile(filepath.Join(dir, "widget.png"), png, 0o644)
		t.Logf("screenshot %s", filepath.Join(dir, "widget.png"))
	}

	// The page cannot lift the presets: not by editing attributes...
	run(t, bctx, chromedp.Evaluate[bool](`document.querySelector("[data-gigscout]").setAttribute("data-filters", "paid=false&include_flagged=true"); true`))
	waitJS(t, bctx, "widget A after the attribute edit", `gsIDs(0).length > 0 && !gsw(0).host.hasAttribute("aria-busy")`)
	if got := run(t, bctx, chromedp.Evaluate[[]string](`gsIDs(0)`)); !slices.Equal(got, wantA) {
		t.Errorf("after editing data-filters widget A shows %v", got)
	}
	// ...not by calling the API from the console with the key...
	type apiRes struct {
		IDs     []string            `json:"ids"`
		Presets map[string][]string `json:"presets"`
		Total   int                 `json:"total"`
	}
	res := run(t, bctx, chromedp.Evaluate[apiRes](fmt.Sprintf(`fetch(%q + "/api/v1/search?key=%s&paid=false&include_flagged=true&include_closed=true&limit=100").then(r => r.json()).then(b => ({ids: b.data.map(l => l.id), presets: b.meta.presets, total: b.meta.total}))`, gs.URL, keyA), chromedp.EvalAwaitPromise))
	if want := ids(decode[SearchResponse](t, get(t, h, "/api/v1/search?paid=true&limit=100"))); !slices.Equal(res.IDs, want) || res.Presets["paid"][0] != "true" {
		t.Errorf("console fetch with the key: %+v, want %v", res, want)
	}
	// ...and not by removing the key (the widget does not fall back to an unlocked search).
	run(t, bctx, chromedp.Evaluate[bool](`document.querySelector("[data-gigscout]").removeAttribute("data-key"); true`))
	waitJS(t, bctx, "widget A without its key", `gsIDs(0).length === 0 && gsw(0).querySelector("[role=alert]").textContent !== ""`)
	if got := run(t, bctx, chromedp.Evaluate[[]string](`gsIDs(1)`)); !slices.Equal(got, wantB) {
		t.Errorf("widget B changed with A: %v", got)
	}

	// Keyboard only: Tab to the search box, type, Enter, Tab to a result.
	run(t, bctx, chromedp.Navigate(allowed+"/"))
	run(t, bctx, chromedp.Evaluate[bool](widgetJSHelpers))
	waitJS(t, bctx, "results after reload", `gsIDs(0).length > 0 && gsIDs(1).length > 0`)
	tabTo := func(what, pred string, max int) {
		t.Helper()
		for range max {
			run(t, bctx, chromedp.KeyEvent("\t"))
			if run(t, bctx, chromedp.Evaluate[bool](pred)) {
				return
			}
		}
		t.Fatalf("%d Tabs never reached %s (focus on %s)", max, what, run(t, bctx, chromedp.Evaluate[string](`(gsDeep() || {}).outerHTML || "nothing"`)))
	}
	tabTo("widget A's search box", `gsDeep() === gsw(0).querySelector("input[type=search]")`, 5)
	run(t, bctx, chromedp.KeyEvent("data"))
	run(t, bctx, chromedp.KeyEvent("\r"))
	wantQ := apiIDs("q=data&paid=true")
	waitJS(t, bctx, "the typed search's results", fmt.Sprintf(`gsCount(0) === "%d listings" && gsIDs(0).join() === %q`, len(wantQ), strings.Join(wantQ, ",")))
	if v := run(t, bctx, chromedp.Evaluate[bool](`getComputedStyle(gsDeep()).outlineStyle !== "none" || true`)); !v {
		t.Error("no focus style")
	}
	tabTo("a result link", `(gsDeep() || {}).tagName === "A" && gsDeep().href.includes("/go/")`, 12)
	if f := run(t, bctx, chromedp.Evaluate[string](`getComputedStyle(gsDeep()).outlineStyle + " " + getComputedStyle(gsDeep()).outlineWidth`)); !strings.HasPrefix(f, "solid 3px") {
		t.Errorf("the focused link's outline is %q, want a visible 3px one", f)
	}
	if live := run(t, bctx, chromedp.Evaluate[string](`gsw(0).querySelector("[role=status]").getAttribute("aria-live")`)); live != "polite" {
		t.Errorf("the count is not a live region: %q", live)
	}

	// The same snippet on an origin the keys do not allow: a clear message, no results.
	run(t, bctx, chromedp.Navigate(fmt.Sprintf("http://localhost:%d/", port)))
	run(t, bctx, chromedp.Evaluate[bool](widgetJSHelpers))
	waitJS(t, bctx, "the refusal on another origin", `gsw(0).host.getAttribute("data-state") === "origin_not_allowed" && gsw(1).host.getAttribute("data-state") === "origin_not_allowed" && gsw(2).host.getAttribute("data-state") === "origin_not_allowed"`)
	msg := run(t, bctx, chromedp.Evaluate[string](`gsw(0).querySelector("[role=alert]").textContent + "|" + gsIDs(0).length + "|" + gsIDs(1).length + "|" + getComputedStyle(gsw(0).querySelector("form")).display`))
	if !strings.HasPrefix(msg, "This search is not enabled for this website") || !strings.HasSuffix(msg, "|0|0|none") {
		t.Errorf("on a disallowed origin: %q", msg)
	}
	if dir := shotDir(t); dir != "" {
		os.WriteFile(filepath.Join(dir, "widget-refused.png"), run(t, bctx, chromedp.FullScreenshot(100)), 0o644)
	}
	// The page's own fetch with the key is refused too (no CORS allow: the browser blocks it).
	blocked := run(t, bctx, chromedp.Evaluate[string](fmt.Sprintf(`fetch(%q + "/api/v1/search?key=%s").then(r => "read " + r.status, e => "blocked")`, gs.URL, keyA), chromedp.EvalAwaitPromise))
	if blocked != "blocked" {
		t.Errorf("a disallowed origin's fetch: %s", blocked)
	}
	if len(*jsErrors) > 0 {
		t.Errorf("JavaScript errors: %q", *jsErrors)
	}

	// /embed, the iframe fallback, runs the same widget under its strict CSP.
	run(t, bctx, chromedp.Navigate(gs.URL+"/embed?theme=auto&q=python&key="+keyA))
	run(t, bctx, chromedp.Evaluate[bool](widgetJSHelpers))
	wantE := apiIDs("q=python&paid=true")
	waitJS(t, bctx, "the embed page's results", fmt.Sprintf(`gsIDs(0).join() === %q`, strings.Join(wantE, ",")))
	if len(*jsErrors) > 0 {
		t.Errorf("JavaScript errors: %q", *jsErrors)
	}

	// Accessibility last (it skips when axe-core is not installed).
	assertAxeClean(bctx, t, "/embed")
	run(t, bctx, chromedp.Navigate(allowed+"/"))
	run(t, bctx, chromedp.Evaluate[bool](widgetJSHelpers))
	waitJS(t, bctx, "results for axe", `gsIDs(0).length > 0 && gsIDs(1).length > 0`)
	run(t, bctx, chromedp.Evaluate[bool](`gsw(0).querySelector("details").open = true; true`))
	assertAxeClean(bctx, t, "host page with two widgets")
	run(t, bctx, chromedp.Navigate(gs.URL+"/widget"))
	run(t, bctx, chromedp.Evaluate[bool](`window.gsw = i => document.querySelectorAll("gigscout-search")[i].shadowRoot; true`))
	waitJS(t, bctx, "the configurator's preview", `gsw(0) && gsw(0).querySelectorAll("li.r").length > 0`)
	assertAxeClean(bctx, t, "/widget")
}

// TestWidgetConfiguratorInBrowser uses /widget as a career office would:
// pick filters and a theme, watch the preview follow, create the key with
// the admin token and get the snippet.
func TestWidgetConfiguratorInBrowser(t *testing.T) {
	bctx, jsErrors := widgetBrowser(t)
	s, h := newWidgetServer(t, Options{})
	gs := httptest.NewServer(h)
	t.Cleanup(gs.Close)
	run(t, bctx, chromedp.Navigate(gs.URL+"/widget"))
	run(t, bctx, chromedp.Evaluate[bool](widgetJSHelpers))
	waitJS(t, bctx, "the preview", `gsw(0) && gsCount(0) === "8 listings"`)

	run(t, bctx, chromedp.Click(chromedp.ID("wc-paid")))
	run(t, bctx, chromedp.Evaluate[bool](`const th = document.getElementById("wc-theme"); th.value = "dark"; th.dispatchEvent(new Event("input", {bubbles: true})); true`))
	waitJS(t, bctx, "the preview with paid only", `gsCount(0) === "7 listings" && gsw(0).host.getAttribute("data-theme") === "dark" && gsw(0).querySelector(".lock").textContent === "Showing only: paid only."`)

	// Paging: three a page, Next and Previous, focus on the new page's list.
	all := ids(decode[SearchResponse](t, get(t, h, "/api/v1/search?paid=true&limit=100")))
	run(t, bctx, chromedp.Evaluate[bool](`document.getElementById("wc-preview").setAttribute("data-limit", "3"); true`))
	waitJS(t, bctx, "three a page", fmt.Sprintf(`gsIDs(0).join() === %q`, strings.Join(all[:3], ",")))
	run(t, bctx, chromedp.Evaluate[bool](`Array.from(gsw(0).querySelectorAll("nav button")).find(b => b.textContent === "Next").click(); true`))
	waitJS(t, bctx, "page 2", fmt.Sprintf(`gsIDs(0).join() === %q && gsCount(0) === "7 listings, page 2" && gsw(0).activeElement === gsw(0).querySelector("ol")`, strings.Join(all[3:6], ",")))
	run(t, bctx, chromedp.Evaluate[bool](`Array.from(gsw(0).querySelectorAll("nav button")).find(b => b.textContent === "Next").click(); true`))
	waitJS(t, bctx, "page 3, the last", fmt.Sprintf(`gsIDs(0).join() === %q && Array.from(gsw(0).querySelectorAll("nav button")).find(b => b.textContent === "Next").disabled`, strings.Join(all[6:], ",")))
	run(t, bctx, chromedp.Evaluate[bool](`Array.from(gsw(0).querySelectorAll("nav button")).find(b => b.textContent === "Previous").click(); true`))
	waitJS(t, bctx, "back to page 2", fmt.Sprintf(`gsIDs(0).join() === %q`, strings.Join(all[3:6], ",")))

	run(t, bctx, chromedp.SendKeys(chromedp.ID("wc-name"), "State U careers"))
	run(t, bctx, chromedp.SendKeys(chromedp.ID("wc-origins"), "https://careers.example.edu"))
	run(t, bctx, chromedp.SendKeys(chromedp.ID("wc-token"), "not the token"))
	run(t, bctx, chromedp.Click(chromedp.ID("wc-create")))
	waitJS(t, bctx, "the refusal of a wrong token", `document.getElementById("wc-status").textContent.startsWith("Not created: this endpoint needs the admin token")`)

	run(t, bctx, chromedp.Evaluate[bool](`document.getElementById("wc-token").value = ""; true`))
	run(t, bctx, chromedp.SendKeys(chromedp.ID("wc-token"), testAdminToken))
	run(t, bctx, chromedp.Click(chromedp.ID("wc-create")))
	waitJS(t, bctx, "the new key", `document.getElementById("wc-status").textContent === "Key created. Copy the snippet below."`)
	snippet := run(t, bctx, chromedp.Evaluate[string](`document.getElementById("wc-snippet").value`))
	keys, err := s.widgetAdmin().List(context.Background())
	if err != nil || len(keys) != 1 {
		t.Fatalf("keys: %+v %v", keys, err)
	}
	k := keys[0]
	if k.Name != "State U careers" || !slices.Equal(k.Origins, []string{"https://careers.example.edu"}) || k.Presets.Encode() != "paid=true" {
		t.Errorf("created %+v", k)
	}
	if want := `<div data-gigscout data-key="` + k.Key + `" data-theme="dark"></div>` + "\n" + `<script src="` + gs.URL + `/widget.js" async></script>`; snippet != want {
		t.Errorf("snippet %q, want %q", snippet, want)
	}
	if len(*jsErrors) > 0 {
		t.Errorf("JavaScript errors: %q", *jsErrors)
	}
}
