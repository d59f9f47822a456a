package web

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/gigscout/gigscout/internal/browsertest"
	"github.com/gigscout/gigscout/internal/model"
)

// TestBrowserHostileListings loads the pages, the feed items rendered
// as HTML by a reader page without any policy of its own, and the widget
// embedded with a key in a host page on another origin, with listings
// made by a hostile board in headless Chromium, and records any script
// that runs: every payload calls a beacon on another origin, and a
// JavaScript dialog or a beacon hit fails the test. It also checks that
// the pages' own script and style run under the Content-Security-Policy
// with no violation, and that employer text is bidi-isolated.
func TestBrowserHostileListings(t *testing.T) {
	exe := browsertest.Chromium(t)
	var mu sync.Mutex
	beacon := browsertest.NewBeacon(t)

	// h03: a company name and title with markup payloads, a javascript: URL.
	h03 := fixture("h03", "evilboard", `Research <svg onload="fetch('`+beacon.URL+`/title3')"> assistant`,
		`<img src="`+beacon.URL+`/co.gif" onerror="alert(3)">Bad Co<script>fetch('`+beacon.URL+`/co')</script>`,
		model.RemoteRemote, []string{"US"}, model.TypeProject, []string{"Research"}, "Research data for a report, 8 hours.")
	h03.URL = "javascript:alert(document.domain)"
	st, x := mustData(t, append(append(hostileListings(beacon.URL), h03), testListings()...))
	gs := New(Options{Store: st, Index: x, RateLimit: RateLimit{Disabled: true}, WidgetSecret: testSecret, AdminToken: testAdminToken,
		Now: func() time.Time { return testNow }})
	srv := httptest.NewServer(gs.Handler())
	defer srv.Close()

	// A career office's page on another loopback origin (no policy of its
	// own) embedding the widget with a key that shows the hostile board.
	hostLn, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hostOrigin := fmt.Sprintf("http://127.0.0.1:%d", hostLn.Addr().(*net.TCPAddr).Port)
	created, _, err := gs.widgetAdmin().Create(context.Background(), WidgetSpec{Name: "Hostile board", Origins: []string{hostOrigin},
		Filters: url.Values{"source": {"evilboard"}, "include_flagged": {"true"}}})
	if err != nil {
		t.Fatal(err)
	}
	hostHTML := "<!doctype html><html><head><meta charset=utf-8><title>careers</title></head><body><h1>Projects</h1>" +
		WidgetSnippet(srv.URL, created.Key) + "</body></html>"
	host := &httptest.Server{Listener: hostLn, Config: &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, hostHTML)
	})}}
	host.Start()
	defer host.Close()

	// A feed reader that shows each item's HTML as it is.
	resp, err := http.Get(srv.URL + "/feeds/search.json?q=data&include_flagged=true&limit=100")
	if err != nil {
		t.Fatal(err)
	}
	var feed struct {
		Items []struct {
			ContentHTML string `json:"content_html"`
			Title       string `json:"title"`
		} `json:"items"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&feed); err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	var reader strings.Builder
	reader.WriteString("<!doctype html><html><body>")
	for _, it := range feed.Items {
		// JSON Feed's title is plain text and content_html is HTML: a reader
		// escapes the one and shows the other as it is.
		reader.WriteString("<article><h2>" + html.EscapeString(it.Title) + "</h2>" + it.ContentHTML + "</article>")
	}
	reader.WriteString("</body></html>")
	if !strings.Contains(reader.String(), "Evil Corp") || !strings.Contains(reader.String(), "<mark>") {
		t.Fatal("the hostile listings are not in the feed")
	}
	readerSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, reader.String())
	}))
	defer readerSrv.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	bctx := browsertest.Start(ctx, t, exe, chromedp.WindowSize(1280, 900))
	var dialogs []string
	if err := chromedp.Listen(bctx, func(ev any) {
		if e, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			mu.Lock()
			dialogs = append(dialogs, e.Message)
			mu.Unlock()
		}
	}); err != nil {
		t.Fatal(err)
	}
	// Record CSP violations from the first script of every document.
	if err := chromedp.Do(bctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
			Source: `window.__csp = []; document.addEventListener("securitypolicyviolation",
			e => window.__csp.push(e.violatedDirective + " " + e.blockedURI));`})
		return err
	})); err != nil {
		t.Fatal(err)
	}

	visit := func(u string) []string {
		t.Helper()
		run(t, bctx, chromedp.Navigate(u))
		time.Sleep(300 * time.Millisecond) // let onerror/onload handlers fire (no timing is asserted)
		return run(t, bctx, chromedp.Evaluate[[]string](`window.__csp || []`))
	}

	// The pages' own code works under the policy, with no violation.
	for _, p := range []string{"/", "/?q=data", "/listings/l01"} {
		if v := visit(srv.URL + p); len(v) > 0 {
			t.Errorf("%s: CSP violations by the page's own code: %q", p, v)
		}
	}
	if !run(t, bctx, chromedp.Evaluate[bool](`document.documentElement.classList.contains("js")`)) {
		t.Error("app.js did not run under the Content-Security-Policy")
	}

	// The hostile listings: in search results, on their pages, in the feed reader.
	for _, p := range []string{srv.URL + "/?include_flagged=true", srv.URL + "/?q=data&include_flagged=true", srv.URL + "/listings/h01",
		srv.URL + "/listings/h02", srv.URL + "/listings/h03", readerSrv.URL + "/"} {
		v := visit(p)
		t.Logf("%s: %d CSP violations (blocked): %q", p, len(v), v)
	}

	// The widget on the host page shows both hostile listings as text: no
	// element or link from them, and the override in a company name is
	// closed before the widget's own " · details".
	visit(hostOrigin + "/")
	run(t, bctx, chromedp.Evaluate[bool](widgetJSHelpers))
	waitJS(t, bctx, "the widget's hostile results", `gsIDs(0).length === 3`)
	if got := run(t, bctx, chromedp.Evaluate[[]string](`gsIDs(0).sort()`)); strings.Join(got, ",") != "h01,h02,h03" {
		t.Errorf("the widget shows %v, want h01,h02,h03", got)
	}
	if n := run(t, bctx, chromedp.Evaluate[int](`gsw(0).querySelectorAll("script, img, iframe, svg, object, embed").length`)); n != 0 {
		t.Errorf("widget: %d elements made from listing content", n)
	}
	if n := run(t, bctx, chromedp.Evaluate[int](`Array.from(gsw(0).querySelectorAll("a[href]")).filter(a => !/^https?:$/.test(new URL(a.href).protocol) || a.href.includes("ZgotmplZ")).length`)); n != 0 {
		t.Errorf("widget: %d script or dead links", n)
	}
	if !run(t, bctx, chromedp.Evaluate[bool](`Array.from(gsw(0).querySelectorAll("li.r h3")).some(h => h.textContent.includes("<script>")) &&
		Array.from(gsw(0).querySelectorAll(".co")).some(p => p.textContent.includes("<img src="))`)) {
		t.Error("widget: the title's and the company's payloads are not shown as text")
	}
	co := run(t, bctx, chromedp.Evaluate[[]string](`Array.from(gsw(0).querySelectorAll(".co")).map(p => p.firstChild.textContent)`))
	rlo := 0
	for _, c := range co {
		if strings.ContainsRune(c, '\u202e') {
			rlo++
			if !strings.HasSuffix(c, "\u202c") {
				t.Errorf("widget: company %q leaves its override open", c)
			}
		}
	}
	if rlo != 1 {
		t.Errorf("widget: %d company names with the override, want 1: %q", rlo, co)
	}

	for _, p := range []string{"/listings/h01", "/listings/h02", "/listings/h03"} {
		run(t, bctx, chromedp.Navigate(srv.URL+p))
		if got := run(t, bctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector(".company")).unicodeBidi`)); got != "isolate" {
			t.Errorf("%s: the company's unicode-bidi is %q, want isolate", p, got)
		}
		if n := run(t, bctx, chromedp.Evaluate[int](`document.querySelectorAll("a[href^='javascript:' i], a[href^='data:' i], a[href*='ZgotmplZ']").length`)); n != 0 {
			t.Errorf("%s: %d script or dead links", p, n)
		}
	}
	time.Sleep(500 * time.Millisecond)
	if hits := beacon.Hits(); len(hits) > 0 {
		t.Errorf("hostile content reached the beacon %d times: %q", len(hits), hits)
	}
	mu.Lock() // the listeners may still be running
	defer mu.Unlock()
	if len(dialogs) > 0 {
		t.Errorf("hostile script opened dialogs: %q", dialogs)
	}
	fmt.Fprintf(os.Stderr, "hostile listings: %d pages, a feed reader and the widget on a host page loaded, 0 scripts ran\n", 5)
}
