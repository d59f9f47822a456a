package main

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/store/storetest"
)

// TestScaleBench measures the scale-out topology on this machine (`make
// scale-bench`; GIGSCOUT_SCALEBENCH=1 and a PostgreSQL server in
// GIGSCOUT_TEST_PG_DSN): crawl throughput with 1, 2 and 4 `gigscout
// worker` processes against loopback boards that answer after a simulated
// round trip, and a search replica's lag (gigscout_index_lag_seq) under a
// steady crawl. It reports; it asserts only that the work completed.
func TestScaleBench(t *testing.T) {
	if os.Getenv("GIGSCOUT_SCALEBENCH") != "1" {
		t.Skip("scale benchmark: set GIGSCOUT_SCALEBENCH=1 (make scale-bench)")
	}
	const boardsN, perBoard = 16, 50
	latency := 250 * time.Millisecond
	dir := t.TempDir()
	bin := gigscoutBinary(t, dir)
	var report []string
	for _, workers := range []int{1, 2, 4} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			dsn := storetest.PostgresDSN(t)
			var boards []*scaleBoard
			for i := range boardsN {
				b := newScaleBoard(t, fmt.Sprintf("board%02d", i), perBoard, false)
				b.latency = latency
				boards = append(boards, b)
			}
			c := &scaleCluster{t: t, bin: bin, dir: t.TempDir(), cfgPath: writeScaleConfig(t, dsn, boards, "CRON_TZ=UTC 0 0 1 1 *", 1)}
			defer c.stopAll()
			db := openPG(t, dsn)
			start := time.Now()
			for i := range workers {
				c.start(fmt.Sprintf("worker-%d", i+1), "worker")
			}
			waitUntil(t, 10*time.Minute, "every board crawled", func() bool { return okRuns(db) == boardsN })
			d := time.Since(start)
			for _, b := range boards {
				if n := b.fetches.Load(); n != 1 {
					t.Errorf("board %s fetched %d times, want once", b.name, n)
				}
			}
			line := fmt.Sprintf("| %d | %d boards x %d listings, %v per answer | %.1fs | %.0f listings/s |", workers, boardsN, perBoard,
				latency, d.Seconds(), float64(boardsN*perBoard)/d.Seconds())
			t.Log(line)
			report = append(report, line)
		})
	}
	t.Run("replica lag", func(t *testing.T) {
		dsn := storetest.PostgresDSN(t)
		var boards []*scaleBoard
		for i := range 8 {
			b := newScaleBoard(t, fmt.Sprintf("steady%02d", i), perBoard, false)
			b.revise = true // every crawl updates every listing
			boards = append(boards, b)
		}
		c := &scaleCluster{t: t, bin: bin, dir: t.TempDir(), cfgPath: writeScaleConfig(t, dsn, boards, "@every 5s", 2)}
		defer c.stopAll()
		replica := c.start("search-1", "serve", "--role", "search")
		c.start("worker-1", "worker")
		c.start("worker-2", "worker")
		var lags []int
		end := time.Now().Add(30 * time.Second)
		for time.Now().Before(end) {
			_, body := httpGet("http://" + replica.addr + "/metrics")
			if m := reLag.FindSubmatch(body); m != nil {
				if v, err := strconv.ParseFloat(string(m[1]), 64); err == nil && v >= 0 {
					lags = append(lags, int(v))
				}
			}
			time.Sleep(250 * time.Millisecond)
		}
		db := openPG(t, dsn)
		var changes int64
		db.QueryRow(`SELECT value FROM seq WHERE id = 1`).Scan(&changes)
		if len(lags) == 0 {
			t.Fatal("no lag samples")
		}
		sort.Ints(lags)
		zero := 0
		for _, l := range lags {
			if l == 0 {
				zero++
			}
		}
		line := fmt.Sprintf("replica lag over 30s of 8 boards x %d listings re-crawled every 5s by 2 workers (%d changes): "+
			"median %d, p95 %d, max %d changes behind; caught up (0) in %d%% of %d samples every 250ms",
			perBoard, changes, lags[len(lags)/2], lags[len(lags)*95/100], lags[len(lags)-1], 100*zero/len(lags), len(lags))
		t.Log(line)
		report = append(report, line)
	})
	if out := os.Getenv("GIGSCOUT_SCALEBENCH_OUT"); out != "" {
		os.WriteFile(out, []byte(strings.Join(report, "\n")+"\n"), 0o644)
	}
}

// writeScaleConfig writes the configuration of a scale cluster: the boards
// on schedule, queue.workers crawls per process.
func writeScaleConfig(t testing.TB, dsn string, boards []*scaleBoard, schedule string, workers int) string {
	var cfg strings.Builder
	fmt.Fprintf(&cfg, "server:\n  addr: \"127.0.0.1:0\"\n  widget_secret: %q\n", strings.Repeat("s", 40))
	cfg.WriteString("crawler:\n  allow_private: true\n  respect_robots: false\n  per_host_delay: 0s\n  retries: 0\n  timeout: 60s\n")
	fmt.Fprintf(&cfg, "store:\n  dsn: %q\n", dsn)
	fmt.Fprintf(&cfg, "queue:\n  workers: %d\n  job_timeout: 2m\n  rescue_after: 3m\n", workers)
	cfg.WriteString("sources:\n")
	for _, b := range boards {
		fmt.Fprintf(&cfg, "  - {name: %s, kind: greenhouse, board: %s, schedule: %q, base_url: %q}\n", b.name, b.name, schedule, b.srv.URL+"/gh")
	}
	p := filepath.Join(t.TempDir(), "scale.yaml")
	if err := os.WriteFile(p, []byte(cfg.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func openPG(t testing.TB, dsn string) *sql.DB {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// okRuns counts the sources with a successful run.
func okRuns(db *sql.DB) int {
	var n int
	db.QueryRow(`SELECT count(DISTINCT source) FROM runs WHERE status IN ('ok', 'not_modified')`).Scan(&n)
	return n
}
