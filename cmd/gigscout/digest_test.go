package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/mail"
	"net/url"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	smtp "github.com/emersion/go-smtp"

	"github.com/gigscout/gigscout/internal/digest"
	"github.com/gigscout/gigscout/internal/store"
	"github.com/gigscout/gigscout/internal/web"
)

// inbox is a real SMTP server on 127.0.0.1 keeping what it accepts.
type inbox struct {
	addr string
	mu   sync.Mutex
	msgs [][]byte
}

func newInbox(t *testing.T) *inbox {
	t.Helper()
	in := &inbox{}
	srv := smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) { return &inboxSession{in: in}, nil }))
	srv.Domain = "localhost"
	srv.ReadTimeout, srv.WriteTimeout = 10*time.Second, 10*time.Second
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	in.addr = ln.Addr().String()
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return in
}

func (in *inbox) all() [][]byte {
	in.mu.Lock()
	defer in.mu.Unlock()
	return append([][]byte(nil), in.msgs...)
}

type inboxSession struct{ in *inbox }

func (s *inboxSession) Reset()                               {}
func (s *inboxSession) Logout() error                        { return nil }
func (s *inboxSession) Mail(string, *smtp.MailOptions) error { return nil }
func (s *inboxSession) Rcpt(string, *smtp.RcptOptions) error { return nil }
func (s *inboxSession) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.in.mu.Lock()
	s.in.msgs = append(s.in.msgs, b)
	s.in.mu.Unlock()
	return nil
}

