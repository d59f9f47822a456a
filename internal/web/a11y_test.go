package web

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/gigscout/gigscout/internal/browsertest"
)

// findAxe returns axe-core's axe.min.js: $GIGSCOUT_AXE, or the copy
// .ci/run installs with npm under testdata/axe (axeScript).
func findAxe() string {
	if p := os.Getenv("GIGSCOUT_AXE"); p != "" {
		return p
	}
	if _, err := os.Stat(axeScript); err == nil {
		return axeScript
	}
	return ""
}

// TestAccessibility runs axe-core (WCAG 2 A and AA rules) in headless
// Chromium on the student pages, at desktop and phone widths and in the
// dark theme: no violation is allowed.
func TestAccessibility(t *testing.T) {
	exe, axePath := browsertest.Chromium(t), findAxe()
	switch {
	case axePath == "" && os.Getenv("CI") == "true":
		t.Fatal("CI=true but axe-core is not installed (.ci/run: npm ci --prefix internal/web/testdata/axe)")
	case axePath == "":
		t.Skip("axe-core not installed (npm ci --prefix internal/web/testdata/axe, or set GIGSCOUT_AXE): skipping the accessibility test")
	}
	axeJS, err := os.ReadFile(axePath)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(newTestServer(t, Options{Sources: func(ctx context.Context) ([]SourceInfo, error) {
		f, _ := failing(3, "dns: no such host boards-api.greenhouse.io")(ctx)
		o, _ := okSources("acme", "brightpath", "remotive")(ctx)
		return append(f, o...), nil
	}}).Handler())
	t.Cleanup(srv.Close)

	ctx, cancel := context.WithTimeout(context.Background(), 150*time.Second)
	defer cancel()
	bctx := browsertest.Start(ctx, t, exe)
	pages := []string{"/", "/?q=data&paid=true&region=US&region=Narnia", "/?include_flagged=true&limit=3&page=2", "/listings/l05", "/listings/l01?from=q%3Ddata", "/flags", "/sources", "/nope"}
	for _, view := range []struct {
		name          string
		width, height int64
		dark          bool
	}{{"desktop", 1280, 900, false}, {"phone", 390, 844, false}, {"dark", 1280, 900, true}} {
		for _, p := range pages {
			t.Run(view.name+p, func(t *testing.T) {
				sctx, cancel := context.WithTimeout(bctx, 30*time.Second)
				defer cancel()
				scheme := "light"
				if view.dark {
					scheme = "dark"
				}
				var raw string
				err := chromedp.Do(sctx,
					chromedp.EmulateViewport(view.width, view.height),
					chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
						_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
							Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}})
						return err
					}),
					chromedp.Navigate(srv.URL+p),
					chromedp.WaitReady(chromedp.CSS("body")),
				)
				if err == nil {
					_, err = chromedp.Run(sctx, chromedp.Evaluate[chromedp.Void](string(axeJS)))
				}
				if err == nil {
					raw, err = chromedp.Run(sctx, chromedp.Evaluate[string](`axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}).then(r => JSON.stringify(r.violations.map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(" ")).slice(0, 5)}))))`, chromedp.EvalAwaitPromise))
				}
				if err != nil {
					t.Fatal(err)
				}
				var violations []struct {
					ID, Help string
					Nodes    []string
				}
				if err := json.Unmarshal([]byte(raw), &violations); err != nil {
					t.Fatalf("axe result %q: %v", raw, err)
				}
				for _, v := range violations {
					t.Errorf("%s: %s (%s)", v.ID, v.Help, strings.Join(v.Nodes, "; "))
				}
			})
		}
	}
}
