package digest

import (
	"context"
	"fmt"
	"mime"
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/gigscout/gigscout/index"
	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store"
)

// clock is a settable clock shared by the store and the service.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Set(t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

func (c *clock) Add(d time.Duration) { c.Set(c.Now().Add(d)) }

// testParse reads the few search parameters the tests use, and refuses
// any other (web.ParseSearch does this in the program).
func testParse(v url.Values, now time.Time) (index.Query, error) {
	q := index.Query{Limit: 20}
	for k := range v {
		switch k {
		case "q":
			q.Text = v.Get(k)
		case "paid":
			q.Paid = v.Get(k) == "true"
		case "remote":
			q.Remote = v[k]
		case "include_flagged":
			q.IncludeFlagged = v.Get(k) == "true"
		default:
			return q, &store.FieldError{Field: k, Message: fmt.Sprintf("unknown parameter %q", k)}
		}
	}
	return q, nil
}

type env struct {
	t    testing.TB
	ctx  context.Context
	st   store.Store
	idx  *index.Index
	mb   *mailbox
	clk  *clock
	svc  *Service
	reg  *prometheus.Registry
	seen int // messages already looked at
	dir  string
	opts Options
}

func newEnv(t testing.TB, start time.Time, tune func(*Options)) *env {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	dsn := filepath.Join(dir, "gigscout.db")
	if envStoreDSN != nil {
		dsn = envStoreDSN(t)
	}
	st, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	idx, err := index.Open(filepath.Join(dir, "index.bleve"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	clk := &clock{t: start}
	st.SetNow(clk.Now)
	mb := newMailbox(t)
	sender, err := NewSMTPSender(SMTPOptions{Host: "127.0.0.1", Port: mb.port(), TLS: "none", Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, ctx: ctx, st: st, idx: idx, mb: mb, clk: clk, reg: prometheus.NewRegistry(), dir: dir}
	e.opts = Options{Store: st, Index: idx, Parse: testParse, Sender: sender, From: "gigscout <digest@gigscout.example>",
		PublicURL: "https://gigscout.example", MaxListings: 20, Backoff: time.Millisecond, Now: clk.Now, Registerer: e.reg}
	if tune != nil {
		tune(&e.opts)
	}
	e.svc, err = New(ctx, e.opts)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

var listingSeq int

// add stores and indexes listings first seen now.
func (e *env) add(ls ...*model.Listing) {
	e.t.Helper()
	if _, err := e.st.Upsert(e.ctx, ls); err != nil {
		e.t.Fatal(err)
	}
	if _, err := e.idx.CatchUp(e.ctx, e.st); err != nil {
		e.t.Fatal(err)
	}
}

func newListing(source, title string) *model.Listing {
	listingSeq++
	ext := strconv.Itoa(listingSeq)
	return &model.Listing{ID: model.ListingID(source, ext), Source: source, ExternalID: ext, Title: title,
		Company: "Acme " + ext, URL: "https://jobs.example/" + ext, Remote: model.RemoteRemote, RemoteRegions: []string{"US"},
		Type: model.TypeMicroInternship, Risk: model.SeverityLow, Text: title + " project for students with clear deliverables",
		Pay:   &model.Pay{Min: 300, Max: 300, Currency: "USD", Unit: model.UnitProject, Hourly: 20, HourlyUSD: 20},
		Hours: &model.Range{Min: 10, Max: 15}, Locations: []string{}, Skills: []string{}, Flags: []model.Flag{}, AlsoAt: []model.Link{}}
}

// newMail returns the messages received since the last call, parsed.
func (e *env) newMail() []parsedMail {
	e.t.Helper()
	all := e.mb.all()
	var out []parsedMail
	for _, r := range all[e.seen:] {
		out = append(out, parseMail(e.t, r.Raw))
	}
	e.seen = len(all)
	return out
}

func (e *env) run() []Result {
	e.t.Helper()
	res, err := e.svc.Run(e.ctx, RunOptions{})
	if err != nil {
		e.t.Fatalf("run: %v", err)
	}
	return res
}

var reToken = regexp.MustCompile(`token=([0-9]+\.[A-Za-z0-9_-]+)`)

// subscribeConfirmed subscribes email and confirms through the link of the
// confirmation e-mail, as a subscriber would.
func (e *env) subscribeConfirmed(email, query string, p store.Prefs) *store.Subscription {
	e.t.Helper()
	if err := e.svc.Subscribe(e.ctx, email, query, p); err != nil {
		e.t.Fatal(err)
	}
	msgs := e.newMail()
	if len(msgs) != 1 {
		e.t.Fatalf("%d e-mails after subscribing, want 1", len(msgs))
	}
	m := reToken.FindStringSubmatch(msgs[0].Text)
	if m == nil || !strings.Contains(msgs[0].Text, ConfirmPath) {
		e.t.Fatalf("no confirmation link in %q", msgs[0].Text)
	}
	sub, err := e.svc.Confirm(e.ctx, m[1])
	if err != nil {
		e.t.Fatal(err)
	}
	return sub
}

func titles(m parsedMail) []string {
	var out []string
	for _, line := range strings.Split(m.Text, "\n") {
		if t, ok := strings.CutPrefix(strings.TrimRight(line, "\r"), "* "); ok {
			out = append(out, t)
		}
	}
	return out
}

type mimeDecoder = mime.WordDecoder
