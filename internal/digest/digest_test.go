package digest

import (
	"errors"
	"strings"
	"testing"
	"time"

	smtp "github.com/emersion/go-smtp"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store"
)

// 2026-11-02 is a Monday; 09:00 in Chicago (CST) is 15:00 UTC.
var monday = time.Date(2026, 11, 2, 14, 30, 0, 0, time.UTC)

var chicago9 = store.Prefs{Frequency: store.Daily, Hour: 9, Timezone: "America/Chicago"}

func TestConfirmationFlowAndNothingBeforeIt(t *testing.T) {
	e := newEnv(t, monday, nil)
	e.add(newListing("greenhouse-a", "Data analysis micro-internship"))
	if err := e.svc.Subscribe(e.ctx, "Student@Uni.EDU", "q=data&paid=true", chicago9); err != nil {
		t.Fatal(err)
	}
	msgs := e.newMail()
	if len(msgs) != 1 {
		t.Fatalf("%d e-mails after subscribing, want 1 (the confirmation)", len(msgs))
	}
	c := msgs[0]
	if got := c.Header.Get("To"); !strings.Contains(got, "Student@uni.edu") {
		t.Errorf("To = %q", got)
	}
	if !strings.Contains(c.Text, "https://gigscout.example/subscriptions/confirm?token=") || !strings.Contains(c.HTML, "/subscriptions/confirm?token=") {
		t.Errorf("confirmation lacks its link:\n%s", c.Text)
	}
	if c.Header.Get("Auto-Submitted") != "auto-generated" {
		t.Errorf("Auto-Submitted = %q", c.Header.Get("Auto-Submitted"))
	}
	// Not confirmed: a run at the send hour, and a day later, sends nothing.
	for _, at := range []time.Time{monday.Add(time.Hour), monday.Add(25 * time.Hour)} {
		e.clk.Set(at)
		if res := e.run(); len(res) != 0 {
			t.Errorf("run before confirmation acted: %+v", res)
		}
		if m := e.newMail(); len(m) != 0 {
			t.Fatalf("%d e-mails before confirmation", len(m))
		}
	}
	// A GET of the link is the page's business: the service confirms only on Confirm.
	token := reToken.FindStringSubmatch(c.Text)[1]
	sub, err := e.svc.Subscription(e.ctx, token, PurposeConfirm)
	if err != nil || sub.Status != store.SubPending {
		t.Fatalf("lookup: %v %+v", err, sub)
	}
	if _, err := e.svc.Confirm(e.ctx, token+"x"); !errors.Is(err, ErrBadToken) {
		t.Errorf("tampered token: %v", err)
	}
	sub, err = e.svc.Confirm(e.ctx, token)
	if err != nil || sub.Status != store.SubActive {
		t.Fatalf("confirm: %v %+v", err, sub)
	}
	// The next send hour (Wednesday 09:00 Chicago) sends the digest of the
	// listings first seen since confirmation (or a day back): the one seen
	// two days ago is older than that.
	e.clk.Set(time.Date(2026, 11, 3, 18, 0, 0, 0, time.UTC))
	e.add(newListing("greenhouse-a", "Data cleaning micro-internship"))
	e.clk.Set(time.Date(2026, 11, 4, 15, 0, 5, 0, time.UTC))
	res := e.run()
	if len(res) != 1 || res[0].Status != "sent" {
		t.Fatalf("run after confirmation: %+v", res)
	}
	msgs = e.newMail()
	if len(msgs) != 1 || len(titles(msgs[0])) != 1 {
		t.Fatalf("digest: %d e-mails %v", len(msgs), msgs)
	}
}

