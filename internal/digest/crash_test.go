package digest

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gigscout/gigscout/index"
	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store"
)

// The crash test runs the sender in a child process (this test binary
// again, told by the environment) and kills it with SIGKILL where the
// hook pauses it.
const (
	envChild = "GIGSCOUT_DIGEST_CRASH_CHILD" // the data directory
	envPort  = "GIGSCOUT_DIGEST_CRASH_SMTP_PORT"
	envNow   = "GIGSCOUT_DIGEST_CRASH_NOW" // Unix seconds
	envPause = "GIGSCOUT_DIGEST_CRASH_PAUSE_AT"
)

func TestMain(m *testing.M) {
	if dir := os.Getenv(envChild); dir != "" {
		if err := crashChild(dir); err != nil {
			fmt.Println("ERROR", err)
			os.Exit(1)
		}
		fmt.Println("DONE")
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// crashChild sends the due digests of the store in dir; at the hook point
// named by envPause it says so on stdout and waits to be killed.
func crashChild(dir string) error {
	ctx := context.Background()
	sec, _ := strconv.ParseInt(os.Getenv(envNow), 10, 64)
	now := func() time.Time { return time.Unix(sec, 0).UTC() }
	port, _ := strconv.Atoi(os.Getenv(envPort))
	st, err := store.Open(ctx, filepath.Join(dir, "gigscout.db"))
	if err != nil {
		return err
	}
	st.SetNow(now)
	idx, err := index.Open(filepath.Join(dir, "index.bleve"))
	if err != nil {
		return err
	}
	sender, err := NewSMTPSender(SMTPOptions{Host: "127.0.0.1", Port: port, TLS: "none", Timeout: 5 * time.Second})
	if err != nil {
		return err
	}
	pause := os.Getenv(envPause)
	svc, err := New(ctx, Options{Store: st, Index: idx, Parse: testParse, Sender: sender, From: "gigscout <digest@gigscout.example>",
		PublicURL: "https://gigscout.example", Now: now,
		Hook: func(point string, d *store.Digest) {
			if point == pause {
				fmt.Printf("PAUSED %s %d\n", point, d.SubscriptionID)
				time.Sleep(30 * time.Second) // the parent kills us long before
				os.Exit(3)
			}
		}})
	if err != nil {
		return err
	}
	_, err = svc.Run(ctx, RunOptions{})
	idx.Close()
	st.Close()
	return err
}

// runChild runs the sender in a child process. With pause set it waits for
// the child to reach that point, kills it with SIGKILL and returns; else
// it waits for the child to finish.
func runChild(t *testing.T, dir string, port int, now time.Time, pause string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), envChild+"="+dir, envPort+"="+strconv.Itoa(port),
		envNow+"="+strconv.FormatInt(now.Unix(), 10), envPause+"="+pause)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	timeout := time.After(60 * time.Second)
	for {
		select {
		case line, ok := <-lines:
			if !ok {
				if err := cmd.Wait(); err != nil {
					t.Fatalf("child: %v", err)
				}
				if pause != "" {
					t.Fatalf("child finished without reaching %s", pause)
				}
				return
			}
			switch {
			case strings.HasPrefix(line, "PAUSED "+pause) && pause != "":
				if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
					t.Fatal(err)
				}
				cmd.Wait()
				for range lines {
				}
				return
			case strings.HasPrefix(line, "ERROR"):
				t.Errorf("child: %s", line)
			}
		case <-timeout:
			cmd.Process.Kill()
			t.Fatal("child took more than 60s")
		}
	}
}

