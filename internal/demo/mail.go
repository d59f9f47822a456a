package demo

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net"
	"net/http"
	"net/mail"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	smtp "github.com/emersion/go-smtp"
)

// maxCaught bounds the messages the catcher keeps (the oldest go first).
const maxCaught = 200

// MailCatcher is a real SMTP server on 127.0.0.1 that accepts every
// message and keeps it in memory, so the demo's digests never leave the
// machine; Boards serves what it caught at /mail.
type MailCatcher struct {
	srv  *smtp.Server
	ln   net.Listener
	mu   sync.Mutex
	msgs []Caught
	next int
}

// Caught is one caught message.
type Caught struct {
	ID       int
	At       time.Time
	From     string
	To       []string
	Subject  string
	Text     string
	HTML     string
	Raw      []byte
	Headers  mail.Header
	ParseErr string
}

// StartMail starts a mail catcher on addr, a loopback address
// ("127.0.0.1:0" picks a port).
func StartMail(addr string) (*MailCatcher, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return nil, fmt.Errorf("demo: refusing to catch mail on non-loopback %s", addr)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	c := &MailCatcher{ln: ln}
	c.srv = smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) { return &catchSession{c: c}, nil }))
	c.srv.Domain = "localhost"
	c.srv.ReadTimeout, c.srv.WriteTimeout = 30*time.Second, 30*time.Second
	c.srv.MaxMessageBytes = 1 << 20
	c.srv.MaxRecipients = 10
	go c.srv.Serve(ln)
	return c, nil
}

// Addr is the SMTP address (host:port).
func (c *MailCatcher) Addr() string { return c.ln.Addr().String() }

// Close stops the server.
func (c *MailCatcher) Close() error { return c.srv.Close() }

// Messages returns what was caught, newest first.
func (c *MailCatcher) Messages() []Caught {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]Caught, len(c.msgs))
	for i, m := range c.msgs {
		out[len(c.msgs)-1-i] = m
	}
	return out
}

func (c *MailCatcher) add(from string, to []string, raw []byte) {
	m := parseCaught(raw)
	m.At, m.From, m.To = time.Now(), from, to
	c.mu.Lock()
	defer c.mu.Unlock()
	c.next++
	m.ID = c.next
	c.msgs = append(c.msgs, m)
	if len(c.msgs) > maxCaught {
		c.msgs = c.msgs[len(c.msgs)-maxCaught:]
	}
}

type catchSession struct {
	c    *MailCatcher
	from string
	to   []string
}

func (s *catchSession) Reset()        { s.from, s.to = "", nil }
func (s *catchSession) Logout() error { return nil }
func (s *catchSession) Mail(from string, _ *smtp.MailOptions) error {
	s.from = from
	return nil
}
func (s *catchSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	s.to = append(s.to, to)
	return nil
}
func (s *catchSession) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.c.add(s.from, s.to, b)
	return nil
}

// parseCaught reads the headers and the text and HTML parts.
func parseCaught(raw []byte) Caught {
	m := Caught{Raw: raw}
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		m.ParseErr = err.Error()
		return m
	}
	m.Headers = msg.Header
	dec := new(mime.WordDecoder)
	if s, err := dec.DecodeHeader(msg.Header.Get("Subject")); err == nil {
		m.Subject = s
	}
	mt, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil || !strings.HasPrefix(mt, "multipart/") {
		m.Text = readPart(msg.Header.Get("Content-Transfer-Encoding"), msg.Body)
		return m
	}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for {
		p, err := mr.NextPart()
		if err != nil {
			if !errors.Is(err, io.EOF) {
				m.ParseErr = err.Error()
			}
			break
		}
		body := readPart(p.Header.Get("Content-Transfer-Encoding"), p)
		switch ct, _, _ := mime.ParseMediaType(p.Header.Get("Content-Type")); ct {
		case "text/plain":
			m.Text = body
		case "text/html":
			m.HTML = body
		}
	}
	return m
}

func readPart(enc string, r io.Reader) string {
	if strings.EqualFold(enc, "quoted-printable") {
		r = quotedprintable.NewReader(r)
	}
	b, _ := io.ReadAll(io.LimitReader(r, 1<<20))
	return strings.ReplaceAll(string(b), "\r\n", "\n")
}

var reURL = regexp.MustCompile(`https?://[^\s<>"]+`)