func TestBadInputAndTokens(t *testing.T) {
	e := newEnv(t, monday, nil)
	tests := []struct {
		email, query string
		p            store.Prefs
		field        string
	}{
		{"not-an-address", "q=data", chicago9, "email"},
		{"Name <a@b.org>", "q=data", chicago9, "email"},
		{"a@b.org", "q=data", store.Prefs{Frequency: "hourly", Hour: 9, Timezone: "UTC"}, "frequency"},
		{"a@b.org", "q=data", store.Prefs{Frequency: "daily", Hour: 24, Timezone: "UTC"}, "hour"},
		{"a@b.org", "q=data", store.Prefs{Frequency: "daily", Hour: 9, Timezone: "Mars/Olympus"}, "timezone"},
		{"a@b.org", "colour=red", chicago9, "colour"},
	}
	for _, tt := range tests {
		err := e.svc.Subscribe(e.ctx, tt.email, tt.query, tt.p)
		var fe *store.FieldError
		if !errors.As(err, &fe) || fe.Field != tt.field {
			t.Errorf("Subscribe(%q, %q, %+v) = %v, want an error naming %s", tt.email, tt.query, tt.p, err, tt.field)
		}
	}
	if subs, _ := e.st.Subscriptions(e.ctx); len(subs) != 0 || len(e.newMail()) != 0 {
		t.Fatalf("bad input saved %d subscriptions or sent mail", len(subs))
	}
	a := e.subscribeConfirmed("a@b.org", "q=data", chicago9)
	b := e.subscribeConfirmed("c@d.org", "q=data", chicago9)
	ta, tb := e.svc.Token(a, PurposePreferences), e.svc.Token(b, PurposePreferences)
	if _, err := e.svc.Subscription(e.ctx, ta, PurposePreferences); err != nil {
		t.Fatal(err)
	}
	idB, _, _ := strings.Cut(tb, ".")
	_, sigA, _ := strings.Cut(ta, ".")
	for name, tok := range map[string]string{
		"another subscription's signature": idB + "." + sigA,
		"flipped character":                ta[:len(ta)-1] + flip(ta[len(ta)-1]),
		"wrong purpose":                    e.svc.Token(a, PurposeConfirm),
		"no signature":                     idB + ".",
		"garbage":                          "x",
		"leading zero id":                  "0" + ta,
	} {
		if _, err := e.svc.Subscription(e.ctx, tok, PurposePreferences); !errors.Is(err, ErrBadToken) || !errors.Is(err, store.ErrNotFound) {
			t.Errorf("%s: %v, want ErrBadToken", name, err)
		}
	}
	if err := e.svc.Delete(e.ctx, e.svc.Token(b, PurposeUnsubscribe)); !errors.Is(err, ErrBadToken) {
		t.Errorf("delete with an unsubscribe token: %v", err)
	}
	// A new subscribe request renews the key: old links stop working.
	if _, err := e.svc.Unsubscribe(e.ctx, e.svc.Token(b, PurposeUnsubscribe)); err != nil {
		t.Fatal(err)
	}
	if err := e.svc.Subscribe(e.ctx, "c@d.org", "q=data", chicago9); err != nil {
		t.Fatal(err)
	}
	e.newMail()
	if _, err := e.svc.Subscription(e.ctx, tb, PurposePreferences); !errors.Is(err, ErrBadToken) {
		t.Errorf("old link after re-subscribing: %v", err)
	}
	// Subscribing an active address again answers the same and sends a
	// notice with its preferences link, not a second subscription.
	if err := e.svc.Subscribe(e.ctx, "a@b.org", "q=data", chicago9); err != nil {
		t.Fatal(err)
	}
	if m := e.newMail(); len(m) != 1 || !strings.Contains(m[0].Text, PreferencesPath) || strings.Contains(m[0].Text, ConfirmPath) {
		t.Errorf("notice to a subscribed address: %+v", m)
	}
}

// flip returns another base64url character than c.
func flip(c byte) string {
	if c == 'A' {
		return "B"
	}
	return "A"
}

