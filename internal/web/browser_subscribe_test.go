package web

import (
	"context"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/gigscout/gigscout/internal/browsertest"
)

// TestBrowserSubscribeWithoutJavaScript drives headless Chromium with
// JavaScript off: from a search page to the subscribe form, submitted,
// then an unsubscribe link opened (nothing happens) and its button pressed.
func TestBrowserSubscribeWithoutJavaScript(t *testing.T) {
	exe := browsertest.Chromium(t)
	subs := &recordingSubs{}
	srv := httptest.NewServer(newTestServer(t, Options{Subscriptions: subs}).Handler())
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	bctx := browsertest.Start(ctx, t, exe, chromedp.Flag("blink-settings", "scriptEnabled=false"), chromedp.WindowSize(1280, 900))
	step := func(name string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		sctx, cancel := context.WithTimeout(bctx, 20*time.Second)
		defer cancel()
		if err := chromedp.Do(sctx, actions...); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	loads := func(a chromedp.Action[chromedp.Void]) {
		t.Helper()
		run(t, bctx, chromedp.WaitEvent(page.LoadEventFired, nil, a))
	}
	text := func(sel string) string { t.Helper(); return run(t, bctx, chromedp.Text(chromedp.CSS(sel))) }

	step("open a search", chromedp.Navigate(srv.URL+"/?q=data&paid=true"), chromedp.WaitVisible(chromedp.CSS(".subscribe-link a")))
	loads(chromedp.Click(chromedp.CSS(".subscribe-link a")))
	if u := run(t, bctx, chromedp.Location()); !strings.HasSuffix(u, "/subscribe?paid=true&q=data") {
		t.Errorf("subscribe page address %s", u)
	}
	step("fill the form", chromedp.SendKeys(chromedp.ID("email"), "student@uni.test"),
		chromedp.SetValue(chromedp.ID("hour"), "9"), chromedp.Click(chromedp.ID("freq-weekly")),
		chromedp.SetValue(chromedp.ID("timezone"), "Europe/Berlin"))
	loads(chromedp.Click(chromedp.CSS("form button.primary")))
	if h := text("h1"); h != "Check your inbox" {
		t.Fatalf("after submitting: %q", h)
	}
	if c := subs.called(); len(c) != 1 || c[0] != "subscribe student@uni.test paid=true&q=data weekly 9 Europe/Berlin" {
		t.Fatalf("calls %q", c)
	}
	step("open the unsubscribe link", chromedp.Navigate(srv.URL+"/subscriptions/unsubscribe?token=ok-unsubscribe"), chromedp.WaitVisible(chromedp.CSS("form button")))
	if c := subs.called(); len(c) != 1 {
		t.Fatalf("opening the link unsubscribed: %q", c)
	}
	loads(chromedp.Click(chromedp.CSS("form button")))
	if h := text("h1"); h != "You are unsubscribed" {
		t.Errorf("after the button: %q", h)
	}
	if c := subs.called(); fmt.Sprint(c[1:]) != "[unsubscribe]" {
		t.Errorf("calls %q", c)
	}
}
