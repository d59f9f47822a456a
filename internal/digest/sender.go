package digest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"time"

	gomail "github.com/wneessen/go-mail"
)

// Message is one e-mail: plain text and HTML alternatives.
type Message struct {
	From      string
	To        string
	Subject   string
	MessageID string // without angle brackets
	Date      time.Time
	Text      string
	HTML      string
	// Headers are extra headers: List-Unsubscribe, List-Unsubscribe-Post,
	// Auto-Submitted.
	Headers map[string]string
}

// Sender delivers a message. A *SendError tells whether a failure is
// temporary (4xx, connection trouble: retry) or permanent (5xx: the
// address failed).
type Sender interface {
	Send(ctx context.Context, m *Message) error
}

// SendError is a failed delivery.
type SendError struct {
	Code      int  // the SMTP reply code, 0 when none (e.g. no connection)
	Permanent bool // a 5xx reply: do not retry
	Err       error
}

func (e *SendError) Error() string {
	if e.Code != 0 {
		return fmt.Sprintf("smtp %d: %v", e.Code, e.Err)
	}
	return "smtp: " + e.Err.Error()
}

func (e *SendError) Unwrap() error { return e.Err }

// permanent reports whether err is a permanent delivery failure.
func permanent(err error) bool {
	var se *SendError
	return errors.As(err, &se) && se.Permanent
}

// SMTPOptions configure the SMTP sender.
type SMTPOptions struct {
	Host     string
	Port     int
	Username string // empty: no authentication
	Password string
	TLS      string // starttls (required), tls (implicit) or none
	Timeout  time.Duration
	// HELO is the name given to the server (default "localhost").
	HELO string
}

// SMTPSender sends through an SMTP server with github.com/wneessen/go-mail,
// one connection per message.
type SMTPSender struct{ opts SMTPOptions }

// NewSMTPSender checks opts.
func NewSMTPSender(opts SMTPOptions) (*SMTPSender, error) {
	switch opts.TLS {
	case "starttls", "tls", "none":
	default:
		return nil, fmt.Errorf("digest: smtp tls must be starttls, tls or none, got %q", opts.TLS)
	}
	if opts.Host == "" || opts.Port <= 0 || opts.Port > 65535 {
		return nil, fmt.Errorf("digest: smtp host and port are required")
	}
	if opts.Timeout <= 0 {
		opts.Timeout = 30 * time.Second
	}
	if opts.HELO == "" {
		opts.HELO = "localhost"
	}
	return &SMTPSender{opts: opts}, nil
}

func (s *SMTPSender) client() (*gomail.Client, error) {
	o := s.opts
	opts := []gomail.Option{gomail.WithPort(o.Port), gomail.WithTimeout(o.Timeout), gomail.WithHELO(o.HELO)}
	switch o.TLS {
	case "starttls":
		opts = append(opts, gomail.WithTLSPortPolicy(gomail.TLSMandatory), gomail.WithPort(o.Port))
	case "tls":
		opts = append(opts, gomail.WithSSLPort(false), gomail.WithPort(o.Port))
	case "none":
		opts = append(opts, gomail.WithTLSPolicy(gomail.NoTLS))
	}
	if o.Username != "" {
		auth := gomail.SMTPAuthPlain
		if o.TLS == "none" {
			auth = gomail.SMTPAuthPlainNoEnc
		}
		opts = append(opts, gomail.WithSMTPAuth(auth), gomail.WithUsername(o.Username), gomail.WithPassword(o.Password))
	}
	return gomail.NewClient(o.Host, opts...)
}

// Build turns m into a go-mail message.
func Build(m *Message) (*gomail.Msg, error) {
	msg := gomail.NewMsg()
	if err := msg.From(m.From); err != nil {
		return nil, fmt.Errorf("from: %w", err)
	}
	if err := msg.To(m.To); err != nil {
		return nil, &SendError{Permanent: true, Err: fmt.Errorf("to: %w", err)}
	}
	msg.Subject(m.Subject)
	msg.SetMessageIDWithValue(m.MessageID)
	msg.SetDateWithValue(m.Date)
	for k, v := range m.Headers {
		msg.SetGenHeader(gomail.Header(k), v)
	}
	msg.SetBodyString(gomail.TypeTextPlain, m.Text)
	if m.HTML != "" {
		msg.AddAlternativeString(gomail.TypeTextHTML, m.HTML)
	}
	return msg, nil
}

// Send delivers m.
func (s *SMTPSender) Send(ctx context.Context, m *Message) error {
	msg, err := Build(m)
	if err != nil {
		return err
	}
	c, err := s.client()
	if err != nil {
		return &SendError{Err: err}
	}
	ctx, cancel := context.WithTimeout(ctx, s.opts.Timeout+5*time.Second)
	defer cancel()
	if err := c.DialAndSendWithContext(ctx, msg); err != nil {
		return classify(err)
	}
	return nil
}

// classify turns a go-mail error into a SendError: a 5xx reply is
// permanent; 4xx replies and connection errors are temporary.
func classify(err error) error {
	var se *gomail.SendError
	if errors.As(err, &se) {
		code := se.ErrorCode()
		return &SendError{Code: code, Permanent: code >= 500 && code < 600, Err: err}
	}
	var ne net.Error
	if errors.As(err, &ne) || errors.Is(err, context.DeadlineExceeded) {
		return &SendError{Err: err}
	}
	return &SendError{Err: err}
}
