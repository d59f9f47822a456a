package digest

import (
	"bytes"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"strings"
	"sync"
	"testing"
	"time"

	smtp "github.com/emersion/go-smtp"
)

// mailbox is a real SMTP server on 127.0.0.1 that keeps what it accepts
// and can refuse on demand.
type mailbox struct {
	addr string
	mu   sync.Mutex
	msgs []received
	// fail, when set, is asked at DATA for each recipient; a non-nil
	// error is the server's reply.
	fail func(rcpt string) *smtp.SMTPError
}

type received struct {
	From string
	To   []string
	Raw  []byte
}

func newMailbox(t testing.TB) *mailbox {
	t.Helper()
	mb := &mailbox{}
	srv := smtp.NewServer(smtp.BackendFunc(func(c *smtp.Conn) (smtp.Session, error) { return &session{mb: mb}, nil }))
	srv.Domain = "localhost"
	srv.AllowInsecureAuth = true
	srv.ReadTimeout, srv.WriteTimeout = 10*time.Second, 10*time.Second
	srv.ErrorLog = discardLogger{}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	mb.addr = ln.Addr().String()
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return mb
}

type discardLogger struct{}

func (discardLogger) Printf(string, ...any) {}
func (discardLogger) Println(...any)        {}

func (mb *mailbox) port() int {
	_, p, _ := net.SplitHostPort(mb.addr)
	var n int
	for _, c := range p {
		n = n*10 + int(c-'0')
	}
	return n
}

func (mb *mailbox) all() []received {
	mb.mu.Lock()
	defer mb.mu.Unlock()
	return append([]received(nil), mb.msgs...)
}

func (mb *mailbox) setFail(f func(string) *smtp.SMTPError) {
	mb.mu.Lock()
	mb.fail = f
	mb.mu.Unlock()
}

type session struct {
	mb   *mailbox
	from string
	to   []string
}

func (s *session) Reset()        { s.from, s.to = "", nil }
func (s *session) Logout() error { return nil }
func (s *session) Mail(from string, _ *smtp.MailOptions) error {
	s.from = from
	return nil
}
func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	s.to = append(s.to, to)
	return nil
}
func (s *session) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.mb.mu.Lock()
	defer s.mb.mu.Unlock()
	if s.mb.fail != nil {
		for _, rcpt := range s.to {
			if e := s.mb.fail(rcpt); e != nil {
				return e
			}
		}
	}
	s.mb.msgs = append(s.mb.msgs, received{From: s.from, To: s.to, Raw: b})
	return nil
}

// parsedMail is a received message with its decoded parts.
type parsedMail struct {
	Header     mail.Header
	Text, HTML string
}

func parseMail(t testing.TB, raw []byte) parsedMail {
	t.Helper()
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("read message: %v", err)
	}
	p := parsedMail{Header: m.Header}
	mt, params, err := mime.ParseMediaType(m.Header.Get("Content-Type"))
	if err != nil {
		t.Fatalf("content type: %v", err)
	}
	if !strings.HasPrefix(mt, "multipart/") {
		p.Text = decodePart(t, m.Header.Get("Content-Transfer-Encoding"), m.Body)
		return p
	}
	mr := multipart.NewReader(m.Body, params["boundary"])
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("part: %v", err)
		}
		body := decodePart(t, part.Header.Get("Content-Transfer-Encoding"), part)
		switch ct, _, _ := mime.ParseMediaType(part.Header.Get("Content-Type")); ct {
		case "text/plain":
			p.Text = body
		case "text/html":
			p.HTML = body
		}
	}
	return p
}

func decodePart(t testing.TB, enc string, r io.Reader) string {
	t.Helper()
	if strings.EqualFold(enc, "quoted-printable") {
		r = quotedprintable.NewReader(r)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
