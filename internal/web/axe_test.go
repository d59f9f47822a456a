package web

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// axeScript is axe-core as npm installs it from testdata/axe/package.json
// (npm ci --prefix internal/web/testdata/axe; .ci/run does).
var axeScript = filepath.Join("testdata", "axe", "node_modules", "axe-core", "axe.min.js")

// axeViolation is one rule a page breaks, with the elements that break it.
type axeViolation struct {
	ID      string   `json:"id"`
	Impact  string   `json:"impact"`
	Help    string   `json:"help"`
	Targets []string `json:"targets"`
}

// assertAxeClean runs axe-core on the page loaded in ctx (a chromedp
// context) and reports each serious or critical violation as an error.
// It skips the test when axe-core is not installed, unless CI=true, where
// that is a failure.
func assertAxeClean(ctx context.Context, t *testing.T, what string) {
	t.Helper()
	src, err := os.ReadFile(axeScript)
	if err != nil {
		msg := "axe-core is not installed (run: npm ci --prefix internal/web/testdata/axe): " + err.Error()
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](string(src)+"\n;void 0")); err != nil {
		t.Fatalf("%s: inject axe-core: %v", what, err)
	}
	const runAxe = `axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations.map(v => ({
		id: v.id, impact: v.impact || "", help: v.help,
		targets: v.nodes.map(n => n.target.map(x => Array.isArray(x) ? x.join(" >>> ") : String(x)).join(" "))
	})))`
	violations, err := chromedp.Run(ctx, chromedp.Evaluate[[]axeViolation](runAxe, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("%s: axe.run: %v", what, err)
	}
	for _, v := range violations {
		switch v.Impact {
		case "serious", "critical":
			t.Errorf("%s: axe %s (%s): %s at %s", what, v.ID, v.Impact, v.Help, strings.Join(v.Targets, ", "))
		default:
			t.Logf("%s: axe %s (%s, not failing): %s at %s", what, v.ID, v.Impact, v.Help, strings.Join(v.Targets, ", "))
		}
	}
}
