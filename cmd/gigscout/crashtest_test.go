package main

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	_ "github.com/mattn/go-sqlite3"

	"github.com/gigscout/gigscout/index"
)

// dbState reads what the crash test checks in the database at path.
func dbState(t *testing.T, path string) (integrity string, seq int64, runs int) {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path+"?_busy_timeout=5000")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&integrity); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRow(`SELECT value FROM seq WHERE id = 1`).Scan(&seq); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRow(`SELECT COUNT(*) FROM runs`).Scan(&runs); err != nil {
		t.Fatal(err)
	}
	return integrity, seq, runs
}

// seqOf reads the store's change seq while a crawl writes.
func seqOf(t *testing.T, path string) int64 {
	db, err := sql.Open("sqlite3", "file:"+path+"?_busy_timeout=5000&mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var seq int64
	if err := db.QueryRow(`SELECT value FROM seq WHERE id = 1`).Scan(&seq); err != nil {
		return 0
	}
	return seq
}

// restartAndCompare opens the data directory as the next process does (the
// index catches up with the store) and checks the index holds exactly the
// store's listings: as many open ones, as many in all.
func restartAndCompare(t *testing.T, cfgPath string) (open int) {
	t.Helper()
	e := &env{getenv: func(string) string { return "" }, configPath: cfgPath}
	cfg, err := e.config()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	m, err := Open(ctx, cfg, discardLogger(), OpenOptions{Index: true, Command: "crashtest"})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if _, err := m.CatchUp(ctx); err != nil {
		t.Fatal(err)
	}
	all, open, err := m.Store.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []struct {
		closed bool
		want   int
	}{{false, open}, {true, all}} {
		res, err := m.Index.Search(ctx, index.Query{IncludeFlagged: true, IncludeClosed: q.closed, Limit: 1})
		if err != nil {
			t.Fatal(err)
		}
		if int(res.Total) != q.want {
			t.Errorf("index holds %d listings (include_closed=%v), the store %d", res.Total, q.closed, q.want)
		}
	}
	return open
}

// TestCrashSafety is `make crashtest`: `gigscout crawl` (a subprocess)
// crawls a large loopback board and is SIGKILLed at a random point,
// CRASH_KILLS times (default 20), each time with every description
// changed so the crawl rewrites every listing. After each kill the
// database passes PRAGMA integrity_check and, after a restart, the index
// holds exactly the store's listings; at the end a complete crawl loses
// nothing. It only runs when GIGSCOUT_CRASHTEST is set.
func TestCrashSafety(t *testing.T) {
	if os.Getenv("GIGSCOUT_CRASHTEST") == "" {
		t.Skip("the crash test runs with `make crashtest` (GIGSCOUT_CRASHTEST=1)")
	}
	kills := envInt("CRASH_KILLS", 20)
	listings := envInt("CRASH_LISTINGS", 2000)
	dir := t.TempDir()
	bin := gigscoutBinary(t, dir)
	dataDir := filepath.Join(dir, "data")
	dbPath := filepath.Join(dataDir, "gigscout.db")
	board := newBigBoard(t, "big", listings, "zebracorn", 3_000_000)
	cfg := writeBigConfig(t, dir, dataDir, "127.0.0.1:1", board) // no server answers there

	crawl := func() *exec.Cmd {
		c := exec.Command(bin, "crawl", "--json", "--config", cfg)
		c.Env = append(os.Environ(), "GIGSCOUT_LOG_LEVEL=ERROR")
		return c
	}
	// One complete crawl to learn how long a crawl takes.
	start := time.Now()
	if out, err := crawl().CombinedOutput(); err != nil {
		t.Fatalf("first crawl: %v\n%s", err, out)
	}
	full := time.Since(start).Round(time.Millisecond)
	if open := restartAndCompare(t, cfg); open != listings {
		t.Fatalf("after the first crawl: %d open listings, want %d", open, listings)
	}
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	midWrite := 0
	for i := 1; i <= kills; i++ {
		board.version.Add(1)
		_, seqBefore, runsBefore := dbState(t, dbPath)
		c := crawl()
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
		// At a random point of the writes: once a random number of the
		// listings' changes are committed, plus up to 50ms into the next batch.
		exited := make(chan error, 1)
		go func() { exited <- c.Wait() }()
		target := int64(1 + rng.IntN(listings-1))
		began := time.Now()
		var err error
	wait:
		for {
			select {
			case err = <-exited:
				break wait
			case <-time.After(10 * time.Millisecond):
			}
			if seqNow := seqOf(t, dbPath); seqNow-seqBefore >= target {
				time.Sleep(time.Duration(rng.IntN(50)) * time.Millisecond)
				c.Process.Signal(syscall.SIGKILL)
				err = <-exited
				break
			}
		}
		at := time.Since(began)
		integrity, seqAfter, runsAfter := dbState(t, dbPath)
		killed := err != nil
		landed := "before any write"
		switch {
		case !killed:
			landed = "after the end (the crawl finished first)"
		case seqAfter > seqBefore && runsAfter == runsBefore:
			landed = fmt.Sprintf("mid-write (%d changes committed)", seqAfter-seqBefore)
			midWrite++
		case runsAfter > runsBefore:
			landed = "after the writes, before exit"
		}
		if integrity != "ok" {
			t.Fatalf("kill %d at %s (%s): integrity_check: %s", i, at.Round(time.Millisecond), landed, integrity)
		}
		open := restartAndCompare(t, cfg)
		if open != listings {
			t.Errorf("kill %d: %d open listings after the restart, want %d (a killed crawl must not close any)", i, open, listings)
		}
		t.Logf("kill %2d at %6s: %s; integrity ok; index == store (%d open)", i, at.Round(time.Millisecond), landed, open)
	}
	// A complete crawl after all that: nothing lost.
	board.version.Add(1)
	if out, err := crawl().CombinedOutput(); err != nil {
		t.Fatalf("final crawl: %v\n%s", err, out)
	}
	if open := restartAndCompare(t, cfg); open != listings {
		t.Errorf("after the final crawl: %d open listings, want %d", open, listings)
	}
	fmt.Printf("crashtest: %d kills, %d landed mid-write, integrity ok and index == store after each; the first crawl took %s\n", kills, midWrite, full)
	if midWrite < kills/2 {
		t.Errorf("only %d of %d kills landed mid-write", midWrite, kills)
	}
}
