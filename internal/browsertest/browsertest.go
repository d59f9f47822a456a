// Package browsertest starts headless Chromium for the tests that load the
// web pages, the widget and the digest e-mails in a real browser, and
// serves the beacon that hostile payloads call. Only tests import it.
package browsertest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"
)

// Chromium returns the browser to drive: $GIGSCOUT_CHROMIUM, or Debian's
// chromium (or a Chrome) on PATH. In -short mode, or with no browser
// installed, the test is skipped; with none under CI=true it fails, since
// CI installs Chromium and requires the browser tests.
func Chromium(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	if p := os.Getenv("GIGSCOUT_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no Chromium installed, and CI=true requires the browser tests (apt-get install chromium)")
	}
	t.Skip("no Chromium installed (apt-get install chromium): skipping the browser test")
	return ""
}

// Start starts headless Chromium (exe) for one test, bound by ctx: the
// flags this machine needs (no sandbox as root, no background networking,
// which a closed network refuses), a fresh profile, and the test's own
// options. The browser closes when the test ends. Its temporary files go
// under the test's own directory (TMPDIR): a browser stopped by the test's
// end leaves its singleton socket's directory behind, which under /tmp
// piled up one a browser test run.
func Start(ctx context.Context, t *testing.T, exe string, extra ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	tmp := t.TempDir()
	profile, scratch := filepath.Join(tmp, "profile"), filepath.Join(tmp, "tmp")
	if err := os.Mkdir(scratch, 0o700); err != nil {
		t.Fatal(err)
	}
	opts := append([]chromedp.ExecAllocatorOption{chromedp.ExecPath(exe), chromedp.Flag("headless", true), chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true), chromedp.UserDataDir(profile),
		chromedp.Env("TMPDIR=" + scratch)}, extra...)
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelAlloc)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	t.Cleanup(cancelBrowser)
	if err := chromedp.Do(bctx); err != nil { // starts the browser, bound by ctx only
		t.Fatalf("start %s: %v", exe, err)
	}
	return bctx
}

// Beacon is a server on another origin for hostile payloads to call
// (fetch, image, style, base URL): any request it gets is a payload that
// ran or loaded.
type Beacon struct {
	URL  string
	mu   sync.Mutex
	hits []string
}

// NewBeacon starts a beacon for one test.
func NewBeacon(t *testing.T) *Beacon {
	b := &Beacon{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b.mu.Lock()
		b.hits = append(b.hits, r.URL.Path)
		b.mu.Unlock()
		w.Header().Set("Access-Control-Allow-Origin", "*")
	}))
	t.Cleanup(srv.Close)
	b.URL = srv.URL
	return b
}

// Hits are the paths the beacon was asked for, in order.
func (b *Beacon) Hits() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return slices.Clone(b.hits)
}