func TestDigestContentAndHeaders(t *testing.T) {
	e := newEnv(t, monday, func(o *Options) { o.MaxListings = 2 })
	sub := e.subscribeConfirmed("student@uni.edu", "paid=true", chicago9) // newest first
	deadline := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	l1 := newListing("greenhouse-a", "Data dashboard micro-internship")
	l1.Company, l1.Deadline, l1.RemoteRegions = "BrightPath", &deadline, []string{"US", "CA"}
	l1.Pay = &model.Pay{Min: 300, Max: 300, Currency: "EUR", Unit: model.UnitProject, Hourly: 20, HourlyUSD: 21.6}
	l1.Flags = []model.Flag{{ID: "VAGUE_NO_SUPERVISOR", Family: model.FamilyVague, Severity: model.SeverityLow, Reason: "Nobody is named to report to."}}
	l2 := newListing("lever-b", "Data cleaning project")
	l3 := newListing("lever-b", "Data labelling project")
	e.add(l2, l3)
	e.clk.Add(time.Minute)
	e.add(l1) // the newest: shown first
	e.clk.Set(time.Date(2026, 11, 3, 15, 0, 0, 0, time.UTC))
	res := e.run()
	if len(res) != 1 || res[0].Status != "sent" || res[0].Total != 3 || res[0].Listings != 2 {
		t.Fatalf("run: %+v", res)
	}
	msgs := e.newMail()
	if len(msgs) != 1 {
		t.Fatalf("%d e-mails", len(msgs))
	}
	m := msgs[0]
	h := m.Header
	unsub := "https://gigscout.example/subscriptions/unsubscribe?token=" + e.svc.Token(sub, PurposeUnsubscribe)
	if got := h.Get("List-Unsubscribe"); got != "<"+unsub+">" {
		t.Errorf("List-Unsubscribe = %q, want <%s>", got, unsub)
	}
	if got := h.Get("List-Unsubscribe-Post"); got != "List-Unsubscribe=One-Click" {
		t.Errorf("List-Unsubscribe-Post = %q", got)
	}
	if got := h.Get("Auto-Submitted"); got != "auto-generated" {
		t.Errorf("Auto-Submitted = %q", got)
	}
	if got := h.Get("Message-Id"); got != "<"+res[0].MessageID+">" || !strings.HasSuffix(got, "@gigscout.example>") {
		t.Errorf("Message-ID = %q, result %q", got, res[0].MessageID)
	}
	if d, err := h.Date(); err != nil || d.IsZero() {
		t.Errorf("Date: %v %v", d, err)
	}
	if got := h.Get("Subject"); got != "3 new listings for paid" {
		dec, _ := new(mimeDecoder).DecodeHeader(got)
		if dec != "3 new listings for paid" {
			t.Errorf("Subject = %q", dec)
		}
	}
	for _, part := range []struct{ name, body string }{{"text", m.Text}, {"html", m.HTML}} {
		for _, want := range []string{"Data dashboard micro-internship", "BrightPath", "€300 per project", "about US$22 per hour",
			"10–15 hours in total", "Remote (US, CA)", "Apply by 1 Dec 2026", "No mentor named", "Nobody is named to report to.",
			"and 1 more", "https://gigscout.example/?paid=true", "https://gigscout.example/subscriptions/preferences?token=", unsub,
			"https://gigscout.example/listings/" + l1.ID} {
			if !strings.Contains(part.body, want) && !strings.Contains(part.body, strings.ReplaceAll(want, "&", "&amp;")) {
				t.Errorf("%s part lacks %q", part.name, want)
			}
		}
	}
	if got := titles(m); len(got) != 2 {
		t.Errorf("shown %v, want 2 (max_listings)", got)
	}
	if v := testutil.ToFloat64(e.svc.metrics.listings); v != 3 {
		t.Errorf("gigscout_digest_listings_sent_total = %v", v)
	}
}

