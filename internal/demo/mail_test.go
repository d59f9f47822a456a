package demo

import (
	"io"
	"net/http"
	"net/smtp"
	"strings"
	"testing"
)

func TestMailCatcherShowsWhatItCaught(t *testing.T) {
	b, err := Start("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	get := func(path string) (int, string, http.Header) {
		t.Helper()
		resp, err := http.Get(b.URL() + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(body), resp.Header
	}
	if code, _, _ := get("/mail"); code != 404 {
		t.Errorf("/mail without a catcher: %d", code)
	}
	c, err := StartMail("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	b.ShowMail(c)
	if _, err := StartMail("192.0.2.1:0"); err == nil {
		t.Error("a catcher on a non-loopback address")
	}
	if _, body, _ := get("/mail"); !strings.Contains(body, "No mail yet") {
		t.Errorf("empty list: %s", body)
	}
	msg := "From: gigscout <d@x.invalid>\r\nTo: s@uni.test\r\nSubject: =?UTF-8?q?Confirm_=E2=9C=93?=\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/alternative; boundary=XX\r\n\r\n--XX\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
		"Open http://127.0.0.1:8080/subscriptions/confirm?token=3D1.abc <now>\r\n--XX\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<p>Hi<script>x</script></p>\r\n--XX--\r\n"
	if err := smtp.SendMail(c.Addr(), nil, "d@x.invalid", []string{"s@uni.test"}, []byte(msg)); err != nil {
		t.Fatal(err)
	}
	_, body, _ := get("/mail")
	if !strings.Contains(body, `<a href="/mail/1">Confirm ✓</a>`) || !strings.Contains(body, "s@uni.test") {
		t.Errorf("list: %s", body)
	}
	_, body, _ = get("/mail/1")
	if !strings.Contains(body, `<a href="http://127.0.0.1:8080/subscriptions/confirm?token=1.abc">`) || !strings.Contains(body, "&lt;now&gt;") {
		t.Errorf("message page: %s", body)
	}
	code, body, h := get("/mail/1/html")
	if code != 200 || !strings.Contains(h.Get("Content-Security-Policy"), "sandbox") || !strings.Contains(body, "<p>Hi") {
		t.Errorf("html part: %d %v", code, h)
	}
	if code, _, _ := get("/mail/9"); code != 404 {
		t.Errorf("missing message: %d", code)
	}
	// The boards still answer beside the mail.
	if code, _, _ := get("/v1/boards/" + Names()[0] + "/jobs"); code != 200 {
		t.Errorf("boards: %d", code)
	}
}
