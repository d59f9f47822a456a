package web

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// axeScript is axe-core as npm installs it (npm ci --prefix internal/web/testdata/axe).
var axeScript = filepath.Join("testdata", "axe", "node_modules", "axe-core", "axe.min.js")

// assertAxeClean runs axe-core in the page loaded in ctx (a chromedp
// context), over the whole document including open shadow roots, and
// reports each serious or critical violation with its id, impact and
// targets. Without axe-core installed it skips, except under CI=true where
// it fails.
func assertAxeClean(ctx context.Context, t *testing.T, what string) {
	t.Helper()
	src, err := os.ReadFile(axeScript)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s: axe-core is not installed (%v): run npm ci --prefix internal/web/testdata/axe", what, err)
		}
		t.Skipf("%s: axe-core is not installed (npm ci --prefix internal/web/testdata/axe): skipping the accessibility check", what)
	}
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](string(src))); err != nil {
		t.Fatalf("%s: inject axe-core: %v", what, err)
	}
	type violation struct {
		ID, Impact, Help string
		Targets          []json.RawMessage // a selector, or a list of them through shadow roots
	}
	vs, err := chromedp.Run(ctx, chromedp.Evaluate[[]violation](`axe.run(document, {resultTypes: ["violations"]}).then(r =>
		r.violations.map(v => ({id: v.id, impact: v.impact || "", help: v.help, targets: v.nodes.map(n => n.target)})))`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("%s: axe.run: %v", what, err)
	}
	for _, v := range vs {
		if v.Impact != "serious" && v.Impact != "critical" {
			t.Logf("%s: axe %s (%s, not failing): %s", what, v.ID, v.Impact, v.Help)
			continue
		}
		targets := ""
		for _, tg := range v.Targets {
			targets += " " + string(tg)
		}
		t.Errorf("%s: axe %s (%s): %s; at%s", what, v.ID, v.Impact, v.Help, targets)
	}
}
