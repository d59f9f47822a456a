package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/store/storetest"
	"github.com/gigscout/gigscout/internal/web"
)

// TestMigrateStoreKeepsSearchResults: a crawled SQLite deployment moved to
// PostgreSQL with `gigscout migrate-store` answers every search the same
// once a node on PostgreSQL has built its index from the copy; its
// sources and widget keys are the same; a second migrate-store changes
// nothing.
func TestMigrateStoreKeepsSearchResults(t *testing.T) {
	pg := storetest.PostgresDSN(t)
	b := newBoard(t, boardFile)
	cfg, dataDir := writeConfig(t, b.srv.URL)
	if code, _, errs := gigscout(t, "crawl", "--config", cfg); code != 0 {
		t.Fatalf("crawl exit %d: %s", code, errs)
	}
	if code, _, errs := gigscout(t, "widget", "create", "--name", "State U", "--origin", "https://careers.example.edu", "--filter", "paid=true", "--config", cfg); code != 0 {
		t.Fatalf("widget create exit %d: %s", code, errs)
	}

	// The same deployment on PostgreSQL: its own data directory (its own
	// index), store.dsn naming the copy.
	raw, err := os.ReadFile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	pgData := filepath.Join(t.TempDir(), "data")
	pgText := strings.Replace(string(raw), "data_dir: "+dataDir, "data_dir: "+pgData, 1) + "store:\n  dsn: \"" + pg + "\"\n"
	pgCfg := filepath.Join(t.TempDir(), "gigscout.yaml")
	if err := os.WriteFile(pgCfg, []byte(pgText), 0o644); err != nil {
		t.Fatal(err)
	}

	searches := [][]string{
		{"data analysis"},
		{"--filter", "include_flagged=true", "volunteer"},
		{"--filter", "include_flagged=true", "--filter", "sort=newest", "--limit", "2"},
		{"--filter", "paid=true", "project"},
		{"--filter", "remote=remote"},
	}
	answers := func(cfg string) []string {
		var out []string
		for _, s := range searches {
			code, body, errs := gigscout(t, append([]string{"search", "--json", "--config", cfg}, s...)...)
			if code != 0 {
				t.Fatalf("search %q exit %d: %s", s, code, errs)
			}
			var res web.SearchResponse
			if err := json.Unmarshal([]byte(body), &res); err != nil {
				t.Fatal(err)
			}
			res.Meta.TookMS = 0
			b, _ := json.Marshal(res)
			out = append(out, string(b))
		}
		for _, cmd := range [][]string{{"sources", "--json"}, {"widget", "list", "--json"}} {
			code, body, errs := gigscout(t, append(cmd, "--config", cfg)...)
			if code != 0 {
				t.Fatalf("%s exit %d: %s", cmd, code, errs)
			}
			out = append(out, body)
		}
		return out
	}
	before := answers(cfg)
	if !strings.Contains(before[0], "Data Analysis Micro-Internship") {
		t.Fatalf("the SQLite deployment does not find the listing: %s", before[0])
	}

	from := "sqlite:" + filepath.Join(dataDir, "gigscout.db")
	for run := range 2 { // the second changes nothing
		code, out, errs := gigscout(t, "migrate-store", "--from", from, "--to", pg)
		if code != 0 || !strings.Contains(out, "every table's row count matches") || !strings.Contains(out, "listings") {
			t.Fatalf("migrate-store run %d: exit %d\n%s\n%s", run, code, out, errs)
		}
	}
	// The widget secret is a file of the data directory, not a row of the
	// store: a moved deployment takes it along (or sets server.widget_secret).
	secret, err := os.ReadFile(filepath.Join(dataDir, "widget_secret"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(pgData, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(pgData, "widget_secret"), secret, 0o600); err != nil {
		t.Fatal(err)
	}
	if code, out, errs := gigscout(t, "reindex", "--config", pgCfg); code != 0 || !strings.Contains(out, "reindexed 3 listings") {
		t.Fatalf("reindex on PostgreSQL: exit %d: %s %s", code, out, errs)
	}
	after := answers(pgCfg)
	if !reflect.DeepEqual(before, after) {
		for i := range before {
			if before[i] != after[i] {
				t.Errorf("answer %d differs after the move:\nSQLite:     %s\nPostgreSQL: %s", i, before[i], after[i])
			}
		}
	}

	// Crawling on PostgreSQL goes on from the copy: nothing new.
	code, out, errs := gigscout(t, "crawl", "--json", "--config", pgCfg)
	var sums []crawlSummary
	if code != 0 || json.Unmarshal([]byte(out), &sums) != nil || len(sums) != 1 || sums[0].New != 0 || sums[0].Unchanged != 3 || sums[0].Status != "ok" {
		t.Errorf("crawl on PostgreSQL after the move: exit %d: %s %s", code, out, errs)
	}

	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"migrate-store", "--from", from}, "--to DSN is required"},
		{[]string{"migrate-store", "--from", from, "--to", "mysql://x/y"}, `--to: unknown DSN scheme "mysql"`},
		{[]string{"migrate-store", "--from", from, "--to", from}, "name the same store"},
	} {
		if code, _, errs := gigscout(t, tt.args...); code != 2 || !strings.Contains(errs, tt.want) {
			t.Errorf("%q: exit %d, %q; want 2 and %q", tt.args, code, errs, tt.want)
		}
	}
}