func TestNoListingTwiceAcrossRuns(t *testing.T) {
	e := newEnv(t, monday, nil)
	e.subscribeConfirmed("student@uni.edu", "q=data", chicago9)
	a := newListing("greenhouse-a", "Data project one")
	e.add(a)
	e.clk.Set(time.Date(2026, 11, 3, 15, 0, 0, 0, time.UTC))
	e.run()
	first := e.newMail()
	// b is seen 20 minutes before the next digest's window ends; a is seen
	// again (unchanged) and c comes after the run in the window's overlap.
	e.clk.Set(time.Date(2026, 11, 3, 14, 50, 0, 0, time.UTC))
	b := newListing("greenhouse-a", "Data project two")
	e.add(b, a)
	e.clk.Set(time.Date(2026, 11, 4, 15, 0, 0, 0, time.UTC))
	e.run()
	second := e.newMail()
	// A third day with nothing new: no e-mail (send_empty is off).
	e.clk.Set(time.Date(2026, 11, 5, 15, 0, 0, 0, time.UTC))
	if res := e.run(); len(res) != 1 || res[0].Status != "empty" {
		t.Errorf("third run: %+v", res)
	}
	third := e.newMail()
	if len(first) != 1 || len(second) != 1 || len(third) != 0 {
		t.Fatalf("e-mails per run %d %d %d, want 1 1 0", len(first), len(second), len(third))
	}
	if got := titles(first[0]); len(got) != 1 || got[0] != a.Title {
		t.Errorf("first digest %v", got)
	}
	if got := titles(second[0]); len(got) != 1 || got[0] != b.Title {
		t.Errorf("second digest %v, want only %q", got, b.Title)
	}
}

func TestNoCrossSourceDuplicate(t *testing.T) {
	e := newEnv(t, monday, nil)
	e.subscribeConfirmed("student@uni.edu", "q=data", chicago9)
	dup := func(source string) *model.Listing {
		l := newListing(source, "Data analyst micro-internship")
		l.Company, l.Fingerprint, l.DedupKey = "Acme", "acme|data analyst micro-internship|US", "acme|US"
		return l
	}
	a, b := dup("greenhouse-acme"), dup("remotive")
	e.add(a)
	e.clk.Add(time.Minute)
	e.add(b) // the same opportunity on another board, in the same window
	e.clk.Set(time.Date(2026, 11, 3, 15, 0, 0, 0, time.UTC))
	e.run()
	first := e.newMail()
	// A third board posts it the next day: still one opportunity, already sent.
	e.clk.Set(time.Date(2026, 11, 4, 10, 0, 0, 0, time.UTC))
	c := dup("himalayas")
	e.add(c)
	// The first posting closes: the second becomes the canonical one.
	if _, err := e.st.CloseMissing(e.ctx, "greenhouse-acme", map[string]struct{}{}, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.idx.CatchUp(e.ctx, e.st); err != nil {
		t.Fatal(err)
	}
	e.clk.Set(time.Date(2026, 11, 4, 15, 0, 0, 0, time.UTC))
	e.run()
	second := e.newMail()
	if len(first) != 1 || len(titles(first[0])) != 1 {
		t.Fatalf("first digest: %d e-mails, %v", len(first), first)
	}
	if len(second) != 0 {
		t.Errorf("a duplicate was sent again: %v", titles(second[0]))
	}
}

func TestRetryOn4xxAndFailOn5xx(t *testing.T) {
	e := newEnv(t, monday, func(o *Options) { o.Retries = 3 })
	e.subscribeConfirmed("busy@uni.edu", "q=data", chicago9)
	e.subscribeConfirmed("gone@uni.edu", "q=data", chicago9)
	e.add(newListing("greenhouse-a", "Data project"))
	tries := map[string]int{}
	e.mb.setFail(func(rcpt string) *smtp.SMTPError {
		tries[rcpt]++
		switch {
		case rcpt == "busy@uni.edu" && tries[rcpt] <= 2:
			return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "try again later"}
		case rcpt == "gone@uni.edu":
			return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "no such user"}
		}
		return nil
	})
	e.clk.Set(time.Date(2026, 11, 3, 15, 0, 0, 0, time.UTC))
	res, err := e.svc.Run(e.ctx, RunOptions{})
	if err != nil {
		t.Fatal(err) // a bounce is recorded, not a run error
	}
	got := map[string]string{}
	for _, r := range res {
		got[r.Email] = r.Status
	}
	if got[MaskEmail("busy@uni.edu")] != "sent" || got[MaskEmail("gone@uni.edu")] != "failed" {
		t.Fatalf("results %+v", res)
	}
	if tries["busy@uni.edu"] != 3 {
		t.Errorf("busy tried %d times, want 3 (two 451s, then accepted)", tries["busy@uni.edu"])
	}
	if tries["gone@uni.edu"] != 1 {
		t.Errorf("a 550 was retried: %d tries", tries["gone@uni.edu"])
	}
	subs, _ := e.st.Subscriptions(e.ctx)
	for _, s := range subs {
		if s.Email == "gone@uni.edu" && (s.Status != store.SubFailed || !strings.Contains(s.LastError, "550")) {
			t.Errorf("bounced subscription: %+v", s)
		}
	}
	if v := testutil.ToFloat64(e.svc.metrics.failures.WithLabelValues("permanent")); v != 1 {
		t.Errorf("permanent failures metric = %v", v)
	}
	if v := testutil.ToFloat64(e.svc.metrics.failures.WithLabelValues("temporary")); v != 2 {
		t.Errorf("temporary failures metric = %v", v)
	}
	// The failed address gets nothing more.
	e.mb.setFail(nil)
	e.newMail()
	e.add(newListing("greenhouse-a", "Data project again"))
	e.clk.Set(time.Date(2026, 11, 4, 15, 0, 0, 0, time.UTC))
	e.run()
	for _, m := range e.newMail() {
		if strings.Contains(m.Header.Get("To"), "gone@") {
			t.Errorf("mail to a bounced address")
		}
	}
}

