package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	smtp "github.com/emersion/go-smtp"

	"github.com/gigscout/gigscout/internal/store"
)

// killBox is a real SMTP server on 127.0.0.1 for the digest crash test. It
// keeps what it accepts; when armed, it SIGKILLs the sender right after
// storing a message and before answering 250: the window after the
// server accepted and before the sender marks the digest sent.
type killBox struct {
	addr   string
	mu     sync.Mutex
	msgs   [][]byte
	killAt int    // armed: once killAt messages are kept, kill is called once in DATA
	kill   func() // before the server answers
}

func newKillBox(t *testing.T) *killBox {
	t.Helper()
	kb := &killBox{}
	srv := smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) { return &killSession{kb: kb}, nil }))
	srv.Domain = "localhost"
	srv.ReadTimeout, srv.WriteTimeout = 10*time.Second, 10*time.Second
	srv.ErrorLog = quietLog{} // a killed sender resets its connection
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	kb.addr = ln.Addr().String()
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return kb
}

func (kb *killBox) count() int {
	kb.mu.Lock()
	defer kb.mu.Unlock()
	return len(kb.msgs)
}

func (kb *killBox) all() [][]byte {
	kb.mu.Lock()
	defer kb.mu.Unlock()
	return append([][]byte(nil), kb.msgs...)
}

func (kb *killBox) arm(at int, f func()) {
	kb.mu.Lock()
	kb.killAt, kb.kill = at, f
	kb.mu.Unlock()
}

type quietLog struct{}

func (quietLog) Printf(string, ...any) {}
func (quietLog) Println(...any)        {}

type killSession struct{ kb *killBox }

func (s *killSession) Reset()                               {}
func (s *killSession) Logout() error                        { return nil }
func (s *killSession) Mail(string, *smtp.MailOptions) error { return nil }
func (s *killSession) Rcpt(string, *smtp.RcptOptions) error { return nil }
func (s *killSession) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err // a sender killed mid-DATA: nothing was accepted
	}
	s.kb.mu.Lock()
	s.kb.msgs = append(s.kb.msgs, b)
	var kill func()
	if s.kb.kill != nil && len(s.kb.msgs) >= s.kb.killAt {
		kill, s.kb.kill = s.kb.kill, nil
	}
	s.kb.mu.Unlock()
	if kill != nil {
		kill()
	}
	return nil
}

var reListingLink = regexp.MustCompile(`/listings/([A-Za-z0-9_.~%-]+)`)

// digestMail is one received digest: its recipient, Message-ID and the
// listing ids its text part links to.
type digestMail struct {
	To, MessageID string
	Listings      []string
}

func readDigestMail(t *testing.T, raw []byte) digestMail {
	t.Helper()
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("read message: %v", err)
	}
	d := digestMail{To: m.Header.Get("To"), MessageID: strings.Trim(m.Header.Get("Message-Id"), "<> ")}
	if a, err := mail.ParseAddress(d.To); err == nil {
		d.To = a.Address
	}
	mt, params, err := mime.ParseMediaType(m.Header.Get("Content-Type"))
	if err != nil {
		t.Fatalf("content type: %v", err)
	}
	var text string
	decode := func(enc string, r io.Reader) string {
		if strings.EqualFold(enc, "quoted-printable") {
			r = quotedprintable.NewReader(r)
		}
		b, err := io.ReadAll(r)
		if err != nil {
			t.Fatalf("decode %s: %v", enc, err)
		}
		return string(b)
	}
	if !strings.HasPrefix(mt, "multipart/") {
		text = decode(m.Header.Get("Content-Transfer-Encoding"), m.Body)
	} else {
		mr := multipart.NewReader(m.Body, params["boundary"])
		for {
			part, err := mr.NextPart()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Fatalf("part: %v", err)
			}
			if ct, _, _ := mime.ParseMediaType(part.Header.Get("Content-Type")); ct == "text/plain" {
				text = decode(part.Header.Get("Content-Transfer-Encoding"), part)
			}
		}
	}
	for _, sm := range reListingLink.FindAllStringSubmatch(text, -1) {
		d.Listings = append(d.Listings, sm[1])
	}
	return d
}

