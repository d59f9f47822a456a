package digest

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/gigscout/gigscout/internal/browsertest"
	"github.com/gigscout/gigscout/internal/model"
)

// brun runs one browser action that returns a value, within 20 seconds.
func brun[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// hostileDigestListings are listings a hostile board could make: markup
// and script in the title, the company, the regions and a red flag's
// reason, script URLs, and an unclosed right-to-left override. Every
// payload calls the beacon.
func hostileDigestListings(beacon string) []*model.Listing {
	a := newListing("evilboard", `Data entry <script>fetch("`+beacon+`/title")</script><img src="`+beacon+`/title.gif" onerror="alert(1)">`)
	a.Company = "\u202eEvil Corp <img src=\"" + beacon + "/company.gif\">"
	a.URL = "javascript:fetch('" + beacon + "/url')"
	a.ApplyURL = "data:text/html,<script>fetch('" + beacon + "/apply')</script>"
	a.RemoteRegions = []string{`US"><iframe src="` + beacon + `/region"></iframe>`}
	a.Flags = []model.Flag{{ID: "PAY_TO_APPLY", Family: model.FamilyScam, Severity: model.SeverityHigh,
		Reason: `Asks for a fee <svg onload="fetch('` + beacon + `/flag')"></svg><a href="javascript:alert(2)">pay</a>`}}
	a.Risk = model.SeverityHigh
	b := newListing("evilboard", "Design logo \u202bmicro <style>body{background:url("+beacon+"/style.png)}</style>")
	b.Company = "Acme \u2067Ltd\"><base href=\"" + beacon + "/\">"
	b.URL = " JaVaScRiPt:fetch('" + beacon + "/url2')"
	return []*model.Listing{a, b}
}

// TestBrowserHostileDigestEmail renders a digest e-mail of hostile
// listings the way it is sent (through a real SMTP server on 127.0.0.1),
// loads its HTML part in headless Chromium as a page with no policy of
// its own (a webmail that trusted it), and checks that no script ran, no
// dialog opened and nothing outside the page was requested (no beacon, no
// remote image, no style from the listing).
func TestBrowserHostileDigestEmail(t *testing.T) {
	exe := browsertest.Chromium(t)
	var mu sync.Mutex
	beacon := browsertest.NewBeacon(t)

	e := newEnv(t, monday, nil)
	e.subscribeConfirmed("student@uni.edu", "include_flagged=true", chicago9)
	e.clk.Set(monday.Add(time.Hour))
	e.add(hostileDigestListings(beacon.URL)...)
	e.clk.Set(time.Date(2026, 11, 3, 15, 1, 0, 0, time.UTC)) // 09:01 in Chicago
	if res := e.run(); len(res) != 1 || res[0].Status != "sent" || res[0].Listings != 2 {
		t.Fatalf("run: %+v", res)
	}
	msgs := e.newMail()
	if len(msgs) != 1 || msgs[0].HTML == "" {
		t.Fatalf("%d e-mails, want one digest with an HTML part", len(msgs))
	}
	mailHTML := msgs[0].HTML
	for _, want := range []string{"Evil Corp", "&lt;script&gt;", "Asks for a fee"} {
		if !strings.Contains(mailHTML, want) {
			t.Fatalf("the hostile listings are not in the e-mail (no %q):\n%s", want, mailHTML)
		}
	}
	inbox := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, mailHTML)
	}))
	defer inbox.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	// The network domain is enabled on every chromedp target: each request
	// the page makes is an event.
	bctx := browsertest.Start(ctx, t, exe, chromedp.WindowSize(1000, 900))
	var dialogs, requests []string
	if err := chromedp.Listen(bctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *page.EventJavascriptDialogOpening:
			dialogs = append(dialogs, e.Message)
		case *network.EventRequestWillBeSent:
			requests = append(requests, e.Request.URL)
		}
	}); err != nil {
		t.Fatal(err)
	}
	brun(t, bctx, chromedp.Navigate(inbox.URL+"/"))
	time.Sleep(500 * time.Millisecond) // let onerror/onload handlers fire (no timing is asserted)

	if n := brun(t, bctx, chromedp.Evaluate[int](`document.querySelectorAll("script, img, iframe, svg, object, embed, style, base, link").length`)); n != 0 {
		t.Errorf("%d elements made from listing content in the e-mail", n)
	}
	badLinks := brun(t, bctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("a[href]")).filter(a => !a.href.startsWith("https://gigscout.example/")).map(a => a.href)`))
	if len(badLinks) > 0 {
		t.Errorf("links that are not gigscout's own: %q", badLinks)
	}
	text := brun(t, bctx, chromedp.Evaluate[string](`document.body.innerText`))
	if !strings.Contains(text, `<script>fetch(`) || !strings.Contains(text, "<svg onload") {
		t.Errorf("the payloads are not shown as text: %q", text)
	}
	if hits := beacon.Hits(); len(hits) > 0 {
		t.Errorf("hostile content in the e-mail reached the beacon %d times: %q", len(hits), hits)
	}
	mu.Lock() // the listeners may still be running
	defer mu.Unlock()
	if len(dialogs) > 0 {
		t.Errorf("hostile script in the e-mail opened dialogs: %q", dialogs)
	}
	sawPage := false
	for _, u := range requests {
		if u == inbox.URL+"/" {
			sawPage = true
			continue
		}
		if u == inbox.URL+"/favicon.ico" {
			continue // the browser's own, not the e-mail's
		}
		t.Errorf("the e-mail requested %s (only the page itself may be loaded)", u)
	}
	if !sawPage {
		t.Errorf("the request log missed the page itself (requests %q): the check would not see a beacon", requests)
	}
	fmt.Fprintf(os.Stderr, "hostile digest e-mail: %d bytes of HTML loaded in Chromium, %d requests (the page and the browser's favicon), 0 scripts ran\n", len(mailHTML), len(requests))
}
