package main

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"
)

func fetch(t *testing.T, u string) string {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}

// TestDemoMail runs `gigscout demo` as a newcomer would: subscribe from
// the page, read the confirmation at the demo's /mail, confirm, and see
// the digest there. The digest schedule is every second here (every
// minute in demo.yaml).
func TestDemoMail(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var stdout, stderr syncBuffer
	env := map[string]string{"GIGSCOUT_SERVER_ADDR": "127.0.0.1:0", "GIGSCOUT_DIGEST_SCHEDULE": "@every 1s", "GIGSCOUT_LOG_LEVEL": "WARN"}
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"demo", "--data", t.TempDir()}, strings.NewReader(""), &stdout, &stderr, func(k string) string { return env[k] })
	}()
	reServe := regexp.MustCompile(`open (http://127\.0\.0\.1:\d+)/`)
	reMail := regexp.MustCompile(`read it at (http://127\.0\.0\.1:\d+/mail)`)
	var base, mailURL string
	waitFor(t, func() bool {
		if m := reServe.FindStringSubmatch(stdout.String()); m != nil {
			base = m[1]
		}
		if m := reMail.FindStringSubmatch(stderr.String()); m != nil {
			mailURL = m[1]
		}
		return base != "" && mailURL != ""
	})
	defer func() {
		cancel()
		<-done
	}()
	page := fetch(t, base+"/?q=data")
	if !strings.Contains(page, "E-mail me new listings for this search") {
		t.Fatal("no subscribe link on the demo's search page")
	}
	form := url.Values{"email": {"newcomer@uni.test"}, "query": {"q=data"}, "frequency": {"daily"}, "hour": {"9"}, "timezone": {"America/Chicago"}}
	resp, err := http.PostForm(base+"/subscribe", form)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("subscribe form: %d", resp.StatusCode)
	}
	// The confirmation mail. Under a loaded -race run the send can take
	// longer than usual, and a send retried after its reply came late
	// leaves two copies: wait longer, and take any confirmation.
	reMsg := regexp.MustCompile(`<a href="/mail/(\d+)">([^<]*)</a>`)
	var confirmID string
	waitForWithin(t, 30*time.Second, func() bool {
		for _, m := range reMsg.FindAllStringSubmatch(fetch(t, mailURL), -1) {
			if strings.HasPrefix(m[2], "Confirm ") {
				confirmID = m[1]
				return true
			}
		}
		return false
	})
	msg := fetch(t, strings.TrimSuffix(mailURL, "/mail")+"/mail/"+confirmID)
	link := regexp.MustCompile(`href="http://[^"]+/subscriptions/confirm\?token=([^"]+)"`).FindStringSubmatch(msg)
	if link == nil {
		t.Fatalf("no confirmation link in %s", msg)
	}
	resp, err = http.PostForm(base+"/subscriptions/confirm", url.Values{"token": {link[1]}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("confirm: %d", resp.StatusCode)
	}
	// The digest follows (newest first). A CI run under load once caught a
	// second confirmation mail before it (a send retried after its reply
	// came late): wait for a mail that is not a confirmation.
	var subject string
	waitForWithin(t, 30*time.Second, func() bool {
		for _, m := range reMsg.FindAllStringSubmatch(fetch(t, mailURL), -1) {
			if !strings.HasPrefix(m[2], "Confirm ") {
				subject = m[2]
				return true
			}
		}
		return false
	})
	if !strings.Contains(subject, "new listing") || !strings.Contains(subject, "data") {
		t.Errorf("digest subject %q", subject)
	}
}