// TestCrashSafetyDigest is the digest half of `make crashtest`: `gigscout
// digest run` (a subprocess) sends the first digest of many confirmed
// subscriptions to a real SMTP server on 127.0.0.1 and is SIGKILLed,
// CRASH_DIGEST_KILLS times (default 10): at a random point after a random
// number of messages, or (every third kill) by the server itself after it
// kept a message and before it answered, the window SMTP cannot close.
// After each kill PRAGMA integrity_check is ok and at most one digest is
// pending. In the end every subscription received every listing exactly
// once, in one digest (one Message-ID), repeated once for each kill that
// landed in that window (a resend can be killed in it again).
func TestCrashSafetyDigest(t *testing.T) {
	if os.Getenv("GIGSCOUT_CRASHTEST") == "" {
		t.Skip("the crash test runs with `make crashtest` (GIGSCOUT_CRASHTEST=1)")
	}
	kills := envInt("CRASH_DIGEST_KILLS", 10)
	listings := envInt("CRASH_DIGEST_LISTINGS", 60) // digest.max_listings is at most 100
	subs := 4*kills + 4
	ctx := context.Background()
	dir := t.TempDir()
	bin := gigscoutBinary(t, dir)
	dataDir := filepath.Join(dir, "data")
	dbPath := filepath.Join(dataDir, "gigscout.db")
	board := newBigBoard(t, "dig", listings, "quokka", 4_000_000)
	cfg := writeBigConfig(t, dir, dataDir, "127.0.0.1:1", board) // no server answers there
	kb := newKillBox(t)
	host, port, _ := net.SplitHostPort(kb.addr)
	f, err := os.OpenFile(cfg, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(f, "digest:\n  from: \"gigscout <digest@gigscout.test>\"\n  first_digest_now: true\n  max_listings: 100\n"+
		"  smtp: {host: %s, port: %s, tls: none, timeout: 5s}\n", host, port)
	f.Close()

	run := func(args ...string) *exec.Cmd {
		c := exec.Command(bin, append(args, "--config", cfg)...)
		c.Env = append(os.Environ(), "GIGSCOUT_LOG_LEVEL=ERROR")
		return c
	}
	if out, err := run("crawl", "--json").CombinedOutput(); err != nil {
		t.Fatalf("crawl: %v\n%s", err, out)
	}
	// Confirmed subscriptions to every listing, and the listings due.
	st, err := store.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	for i := range subs {
		s, _, err := st.SaveSubscription(ctx, fmt.Sprintf("student%02d@uni.test", i), "", store.Prefs{Frequency: store.Daily, Hour: 9, Timezone: "UTC"})
		if err != nil {
			t.Fatal(err)
		}
		if err := st.ConfirmSubscription(ctx, s.ID); err != nil {
			t.Fatal(err)
		}
	}
	due, err := st.NewListingIDs(ctx, time.Now().Add(-time.Hour), time.Now().Add(time.Hour), 10*listings)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	if len(due) != listings {
		t.Fatalf("%d listings due, want %d", len(due), listings)
	}
	pending := func() (n int, ids []string) {
		st, err := store.Open(ctx, dbPath)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		all, err := st.Subscriptions(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range all {
			d, _, err := st.PendingDigest(ctx, s.ID)
			if err != nil {
				t.Fatal(err)
			}
			if d != nil {
				n++
				ids = append(ids, d.MessageID)
			}
		}
		return n, ids
	}
	received := func() map[string]int {
		ids := map[string]int{}
		for _, raw := range kb.all() {
			ids[readDigestMail(t, raw).MessageID]++
		}
		return ids
	}

	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 13))
	killed, inWindow, beforeAccept, elsewhere := 0, 0, 0, 0
	deadline := time.Now().Add(10 * time.Minute)
	for i := 1; i <= kills && time.Now().Before(deadline); i++ {
		c := run("digest", "run", "--json")
		var out bytes.Buffer
		c.Stdout, c.Stderr = &out, &out
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- c.Wait() }()
		start := kb.count()
		byServer := i%3 == 0
		target := start + 1 + rng.IntN(3)
		if byServer { // the server kills the sender after keeping message target
			kb.arm(target, func() { c.Process.Signal(syscall.SIGKILL) })
		}
		var werr error
		timeout := time.After(2 * time.Minute)
	wait:
		for {
			select {
			case werr = <-exited:
				break wait
			case <-timeout:
				c.Process.Kill()
				t.Fatalf("digest run %d took more than 2 minutes\n%s", i, out.String())
			case <-time.After(2 * time.Millisecond):
			}
			if !byServer && kb.count() >= target {
				time.Sleep(time.Duration(rng.IntN(8000)) * time.Microsecond)
				c.Process.Signal(syscall.SIGKILL)
				werr = <-exited
				break wait
			}
		}
		kb.arm(0, nil)
		integrity, _, _ := dbState(t, dbPath)
		if integrity != "ok" {
			t.Fatalf("kill %d: integrity_check: %s", i, integrity)
		}
		if werr == nil {
			t.Logf("run %d finished before the kill: every digest sent", i)
			break
		}
		killed++
		n, ids := pending()
		if n > 1 {
			t.Errorf("kill %d: %d digests pending, want at most 1 (one is sent at a time)", i, n)
		}
		landed := "between digests (none pending)"
		switch {
		case n == 1 && received()[ids[0]] > 0:
			landed = "after the server accepted, before the mark"
			inWindow++
		case n == 1:
			landed = "after the ledger write, before the server accepted"
			beforeAccept++
		default:
			elsewhere++
		}
		t.Logf("kill %2d (%s): %d messages so far; integrity ok; %s", i, map[bool]string{true: "by the server", false: "at random"}[byServer], kb.count(), landed)
	}
	// Runs to the end: every pending digest resent, every other one sent.
	for range 3 {
		if out, err := run("digest", "run", "--json").CombinedOutput(); err != nil {
			t.Fatalf("digest run after the kills: %v\n%s", err, out)
		}
	}
	if n, _ := pending(); n != 0 {
		t.Errorf("%d digests still pending after the final runs", n)
	}

	// Each subscription: one Message-ID, every due listing exactly once;
	// a repeat only for a kill in the window, with the same listings.
	type perSub struct {
		ids      map[string]int
		listings map[string]int
	}
	bySub := map[string]*perSub{}
	first := map[string][]string{}
	repeats := 0
	for _, raw := range kb.all() {
		m := readDigestMail(t, raw)
		ps := bySub[m.To]
		if ps == nil {
			ps = &perSub{ids: map[string]int{}, listings: map[string]int{}}
			bySub[m.To] = ps
		}
		ps.ids[m.MessageID]++
		if ps.ids[m.MessageID] > 1 {
			repeats++
			if strings.Join(first[m.MessageID], " ") != strings.Join(m.Listings, " ") {
				t.Errorf("%s: the repeat of %s shows other listings", m.To, m.MessageID)
			}
			continue
		}
		first[m.MessageID] = m.Listings
		for _, id := range m.Listings {
			ps.listings[id]++
		}
	}
	if len(bySub) != subs {
		t.Errorf("%d subscriptions got a digest, want %d", len(bySub), subs)
	}
	for to, ps := range bySub {
		if len(ps.ids) != 1 {
			t.Errorf("%s: %d different digests, want 1", to, len(ps.ids))
		}
		for _, id := range due {
			if n := ps.listings[id]; n != 1 {
				t.Errorf("%s: listing %s delivered %d times (not counting a repeated Message-ID), want 1", to, id, n)
			}
		}
		if len(ps.listings) != len(due) {
			t.Errorf("%s: %d different listings, want %d", to, len(ps.listings), len(due))
		}
	}
	if repeats != inWindow {
		t.Errorf("%d repeated digests, want %d (one per kill after the server accepted and before the mark)", repeats, inWindow)
	}
	fmt.Printf("crashtest digest: %d kills of `digest run` (%d after accept/before mark, %d after the ledger write/before accept, %d elsewhere); "+
		"integrity ok after each; %d subscriptions x %d listings delivered exactly once, %d repeats (same Message-ID)\n",
		killed, inWindow, beforeAccept, elsewhere, subs, len(due), repeats)
	if killed < kills/2 {
		t.Errorf("only %d of %d runs were killed before they finished", killed, kills)
	}
}