// withDigest appends a digest section pointing at the inbox to the config.
func withDigest(t *testing.T, cfgPath, smtpAddr string) {
	t.Helper()
	host, port, _ := net.SplitHostPort(smtpAddr)
	f, err := os.OpenFile(cfgPath, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fmt.Fprintf(f, "digest:\n  from: \"gigscout <digest@gigscout.test>\"\n  smtp: {host: %s, port: %s, tls: none, timeout: 5s}\n", host, port)
}

var reLink = regexp.MustCompile(`https?://[^\s"<>]+/subscriptions/[a-z]+\?token=[0-9]+\.[A-Za-z0-9_-]+`)

// links returns the subscription links of a raw message, rebased on base.
func links(t *testing.T, raw []byte, base string) []string {
	t.Helper()
	m, err := mail.ReadMessage(strings.NewReader(string(raw)))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(m.Body)
	text := strings.ReplaceAll(strings.ReplaceAll(string(body), "=\r\n", ""), "=3D", "=")
	var out []string
	for _, l := range reLink.FindAllString(text, -1) {
		u, _ := url.Parse(l)
		out = append(out, base+u.RequestURI())
	}
	return out
}

func postForm(t *testing.T, u, body string) int {
	t.Helper()
	resp, err := http.Post(u, "application/x-www-form-urlencoded", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

func getStatus(t *testing.T, u string) int {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// TestDigestEndToEnd runs serve's wiring with a real SMTP server: subscribe
// over the API, confirm by the e-mail's link (GET shows a button, POST
// confirms), receive the digest at the local hour, unsubscribe in one
// click (a GET does not), and see it in `gigscout digest status`.
func TestDigestEndToEnd(t *testing.T) {
	b := newBoard(t, boardFile)
	cfgPath, dataDir := writeConfig(t, b.srv.URL)
	in := newInbox(t)
	withDigest(t, cfgPath, in.addr)
	e := &env{getenv: func(string) string { return "" }, configPath: cfgPath}
	cfg, err := e.config()
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	now := time.Now().UTC()
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	m, err := Open(context.Background(), cfg, discardLogger(), OpenOptions{Index: true, Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if err := m.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	base := "http://" + m.Addr()
	var res web.SearchResponse
	waitFor(t, func() bool { getJSON(t, base+"/api/v1/search", &res); return res.Meta.Total > 0 })

	// The send hour is the next UTC hour.
	hour := (now.Hour() + 1) % 24
	body := fmt.Sprintf(`{"email":"student@uni.test","query":"","frequency":"daily","hour":%d,"timezone":"UTC"}`, hour)
	resp, err := http.Post(base+"/api/v1/subscriptions", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 202 {
		t.Fatalf("subscribe: %d", resp.StatusCode)
	}
	var e400 struct{ Error struct{ Param string } }
	resp, _ = http.Post(base+"/api/v1/subscriptions", "application/json", strings.NewReader(strings.Replace(body, `"query":""`, `"query":"colour=red"`, 1)))
	json.NewDecoder(resp.Body).Decode(&e400)
	resp.Body.Close()
	if resp.StatusCode != 400 || e400.Error.Param != "query" {
		t.Errorf("unknown search parameter: %d %+v", resp.StatusCode, e400)
	}
	msgs := in.all()
	if len(msgs) != 1 {
		t.Fatalf("%d e-mails after subscribing", len(msgs))
	}
	confirm := links(t, msgs[0], base)
	if len(confirm) == 0 || !strings.Contains(confirm[0], "/subscriptions/confirm?") {
		t.Fatalf("confirmation links %v", confirm)
	}
	// A GET (a mail scanner) does not confirm; nothing is due or sent.
	if code := getStatus(t, confirm[0]); code != 200 {
		t.Fatalf("confirm page: %d", code)
	}
	mu.Lock()
	now = time.Date(now.Year(), now.Month(), now.Day(), now.Hour(), 0, 0, 0, time.UTC).Add(time.Hour + time.Minute)
	mu.Unlock()
	if r, err := m.Digest.Run(context.Background(), digest.RunOptions{}); err != nil || len(r) != 0 || len(in.all()) != 1 {
		t.Fatalf("before confirmation: %v %+v, %d e-mails", err, r, len(in.all()))
	}
	u, _ := url.Parse(confirm[0])
	if code := postForm(t, base+"/subscriptions/confirm", "token="+url.QueryEscape(u.Query().Get("token"))); code != 200 {
		t.Fatalf("confirm: %d", code)
	}
	// Confirmed (on the store's real clock) before the send hour of the
	// injected clock: the digest is due, with every listing crawled in the
	// last day that the saved search (all listings) finds.
	r, err := m.Digest.Run(context.Background(), digest.RunOptions{})
	if err != nil || len(r) != 1 || r[0].Status != "sent" || r[0].Total != int(res.Meta.Total) {
		t.Fatalf("digest run: %v %+v (search total %d)", err, r, res.Meta.Total)
	}
	msgs = in.all()
	if len(msgs) != 2 {
		t.Fatalf("%d e-mails", len(msgs))
	}
	dm, _ := mail.ReadMessage(strings.NewReader(string(msgs[1])))
	if dm.Header.Get("List-Unsubscribe-Post") != "List-Unsubscribe=One-Click" || dm.Header.Get("Auto-Submitted") != "auto-generated" {
		t.Errorf("digest headers %v", dm.Header)
	}
	var unsub string
	for _, l := range links(t, msgs[1], base) {
		if strings.Contains(l, "/subscriptions/unsubscribe?") {
			unsub = l
		}
	}
	if unsub == "" {
		t.Fatal("no unsubscribe link")
	}
	sub := func() *store.Subscription {
		subs, err := m.Store.Subscriptions(context.Background())
		if err != nil || len(subs) != 1 {
			t.Fatalf("subscriptions: %v %d", err, len(subs))
		}
		return subs[0]
	}
	// `gigscout digest run` beside the running server asks it.
	raw, _ := os.ReadFile(cfgPath)
	os.WriteFile(cfgPath, []byte(strings.Replace(string(raw), `addr: "127.0.0.1:0"`, `addr: "`+m.Addr()+`"`, 1)), 0o644)
	if code, out, errOut := gigscout(t, "digest", "run", "--dry-run", "--json", "--config", cfgPath); code != 0 || strings.TrimSpace(out) != "[]" ||
		!strings.Contains(errOut, "in the server at") {
		t.Errorf("digest run beside the server: %d %q %s", code, out, errOut)
	}
	if code := getStatus(t, unsub); code != 200 || sub().Status != store.SubActive {
		t.Fatalf("GET unsubscribe: %d, status %s", code, sub().Status)
	}
	if code := postForm(t, unsub, "List-Unsubscribe=One-Click"); code != 200 || sub().Status != store.SubUnsubscribed {
		t.Fatalf("one-click unsubscribe: %d, status %s", code, sub().Status)
	}
	metrics := ""
	if resp, err := http.Get(base + "/metrics"); err == nil {
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		metrics = string(b)
	}
	for _, want := range []string{`gigscout_digest_emails_sent_total{kind="digest"} 1`, `gigscout_digest_emails_sent_total{kind="confirmation"} 1`} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	m.Close()

	code, out, errOut := gigscout(t, "digest", "status", "--json", "--config", cfgPath, "--data", dataDir)
	if code != 0 {
		t.Fatalf("digest status: %d %s", code, errOut)
	}
	var st []subscriptionStatus
	if err := json.Unmarshal([]byte(out), &st); err != nil || len(st) != 1 {
		t.Fatalf("status: %v %s", err, out)
	}
	if st[0].Email != "s***@u***.test" || st[0].Status != "unsubscribed" || st[0].LastSent == nil || strings.Contains(out, "student@") {
		t.Errorf("status %+v", st[0])
	}
	if code, out, _ := gigscout(t, "digest", "run", "--dry-run", "--config", cfgPath, "--data", dataDir); code != 0 || !strings.Contains(out, "no digest is due") {
		t.Errorf("digest run --dry-run: %d %s", code, out)
	}
	if code, _, errOut := gigscout(t, "digest", "run", "--bogus"); code != 2 || !strings.Contains(errOut, "bogus") {
		t.Errorf("bad flag: %d %s", code, errOut)
	}
	if code, _, errOut := gigscout(t, "digest", "send"); code != 2 || !strings.Contains(errOut, "send") {
		t.Errorf("bad subcommand: %d %s", code, errOut)
	}
}
