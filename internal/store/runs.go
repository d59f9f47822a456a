package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Run is one recorded crawl run.
type Run struct {
	ID         int64     `json:"id"`
	Source     string    `json:"source"`
	Kind       string    `json:"kind"`
	Status     string    `json:"status"`
	StartedAt  time.Time `json:"started_at"`
	FinishedAt time.Time `json:"finished_at"`
	Fetched    int       `json:"fetched"`
	New        int       `json:"new"`
	Updated    int       `json:"updated"`
	Unchanged  int       `json:"unchanged"`
	Closed     int       `json:"closed"`
	Flagged    int       `json:"flagged"`
	Errors     int       `json:"errors"`
	Error      string    `json:"error,omitempty"`
}

// Succeeded reports whether the run completed (ok or not modified).
func (r *Run) Succeeded() bool { return r.Status == "ok" || r.Status == "not_modified" }

// RecordRun stores a finished run and returns its id.
func (s *sqlStore) RecordRun(ctx context.Context, r *Run) (int64, error) {
	var id int64
	err := s.db.QueryRowContext(ctx, `INSERT INTO runs (source, kind, status, started_at, finished_at, fetched, new, updated, unchanged, closed, flagged, errors, error)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		r.Source, r.Kind, r.Status, r.StartedAt.UnixMilli(), r.FinishedAt.UnixMilli(), r.Fetched, r.New, r.Updated, r.Unchanged, r.Closed, r.Flagged, r.Errors, r.Error).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("store: record run of %s: %w", r.Source, err)
	}
	return id, nil
}

// SourceStat is the health of one source.
type SourceStat struct {
	Source      string `json:"source"`
	LastRun     *Run   `json:"last_run"`
	LastSuccess *Run   `json:"last_success"`
	Listings    int    `json:"listings"` // open listings
	Yield       int    `json:"yield"`    // postings the last successful run fetched
	LastError   string `json:"last_error,omitempty"`
	Runs        int    `json:"runs"`
	FailedRuns  int    `json:"failed_runs"`
}

const runCols = `id, source, kind, status, started_at, finished_at, fetched, new, updated, unchanged, closed, flagged, errors, error`

func scanRun(sc interface{ Scan(...any) error }) (*Run, error) {
	var r Run
	var started, finished int64
	err := sc.Scan(&r.ID, &r.Source, &r.Kind, &r.Status, &started, &finished, &r.Fetched, &r.New, &r.Updated, &r.Unchanged, &r.Closed, &r.Flagged, &r.Errors, &r.Error)
	if err != nil {
		return nil, err
	}
	r.StartedAt, r.FinishedAt = time.UnixMilli(started).UTC(), time.UnixMilli(finished).UTC()
	return &r, nil
}

// SourceStat returns the health of source.
func (s *sqlStore) SourceStat(ctx context.Context, source string) (*SourceStat, error) {
	st := &SourceStat{Source: source}
	last, err := scanRun(s.db.QueryRowContext(ctx, `SELECT `+runCols+` FROM runs WHERE source = ? ORDER BY started_at DESC, id DESC LIMIT 1`, source))
	if err == nil {
		st.LastRun, st.LastError = last, last.Error
	} else if err != sql.ErrNoRows {
		return nil, fmt.Errorf("store: stats of %s: %w", source, err)
	}
	ok, err := scanRun(s.db.QueryRowContext(ctx, `SELECT `+runCols+` FROM runs WHERE source = ? AND status IN ('ok', 'not_modified') ORDER BY started_at DESC, id DESC LIMIT 1`, source))
	if err == nil {
		st.LastSuccess, st.Yield = ok, ok.Fetched
	} else if err != sql.ErrNoRows {
		return nil, fmt.Errorf("store: stats of %s: %w", source, err)
	}
	err = s.db.QueryRowContext(ctx, `SELECT
			(SELECT COUNT(*) FROM listings WHERE source = ? AND closed_at IS NULL),
			(SELECT COUNT(*) FROM runs WHERE source = ?),
			(SELECT COUNT(*) FROM runs WHERE source = ? AND status IN ('failed', 'partial'))`, source, source, source).
		Scan(&st.Listings, &st.Runs, &st.FailedRuns)
	if err != nil {
		return nil, fmt.Errorf("store: stats of %s: %w", source, err)
	}
	return st, nil
}

// Validators implements crawler.Validators.
func (s *sqlStore) Validators(ctx context.Context, url string) (etag, lastModified string, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT etag, last_modified FROM http_validators WHERE url = ?`, url).Scan(&etag, &lastModified)
	if err == sql.ErrNoRows {
		return "", "", nil
	}
	if err != nil {
		return "", "", fmt.Errorf("store: validators of %s: %w", url, err)
	}
	return etag, lastModified, nil
}

// SetValidators implements crawler.Validators.
func (s *sqlStore) SetValidators(ctx context.Context, url, etag, lastModified string) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO http_validators (url, etag, last_modified, updated_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, updated_at = excluded.updated_at`,
		url, etag, lastModified, s.Now().Unix())
	if err != nil {
		return fmt.Errorf("store: set validators of %s: %w", url, err)
	}
	return nil
}
