// Package crawler owns fetching: the Source and Sink interfaces every
// adapter and the ingest pipeline meet at, the shared polite HTTP client
// built on Colly, and running one source.
package crawler

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Source is one configured source of postings. Adapters live in
// crawler/<kind> and declare `var _ crawler.Source = (*Source)(nil)`.
type Source interface {
	// Name is the configured, unique source name.
	Name() string
	// Kind is the adapter kind ("greenhouse", "lever", ...).
	Kind() string
	// Crawl fetches the source's current postings through f and passes each
	// to emit. It returns nil only when it saw every current posting (a
	// complete run); an error from emit must be returned as is. Crawl must
	// honor ctx and must not emit the same ExternalID twice.
	Crawl(ctx context.Context, f Fetcher, emit func(model.Posting) error) error
}

// Sink receives the postings of a run, in batches, and records the run.
// internal/ingest implements it.
type Sink interface {
	// Put stores one batch of postings from run and adds what changed to run.Counts.
	Put(ctx context.Context, run *Run, batch []model.Posting) error
	// Finish records the run; for a complete run (Status ok) it closes the
	// source's listings that the run did not see and adds them to run.Counts.Closed.
	// ctx is the run's own (Runner.Run adds no deadline): Finish records
	// the run even when ctx has ended, under a deadline of its own.
	Finish(ctx context.Context, run *Run) error
}

// Status is how a run ended.
type Status string

// Run statuses.
const (
	StatusRunning     Status = "running"
	StatusOK          Status = "ok"           // complete: every current posting seen
	StatusNotModified Status = "not_modified" // the source answered 304: nothing changed
	StatusPartial     Status = "partial"      // some postings stored, then an error or a cancel
	StatusFailed      Status = "failed"       // nothing usable fetched
)

// Complete reports whether the run saw the whole source.
func (s Status) Complete() bool { return s == StatusOK }

// Counts summarize a run.
type Counts struct {
	Fetched   int `json:"fetched"`
	New       int `json:"new"`
	Updated   int `json:"updated"`
	Unchanged int `json:"unchanged"`
	Closed    int `json:"closed"`
	Flagged   int `json:"flagged"`
	Errors    int `json:"errors"`
}

// Run is one run of one source.
type Run struct {
	ID         int64         `json:"id,omitempty"`
	Source     string        `json:"source"`
	Kind       string        `json:"kind"`
	Status     Status        `json:"status"`
	StartedAt  time.Time     `json:"started_at"`
	FinishedAt time.Time     `json:"finished_at"`
	Duration   time.Duration `json:"-"`
	Counts
	// Errors holds the messages of what went wrong, the run's error first.
	ErrorTexts []string `json:"error_texts,omitempty"`
	// Notes say what the run changed in its postings to keep them safe and
	// bounded (a field cut to its cap, a javascript: link dropped).
	Notes []string `json:"notes,omitempty"`
	// Seen holds the external ids the run emitted.
	Seen map[string]struct{} `json:"-"`
}

// Err returns the run's first error, or nil.
func (r *Run) Err() error {
	if len(r.ErrorTexts) == 0 {
		return nil
	}
	return errors.New(r.ErrorTexts[0])
}

// Sentinel errors. Adapters wrap them; callers test with errors.Is.
var (
	// ErrNotModified is returned by Fetcher.Get for a conditional request answered 304.
	ErrNotModified = errors.New("not modified")
	// ErrPrivateAddress is returned when a fetch targets a private or loopback
	// address and private targets are not allowed.
	ErrPrivateAddress = errors.New("refusing private or loopback address")
	// ErrBodyTooLarge is returned when a response body exceeds the configured cap.
	ErrBodyTooLarge = errors.New("response body too large")
	// ErrRobots is returned when robots.txt disallows the URL.
	ErrRobots = errors.New("disallowed by robots.txt")
	// ErrTruncated is returned by a source that stopped at its page cap
	// before the end: the run is partial, so nothing is closed.
	ErrTruncated = errors.New("stopped at the page cap before the end")
	// ErrTooManyRedirects is returned past the redirect cap.
	ErrTooManyRedirects = errors.New("too many redirects")
)

// JoinURL joins a base (scheme, host and optional path prefix) and a path.
// An empty base is replaced by def.
func JoinURL(base, def, path string) string {
	if strings.TrimSpace(base) == "" {
		base = def
	}
	return strings.TrimRight(base, "/") + "/" + strings.TrimLeft(path, "/")
}
