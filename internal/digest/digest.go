// Package digest sends subscribers e-mail digests of a saved search:
// double opt-in, signed links to confirm, change preferences and
// unsubscribe, choosing each subscription's due digest at its local hour,
// rendering it (plain text and HTML) and sending it through a Sender.
//
// A digest is written to the store's ledger (pending) in one transaction
// before the SMTP transaction and marked sent after it, so a crash
// neither misses nor repeats a listing, except in the one window SMTP
// cannot close: killed after the server accepted the message and before
// the mark, the next run sends that digest once more with the same
// Message-ID.
package digest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/mail"
	"net/url"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/gigscout/gigscout/index"
	"github.com/gigscout/gigscout/internal/store"
)

// ParseFunc turns a saved search's parameters into an index query, as the
// search API does (cmd wires web.ParseSearch).
type ParseFunc func(v url.Values, now time.Time) (index.Query, error)

// Searcher runs a query; *index.Index is one.
type Searcher interface {
	Search(ctx context.Context, q index.Query) (*index.Result, error)
}

// Options configure a Service.
type Options struct {
	Store store.Store
	// Index runs the saved searches; nil makes Run fail (Subscribe and the
	// token pages still work).
	Index  Searcher
	Parse  ParseFunc
	Sender Sender
	// From is the sender, e.g. "gigscout <digest@example.org>".
	From string
	// PublicURL is the absolute base of every link (no trailing slash).
	PublicURL string
	// MaxListings bounds the listings shown in one digest (default 20);
	// the rest are counted in "and N more".
	MaxListings int
	// SendEmpty sends a digest even when nothing is new.
	SendEmpty bool
	// FirstDigestNow sends a subscription's first digest at the first run
	// after confirmation instead of at its first send hour (the demo).
	FirstDigestNow bool
	// Retries is how many times a temporary (4xx) failure is retried
	// within one run (default 3), waiting Backoff, then twice that, ...
	// (default 2s).
	Retries int
	Backoff time.Duration
	// Now is the clock (default time.Now); tests inject one.
	Now func() time.Time
	// Registerer receives the gigscout_digest_* metrics (nil: none).
	Registerer prometheus.Registerer
	Logger     *slog.Logger
	// Hook, when set, is called at the named points of a send:
	// "ledger-written" (after the ledger transaction, before SMTP),
	// "accepted" (the mail server took the message; not yet marked) and
	// "marked" (after the digest is marked sent). The crash test kills
	// the process there.
	Hook func(point string, d *store.Digest)
}

// Service implements subscribing, the token pages and sending.
type Service struct {
	opts    Options
	from    *mail.Address
	log     *slog.Logger
	metrics *metrics
	key     []byte
	running chan struct{} // one Run at a time: a resend is never raced
}

// New checks opts and returns a Service.
func New(ctx context.Context, opts Options) (*Service, error) {
	if opts.Store == nil || opts.Parse == nil || opts.Sender == nil {
		return nil, errors.New("digest: Store, Parse and Sender are required")
	}
	from, err := mail.ParseAddress(opts.From)
	if err != nil {
		return nil, fmt.Errorf("digest: from %q: %w", opts.From, err)
	}
	u, err := url.Parse(opts.PublicURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("digest: public URL %q must be an absolute http(s) URL", opts.PublicURL)
	}
	opts.PublicURL = strings.TrimRight(opts.PublicURL, "/")
	if opts.MaxListings <= 0 {
		opts.MaxListings = 20
	}
	if opts.Retries <= 0 {
		opts.Retries = 3
	}
	if opts.Backoff <= 0 {
		opts.Backoff = 2 * time.Second
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	key, err := opts.Store.DigestKey(ctx)
	if err != nil {
		return nil, fmt.Errorf("digest: %w", err)
	}
	m, err := newMetrics(opts.Registerer)
	if err != nil {
		return nil, err
	}
	return &Service{opts: opts, from: from, log: opts.Logger, metrics: m, key: key, running: make(chan struct{}, 1)}, nil
}

func (s *Service) now() time.Time { return s.opts.Now().UTC() }

func (s *Service) hook(point string, d *store.Digest) {
	if s.opts.Hook != nil {
		s.opts.Hook(point, d)
	}
}

// MaskEmail hides most of an address for logs and status: "j***@e***.org".
func MaskEmail(email string) string {
	local, domain, ok := strings.Cut(email, "@")
	if !ok {
		return "***"
	}
	mask := func(s string) string {
		if s == "" {
			return ""
		}
		r := []rune(s)
		return string(r[0]) + "***"
	}
	host, tld := domain, ""
	if i := strings.LastIndex(domain, "."); i > 0 {
		host, tld = domain[:i], domain[i:]
	}
	return mask(local) + "@" + mask(host) + tld
}