// linkify escapes text and makes its URLs links.
func linkify(text string) string {
	var b strings.Builder
	last := 0
	for _, loc := range reURL.FindAllStringIndex(text, -1) {
		b.WriteString(html.EscapeString(text[last:loc[0]]))
		u := html.EscapeString(text[loc[0]:loc[1]])
		fmt.Fprintf(&b, `<a href="%s">%s</a>`, u, u)
		last = loc[1]
	}
	b.WriteString(html.EscapeString(text[last:]))
	return b.String()
}

const mailStyle = `<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:1.5rem auto;padding:0 1rem;color:#1f2328}
pre{white-space:pre-wrap;background:#f6f8fa;border:1px solid #d0d7de;padding:1rem;border-radius:8px}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #d0d7de;vertical-align:top}
iframe{width:100%;height:40rem;border:1px solid #d0d7de;border-radius:8px}a{color:#0b57d0}</style>`

// ServeHTTP serves /mail (the list) and /mail/{id} (one message: headers,
// text with its links, and the HTML part in a sandboxed frame from
// /mail/{id}/html).
func (c *MailCatcher) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rest := strings.Trim(strings.TrimPrefix(r.URL.Path, "/mail"), "/")
	w.Header().Set("Cache-Control", "no-store")
	if rest == "" {
		c.list(w)
		return
	}
	idPart, htmlPart := strings.CutSuffix(rest, "/html")
	id, err := strconv.Atoi(idPart)
	var found *Caught
	for _, m := range c.Messages() {
		if m.ID == id {
			found = &m
			break
		}
	}
	if err != nil || found == nil {
		http.Error(w, "no such message (the catcher keeps the last 200)", http.StatusNotFound)
		return
	}
	if htmlPart {
		w.Header().Set("Content-Security-Policy", "sandbox allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation; default-src 'none'; style-src 'unsafe-inline'; img-src data:")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, found.HTML)
		return
	}
	c.show(w, found)
}

func (c *MailCatcher) list(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	msgs := c.Messages()
	fmt.Fprintf(w, `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="10"><title>Demo mail (%d)</title>%s</head><body>
<h1>Mail caught by the demo</h1><p>gigscout demo sends its e-mails to an SMTP server on %s that keeps them here (this page reloads every 10 seconds). Nothing leaves this machine.</p>`,
		len(msgs), mailStyle, html.EscapeString(c.Addr()))
	if len(msgs) == 0 {
		io.WriteString(w, `<p><strong>No mail yet.</strong> Subscribe from a search page ("E-mail me new listings for this search").</p></body></html>`)
		return
	}
	io.WriteString(w, `<table><thead><tr><th>When</th><th>To</th><th>Subject</th></tr></thead><tbody>`)
	for _, m := range msgs {
		fmt.Fprintf(w, `<tr><td>%s</td><td>%s</td><td><a href="/mail/%d">%s</a></td></tr>`, m.At.Format("15:04:05"),
			html.EscapeString(strings.Join(m.To, ", ")), m.ID, html.EscapeString(m.Subject))
	}
	io.WriteString(w, `</tbody></table></body></html>`)
}

func (c *MailCatcher) show(w http.ResponseWriter, m *Caught) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>%s</title>%s</head><body><p><a href="/mail">← All mail</a></p><h1>%s</h1><table>`,
		html.EscapeString(m.Subject), mailStyle, html.EscapeString(m.Subject))
	for _, k := range []string{"From", "To", "Date", "Message-Id", "List-Unsubscribe", "List-Unsubscribe-Post", "Auto-Submitted"} {
		if v := m.Headers.Get(k); v != "" {
			fmt.Fprintf(w, "<tr><th>%s</th><td>%s</td></tr>", k, linkify(v))
		}
	}
	io.WriteString(w, "</table>")
	if m.ParseErr != "" {
		fmt.Fprintf(w, "<p>Could not read all of it: %s</p>", html.EscapeString(m.ParseErr))
	}
	fmt.Fprintf(w, "<h2>Text part</h2><pre>%s</pre>", linkify(m.Text))
	if m.HTML != "" {
		fmt.Fprintf(w, `<h2>HTML part</h2><iframe src="/mail/%d/html" title="The HTML part" sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation"></iframe>`, m.ID)
	}
	io.WriteString(w, "</body></html>")
}

// serveWithMail routes /mail to the catcher when there is one, and the
// rest to the boards.
func serveWithMail(boards http.Handler, mail func() *MailCatcher) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if c := mail(); c != nil && (r.URL.Path == "/mail" || strings.HasPrefix(r.URL.Path, "/mail/")) && r.Method == http.MethodGet {
			c.ServeHTTP(w, r)
			return
		}
		boards.ServeHTTP(w, r)
	})
}