// A 4xx that outlasts the retries leaves the digest pending; the next run
// sends it with the same Message-ID, once.
func TestTemporaryFailureKeepsDigestPending(t *testing.T) {
	e := newEnv(t, monday, func(o *Options) { o.Retries = 1 })
	e.subscribeConfirmed("busy@uni.edu", "q=data", chicago9)
	e.add(newListing("greenhouse-a", "Data project"))
	e.mb.setFail(func(string) *smtp.SMTPError { return &smtp.SMTPError{Code: 421, Message: "closing"} })
	e.clk.Set(time.Date(2026, 11, 3, 15, 0, 0, 0, time.UTC))
	res, err := e.svc.Run(e.ctx, RunOptions{})
	if err == nil || len(res) != 1 || res[0].Status != "deferred" {
		t.Fatalf("run: %v %+v", err, res)
	}
	e.mb.setFail(nil)
	e.clk.Add(time.Hour)
	res = e.run()
	if len(res) != 1 || res[0].Status != "resent" {
		t.Fatalf("next run: %+v", res)
	}
	msgs := e.newMail()
	if len(msgs) != 1 || len(titles(msgs[0])) != 1 {
		t.Fatalf("%d e-mails", len(msgs))
	}
	e.clk.Add(time.Hour)
	if res := e.run(); len(res) != 0 {
		t.Errorf("third run acted: %+v", res)
	}
}

