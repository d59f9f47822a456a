package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestThousands(t *testing.T) {
	for _, c := range []struct {
		n    int
		want string
	}{{0, "0"}, {999, "999"}, {1000, "1,000"}, {200000, "200,000"}, {1000000, "1,000,000"}, {-12345, "-12,345"}} {
		if got := thousands(c.n); got != c.want {
			t.Errorf("thousands(%d) = %q, want %q", c.n, got, c.want)
		}
	}
}

// report is a report file's text from its parts, as make bench writes them.
func reportText(top string, rows []string, later ...string) string {
	var b strings.Builder
	b.WriteString("# gigscout benchmarks\n\n" + top + "\n\n")
	if rows != nil {
		b.WriteString(historyHeading + "\n\nintro\n\n" + historyStart + "\n" + tableRow(historyHeader) + "|---|\n")
		for _, r := range rows {
			b.WriteString(r + "\n")
		}
		b.WriteString(historyEnd + "\n")
	}
	for _, l := range later {
		b.WriteString("\n" + l + "\n")
	}
	return b.String()
}

func row(commit string) string {
	return strings.TrimSpace(tableRow([]string{commit, "2026-12-01", "200,000", "2,000 (0.80, 1.80)", "2,100", "0.95x", "20 (3.50x)", "18 (9.00x)", "30", "2.1", "319", "0.70x"}))
}

// order reports whether the parts occur in text in this order, each once.
func order(t *testing.T, text string, parts ...string) {
	t.Helper()
	at := 0
	for _, p := range parts {
		if n := strings.Count(text, p); n != 1 {
			t.Errorf("%q occurs %d times, want once", p, n)
			continue
		}
		i := strings.Index(text, p)
		if i < at {
			t.Errorf("%q is out of order", p)
		}
		at = i
	}
}

func TestMergeReport(t *testing.T) {
	newTop := "# gigscout benchmarks\n\nNEW RUN\n"
	newRow := tableRow([]string{"new0001", "2026-12-04", "200,000", "2,500 (0.75, 1.85)", "2,200", "1.14x", "19 (3.60x)", "17 (9.50x)", "29", "2.1", "320", "0.72x"})

	t.Run("no file yet", func(t *testing.T) {
		got := mergeReport("", newTop, newRow)
		order(t, got, "# gigscout benchmarks", "NEW RUN", historyHeading, historyStart, "| commit |", "| new0001 |", historyEnd)
		if strings.Contains(got, previousRun) || strings.Contains(got, earlierRun) {
			t.Errorf("a first run names earlier runs:\n%s", got)
		}
	})

	t.Run("a file of the old layout, without a table", func(t *testing.T) {
		old := "# gigscout benchmarks\n\nRUN A\n\n## What this run shows\n\nNOTES A\n\n" +
			previousRun + " (200,000 listings, commit bbb)\n\nRUN B\n\n" +
			earlierRun + " (200,000 listings, commit ccc)\n\nRUN C\n\n## Search at 1,000,000 listings\n\nMILLION\n\n" +
			earlierRun + " (200,000 listings, commit ddd)\n\nRUN D\n\n" +
			"# Bleve v2.6.3 against v2.5.7\n\nVERSIONS\n"
		got := mergeReport(old, newTop, newRow)
		order(t, got, "NEW RUN", historyStart, "| new0001 |", historyEnd,
			previousRun+" (the run before this one)", "RUN A", "NOTES A",
			earlierRun+" (200,000 listings, commit bbb)", "RUN B",
			earlierRun+" (200,000 listings, commit ccc)", "RUN C", "MILLION",
			"# Bleve v2.6.3 against v2.5.7", "VERSIONS")
		if strings.Contains(got, "RUN D") {
			t.Errorf("a fourth earlier run is kept in full (keepRuns %d)", keepRuns)
		}
	})

	t.Run("a file with a table", func(t *testing.T) {
		old := reportText("RUN A\n\n## What this run shows\n\nNOTES A", []string{row("aaa"), row("bbb"), row("ccc"), row("ddd")},
			previousRun+" (200,000 listings, commit bbb, 2026-12-01)\n\nRUN B",
			earlierRun+" (200,000 listings, commit ccc, 2026-12-01)\n\nRUN C",
			"# Search at 1,000,000 listings\n\nMILLION",
			earlierRun+" (200,000 listings, commit ddd, 2026-12-01)\n\nRUN D")
		got := mergeReport(old, newTop, newRow)
		order(t, got, "NEW RUN", historyStart, "| commit |", "| new0001 |", "| aaa |", "| bbb |", "| ccc |", "| ddd |", historyEnd,
			previousRun+" (200,000 listings, commit aaa, 2026-12-01)", "RUN A", "## What that run showed", "NOTES A",
			earlierRun+" (200,000 listings, commit bbb, 2026-12-01)", "RUN B",
			earlierRun+" (200,000 listings, commit ccc, 2026-12-01)", "RUN C",
			"MILLION")
		if strings.Contains(got, "RUN D") {
			t.Errorf("a fourth earlier run is kept in full (keepRuns %d)", keepRuns)
		}
		// Merging again moves everything down by one run, and loses no row.
		again := mergeReport(got, strings.Replace(newTop, "NEW RUN", "NEWER RUN", 1), strings.Replace(newRow, "new0001", "new0002", 1))
		order(t, again, "NEWER RUN", "| new0002 |", "| new0001 |", "| aaa |", "| ddd |",
			previousRun+" (200,000 listings, commit new0001, 2026-12-04)", "NEW RUN",
			earlierRun+" (200,000 listings, commit aaa, 2026-12-01)", "RUN A",
			earlierRun+" (200,000 listings, commit bbb, 2026-12-01)", "MILLION")
		if strings.Contains(again, "RUN C") {
			t.Errorf("the run that aged out is kept in full")
		}
		if n := strings.Count(again, historyHeading); n != 1 {
			t.Errorf("%d history tables, want 1", n)
		}
	})
}

func TestWriteReportKeepsTheOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "BENCHMARKS.md")
	old := reportText("RUN A", []string{row("aaa")})
	if err := os.WriteFile(path, []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	r := &report{Opts: options{N: 1000, BoardSize: 100, Commit: "new0001"}, Started: time.Date(2026, 12, 4, 3, 0, 0, 0, time.UTC)}
	r.Finished = r.Started.Add(time.Minute)
	if err := writeReport(path, r); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	order(t, string(b), "commit: new0001", "| new0001 | 2026-12-04 | 1,000 |", "| aaa |", previousRun+" (200,000 listings, commit aaa, 2026-12-01)", "RUN A")
	if left, _ := filepath.Glob(filepath.Join(dir, ".gigbench-*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestTargetsMarkdown(t *testing.T) {
	lat := func(clients int, p99 time.Duration, qps float64) latency {
		return latency{Clients: clients, Queries: 100, P50: p99 / 2, P99: p99, QPS: qps}
	}
	search := map[string][2]latency{}
	fts := map[string][2]latency{}
	for _, s := range shapes {
		search[s.Name] = [2]latency{lat(1, 20*time.Millisecond, 60), lat(8, 100*time.Millisecond, 120)}
		fts[s.Name] = [2]latency{lat(1, 50*time.Millisecond, 20), lat(8, 200*time.Millisecond, 50)}
	}
	search["sort newest"] = [2]latency{lat(1, 61*time.Millisecond, 20), lat(8, 100*time.Millisecond, 120)}
	search["phrase"] = [2]latency{lat(1, 120*time.Millisecond, 20), lat(8, 100*time.Millisecond, 120)}
	r := &report{
		Opts:       options{N: 200000},
		Ingest:     stage{Listings: 200000, Wall: 100 * time.Second, CPU: 185 * time.Second},
		BleveBytes: 200000 * 2150,
		Search:     search,
		ServeRSS:   320 << 20,
		Bleve:      peerResult{Docs: 200000, IndexWall: 90 * time.Second},
		FTS:        peerResult{Search: fts},
		Crawl:      &crawlResult{Pages: 6000, Ours: 10 * time.Second, Plain: 7 * time.Second},
	}
	got := r.targetsMarkdown()
	for _, c := range []struct{ line, verdict string }{
		{"| no listing lost: every listing stored, no source failed | 200,000 of 200,000 stored, 0 sources failed |", "met"},
		{"| ingest at least 3,000 listings/s | 2000 listings/s |", "**not met**"},
		{"| ingest at least raw Bleve's own index rate in the same run | 2000 against 2222 docs/s (0.90x) |", "**not met**"},
		{"| ingest using both cores (1.8 or more of 2) | 1.85 cores |", "met"},
		{"| at most 3 KB of Bleve index a listing | 2.1 KB |", "met"},
		{"| one word: HTTP p99 at most 50 ms (1 client) | 20 ms |", "met"},
		{"| sort newest: HTTP p99 at most 50 ms (1 client) | 61 ms |", "**not met**"},
		{"| phrase: HTTP p99 at most 150 ms (1 client) | 120 ms |", "met"},
		{"| three words: at least 3x FTS5's queries/s (1 client) | 3.00x |", "met"},
		{"| three words + 3 filters, facets: at least 3x FTS5's queries/s (8 clients) | 2.40x |", "**not met**"},
		{"| serving in at most 600 MB RSS | 320 MB |", "met"},
		{"| crawl at least 0.6x the plain loop's pages/s, no duplicate fetch | 0.70x, 0 duplicate fetches |", "met"},
	} {
		if want := c.line + " " + c.verdict + " |"; !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if strings.Contains(got, "read these as a guide") {
		t.Errorf("a 200,000-listing run is called a guide")
	}
	if (&report{Opts: options{N: 1000}}).targetsMarkdown() != "" {
		t.Errorf("a run with no figures has targets")
	}
}