// TestCrashExactlyOnce kills the sender after the ledger is written and
// before SMTP, and after the digest is marked sent: each time the next
// run delivers every due listing exactly once. Killed after the server
// accepted the message and before the mark, the next run repeats that
// digest once, with the same Message-ID.
func TestCrashExactlyOnce(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	st, err := store.Open(ctx, filepath.Join(dir, "gigscout.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	clk := &clock{t: monday}
	st.SetNow(clk.Now)
	mb := newMailbox(t)
	sender, _ := NewSMTPSender(SMTPOptions{Host: "127.0.0.1", Port: mb.port(), TLS: "none", Timeout: 5 * time.Second})
	svc, err := New(ctx, Options{Store: st, Parse: testParse, Sender: sender, From: "gigscout <digest@gigscout.example>",
		PublicURL: "https://gigscout.example", Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, ctx: ctx, st: st, mb: mb, clk: clk, svc: svc}
	recipients := []string{"a@uni.edu", "b@uni.edu"}
	for _, r := range recipients {
		e.subscribeConfirmed(r, "q=data", chicago9)
	}
	// addListings indexes new listings (the child opens the index after
	// the parent closes it: one process at a time).
	var all []string
	addListings := func(titles ...string) {
		var ls []*model.Listing
		for _, title := range titles {
			ls = append(ls, newListing("greenhouse-a", title))
			all = append(all, title)
		}
		if _, err := st.Upsert(ctx, ls); err != nil {
			t.Fatal(err)
		}
		idx, err := index.Open(filepath.Join(dir, "index.bleve"))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := idx.CatchUp(ctx, st); err != nil {
			t.Fatal(err)
		}
		idx.Close()
	}
	// received counts, per recipient, each listing title and Message-ID.
	received := func() (map[string]map[string]int, map[string]int) {
		byTo, ids := map[string]map[string]int{}, map[string]int{}
		for _, r := range mb.all() {
			m := parseMail(t, r.Raw)
			if !strings.Contains(m.Header.Get("Message-Id"), "digest.") {
				continue // confirmation
			}
			to := r.To[0]
			if byTo[to] == nil {
				byTo[to] = map[string]int{}
			}
			for _, title := range titles(m) {
				byTo[to][title]++
			}
			ids[m.Header.Get("Message-Id")]++
		}
		return byTo, ids
	}
	exactlyOnce := func(when string) {
		t.Helper()
		got, _ := received()
		for _, r := range recipients {
			for _, title := range all {
				if n := got[r][title]; n != 1 {
					t.Errorf("%s: %s got %q %d times, want once", when, r, title, n)
				}
			}
		}
	}

	// 1. Killed after the ledger write, before SMTP.
	clk.Set(monday.Add(time.Hour))
	addListings("Data project one", "Data project two")
	day1 := time.Date(2026, 11, 3, 15, 1, 0, 0, time.UTC)
	runChild(t, dir, mb.port(), day1, "ledger-written")
	if got, _ := received(); len(got) != 0 {
		t.Fatalf("mail before SMTP was reached: %v", got)
	}
	pending := 0
	subs, _ := st.Subscriptions(ctx)
	for _, s := range subs {
		if d, _, _ := st.PendingDigest(ctx, s.ID); d != nil {
			pending++
		}
	}
	if pending != 1 {
		t.Fatalf("%d pending digests after the kill, want 1", pending)
	}
	runChild(t, dir, mb.port(), day1.Add(time.Hour), "")
	exactlyOnce("after a kill before SMTP")

	// 2. Killed after the first digest is marked sent.
	clk.Set(day1.Add(2 * time.Hour))
	addListings("Data project three")
	day2 := day1.Add(24 * time.Hour)
	runChild(t, dir, mb.port(), day2, "marked")
	runChild(t, dir, mb.port(), day2.Add(time.Hour), "")
	exactlyOnce("after a kill after the mark")

	// 3. The window SMTP cannot close: killed after the server accepted
	// the message, before the mark. The next run repeats that digest
	// once, with the same Message-ID; nothing else repeats.
	clk.Set(day2.Add(2 * time.Hour))
	addListings("Data project four")
	day3 := day2.Add(24 * time.Hour)
	_, before := received()
	runChild(t, dir, mb.port(), day3, "accepted")
	runChild(t, dir, mb.port(), day3.Add(time.Hour), "")
	runChild(t, dir, mb.port(), day3.Add(2*time.Hour), "")
	got, ids := received()
	repeats := 0
	for id, n := range ids {
		if n > 1 {
			repeats++
			if n != 2 || before[id] != 0 {
				t.Errorf("Message-ID %s came %d times", id, n)
			}
		}
	}
	if repeats != 1 {
		t.Errorf("%d repeated digests, want exactly 1 (the one accepted before the kill)", repeats)
	}
	four := 0
	for _, r := range recipients {
		four += got[r]["Data project four"]
	}
	if four != 3 {
		t.Errorf("\"Data project four\" arrived %d times in all, want 3 (once each, plus the one repeat)", four)
	}
}
