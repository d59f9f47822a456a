package digest

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestDigestGolden renders one digest and one confirmation with fixed
// keys and listings and compares them with testdata/*.golden (go test
// -run Golden -update rewrites them): a reviewer reads the e-mails there.
func TestDigestGolden(t *testing.T) {
	e := newEnv(t, monday, nil)
	e.svc.key = []byte("a fixed key for the golden files")
	sub := &store.Subscription{ID: 42, Email: "student@uni.edu", Query: "paid=true&q=data", Frequency: "weekly", Hour: 8,
		Timezone: "America/Chicago", TokenKey: []byte("fixed")}
	deadline := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	a := &model.Listing{ID: "gh-1", Title: "Data dashboard micro-internship", Company: "BrightPath", Remote: model.RemoteRemote,
		RemoteRegions: []string{"US", "CA"}, Pay: &model.Pay{Min: 300, Max: 300, Currency: "USD", Unit: model.UnitProject, Hourly: 20, HourlyUSD: 20},
		Hours: &model.Range{Min: 10, Max: 15}, Deadline: &deadline, Risk: model.SeverityLow,
		Flags: []model.Flag{{ID: "VAGUE_NO_SUPERVISOR", Severity: model.SeverityLow, Reason: "Nobody is named for you to report to."}}}
	b := &model.Listing{ID: "lv-2", Title: "Survey data cleaning", Company: "", Remote: model.RemoteRemote,
		Pay: &model.Pay{Min: 25, Max: 30, Currency: "EUR", Unit: model.UnitHour, Hourly: 30, HourlyUSD: 32.4}, Risk: model.SeverityMedium,
		Flags: []model.Flag{{ID: "SCAM_ANON_EMPLOYER", Severity: model.SeverityMedium, Reason: "The employer is not named."}}}
	v := &mailView{Subject: "3 new listings for “data”, paid", Search: Describe(sub.Query), SearchURL: e.svc.searchURL(sub.Query),
		PrefsURL: e.svc.link(sub, PreferencesPath, PurposePreferences), UnsubURL: e.svc.link(sub, UnsubscribePath, PurposeUnsubscribe),
		SendAt: sendAtText(sub), Listings: []listingView{view(a, e.svc.opts.PublicURL), view(b, e.svc.opts.PublicURL)}, More: 1}
	text, html, err := e.svc.render(v)
	if err != nil {
		t.Fatal(err)
	}
	conf, err := e.svc.confirmationMessage(sub, false)
	if err != nil {
		t.Fatal(err)
	}
	for name, got := range map[string]string{"digest.txt": text, "digest.html": html, "confirm.txt": conf.Text} {
		path := filepath.Join("testdata", name+".golden")
		if *update {
			if err := os.MkdirAll("testdata", 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -run Golden -update)", err)
		}
		if got != string(want) {
			t.Errorf("%s differs from %s (go test -run Golden -update rewrites it):\n%s", name, path, got)
		}
	}
}