func TestUnsubscribeAndPreferences(t *testing.T) {
	e := newEnv(t, monday, nil)
	sub := e.subscribeConfirmed("student@uni.edu", "q=data", chicago9)
	e.add(newListing("greenhouse-a", "Data project"))
	prefs := e.svc.Token(sub, PurposePreferences)
	// Pause: nothing is sent.
	if _, err := e.svc.UpdatePrefs(e.ctx, prefs, chicago9, true); err != nil {
		t.Fatal(err)
	}
	e.clk.Set(time.Date(2026, 11, 3, 15, 0, 0, 0, time.UTC))
	e.run()
	if m := e.newMail(); len(m) != 0 {
		t.Fatalf("paused subscription got %d e-mails", len(m))
	}
	// Resume at 18:00 Kolkata (12:30 UTC), weekly.
	if _, err := e.svc.UpdatePrefs(e.ctx, prefs, store.Prefs{Frequency: store.Weekly, Hour: 18, Timezone: "Asia/Kolkata"}, false); err != nil {
		t.Fatal(err)
	}
	if _, err := e.svc.UpdatePrefs(e.ctx, prefs, store.Prefs{Frequency: "daily", Hour: 9, Timezone: "Nowhere/City"}, false); err == nil {
		t.Error("a bad time zone was saved")
	}
	e.clk.Set(time.Date(2026, 11, 4, 12, 30, 0, 0, time.UTC))
	e.run()
	if m := e.newMail(); len(m) != 1 {
		t.Fatalf("resumed subscription got %d e-mails", len(m))
	}
	// Unsubscribe: nothing more, even when due.
	if _, err := e.svc.Unsubscribe(e.ctx, e.svc.Token(sub, PurposeUnsubscribe)); err != nil {
		t.Fatal(err)
	}
	e.add(newListing("greenhouse-a", "Data project two"))
	e.clk.Set(time.Date(2026, 11, 11, 12, 30, 0, 0, time.UTC))
	e.run()
	if m := e.newMail(); len(m) != 0 {
		t.Fatalf("unsubscribed address got %d e-mails", len(m))
	}
	// Delete: the subscription and its ledger are gone.
	if err := e.svc.Delete(e.ctx, prefs); err != nil {
		t.Fatal(err)
	}
	if _, err := e.st.Subscription(e.ctx, sub.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("deleted subscription: %v", err)
	}
	if sent, _ := e.st.Sent(e.ctx, sub.ID, []string{"x"}); len(sent) != 0 {
		t.Errorf("ledger left: %v", sent)
	}
}

func TestDryRunWritesNothing(t *testing.T) {
	e := newEnv(t, monday, nil)
	e.subscribeConfirmed("student@uni.edu", "q=data", chicago9)
	e.add(newListing("greenhouse-a", "Data project"))
	e.clk.Set(time.Date(2026, 11, 3, 15, 0, 0, 0, time.UTC))
	res, err := e.svc.Run(e.ctx, RunOptions{DryRun: true})
	if err != nil || len(res) != 1 || res[0].Status != "due" || res[0].Message == nil || !strings.Contains(res[0].Message.Text, "Data project") {
		t.Fatalf("dry run: %v %+v", err, res)
	}
	if len(e.newMail()) != 0 {
		t.Fatal("dry run sent mail")
	}
	if res := e.run(); len(res) != 1 || res[0].Status != "sent" {
		t.Fatalf("real run after the dry run: %+v", res)
	}
}

func TestMaskEmail(t *testing.T) {
	for in, want := range map[string]string{"student@uni.edu": "s***@u***.edu", "a@b.co.uk": "a***@b***.uk", "nope": "***"} {
		if got := MaskEmail(in); got != want {
			t.Errorf("MaskEmail(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCanonicalQuery(t *testing.T) {
	e := newEnv(t, monday, nil)
	got, err := e.svc.CanonicalQuery("remote=remote&q=data&paid=true&cursor=abc")
	if err != nil || got != "paid=true&q=data&remote=remote" {
		t.Errorf("CanonicalQuery = %q, %v", got, err)
	}
	if _, err := e.svc.CanonicalQuery("q=%zz"); err == nil {
		t.Error("a malformed query was accepted")
	}
}

// Two runs at once (the schedule and `gigscout digest run` through the
// server) send each digest once.
func TestConcurrentRunsSendOnce(t *testing.T) {
	e := newEnv(t, monday, nil)
	for _, r := range []string{"a@uni.edu", "b@uni.edu", "c@uni.edu"} {
		e.subscribeConfirmed(r, "q=data", chicago9)
	}
	e.add(newListing("greenhouse-a", "Data project"))
	e.clk.Set(time.Date(2026, 11, 3, 15, 0, 0, 0, time.UTC))
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			_, err := e.svc.Run(e.ctx, RunOptions{})
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	if m := e.newMail(); len(m) != 3 {
		t.Errorf("%d digests, want 3", len(m))
	}
}
