package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"time"
)

// WidgetKey is a career office's widget key: who it is for, the origins
// that may use it, the search filters it locks and its lifetime. The key
// string itself ("wk_<id>.<signature>") is not stored: the signature is
// derived from the server's secret.
type WidgetKey struct {
	ID        string     `json:"id"`
	Name      string     `json:"name"`
	Origins   []string   `json:"origins"`
	Presets   url.Values `json:"presets"`
	CreatedAt time.Time  `json:"created_at"`
	ExpiresAt *time.Time `json:"expires_at"` // nil: never
	RevokedAt *time.Time `json:"revoked_at"` // nil: in use
}

// WidgetDay is one key's searches and result clicks on one UTC day.
type WidgetDay struct {
	Day      string `json:"day"` // YYYY-MM-DD, UTC
	Searches int    `json:"searches"`
	Clicks   int    `json:"clicks"`
}

// ErrExists is a create whose id is already taken.
var ErrExists = errors.New("already exists")

// CreateWidgetKey stores a new key. A taken id is ErrExists.
func (s *sqlStore) CreateWidgetKey(ctx context.Context, k *WidgetKey) error {
	origins, err := json.Marshal(k.Origins)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	if k.CreatedAt.IsZero() {
		k.CreatedAt = s.Now()
	}
	var exp sql.NullInt64
	if k.ExpiresAt != nil {
		exp = sql.NullInt64{Int64: unix(*k.ExpiresAt), Valid: true}
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM widget_keys WHERE id = ?`, k.ID).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return fmt.Errorf("widget key %s: %w", k.ID, ErrExists)
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO widget_keys (id, name, origins, presets, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)`,
			k.ID, k.Name, string(origins), k.Presets.Encode(), unix(k.CreatedAt), exp)
		return err
	})
}

const widgetCols = `id, name, origins, presets, created_at, expires_at, revoked_at`

func scanWidgetKey(sc interface{ Scan(...any) error }) (*WidgetKey, error) {
	var k WidgetKey
	var origins, presets string
	var created int64
	var exp, rev sql.NullInt64
	if err := sc.Scan(&k.ID, &k.Name, &origins, &presets, &created, &exp, &rev); err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(origins), &k.Origins); err != nil {
		return nil, fmt.Errorf("widget key %s: origins: %w", k.ID, err)
	}
	var err error
	if k.Presets, err = url.ParseQuery(presets); err != nil {
		return nil, fmt.Errorf("widget key %s: presets: %w", k.ID, err)
	}
	if k.Origins == nil {
		k.Origins = []string{}
	}
	k.CreatedAt = time.Unix(created, 0).UTC()
	k.ExpiresAt, k.RevokedAt = fromUnix(exp), fromUnix(rev)
	return &k, nil
}

// WidgetKey returns the key with id, or ErrNotFound.
func (s *sqlStore) WidgetKey(ctx context.Context, id string) (*WidgetKey, error) {
	k, err := scanWidgetKey(s.db.QueryRowContext(ctx, `SELECT `+widgetCols+` FROM widget_keys WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return k, nil
}

// WidgetKeys lists every key, oldest first, revoked ones included.
func (s *sqlStore) WidgetKeys(ctx context.Context) ([]*WidgetKey, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+widgetCols+` FROM widget_keys ORDER BY created_at, rowid`)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	defer rows.Close()
	out := []*WidgetKey{}
	for rows.Next() {
		k, err := scanWidgetKey(rows)
		if err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
		out = append(out, k)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return out, nil
}

// RevokeWidgetKey marks the key revoked at the store's now and returns
// it; revoking a revoked key keeps its first revocation time. An unknown
// id is ErrNotFound.
func (s *sqlStore) RevokeWidgetKey(ctx context.Context, id string) (*WidgetKey, error) {
	res, err := s.db.ExecContext(ctx, `UPDATE widget_keys SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?`, unix(s.Now()), id)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return nil, ErrNotFound
	}
	return s.WidgetKey(ctx, id)
}

// RecordWidgetSearch counts one search through the key on at's UTC day.
func (s *sqlStore) RecordWidgetSearch(ctx context.Context, keyID string, at time.Time) error {
	return s.recordWidget(ctx, keyID, at, 1, 0)
}

// RecordWidgetClick counts one result click through the key on at's UTC day.
func (s *sqlStore) RecordWidgetClick(ctx context.Context, keyID string, at time.Time) error {
	return s.recordWidget(ctx, keyID, at, 0, 1)
}

func (s *sqlStore) recordWidget(ctx context.Context, keyID string, at time.Time, searches, clicks int) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO widget_daily (key_id, day, searches, clicks) VALUES (?, ?, ?, ?)
		ON CONFLICT (key_id, day) DO UPDATE SET searches = widget_daily.searches + excluded.searches, clicks = widget_daily.clicks + excluded.clicks`,
		keyID, at.UTC().Format(time.DateOnly), searches, clicks)
	if err != nil {
		return fmt.Errorf("store: widget counts: %w", err)
	}
	return nil
}

// WidgetDaily returns the key's searches and clicks for every UTC day from
// from's day to to's day inclusive, days without activity as zeros, oldest
// first. At most 3,660 days are returned.
func (s *sqlStore) WidgetDaily(ctx context.Context, keyID string, from, to time.Time) ([]WidgetDay, error) {
	first := from.UTC().Truncate(24 * time.Hour)
	last := to.UTC().Truncate(24 * time.Hour)
	if last.Before(first) {
		return []WidgetDay{}, nil
	}
	if last.Sub(first) > 3660*24*time.Hour {
		first = last.Add(-3659 * 24 * time.Hour)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT day, searches, clicks FROM widget_daily WHERE key_id = ? AND day >= ? AND day <= ?`,
		keyID, first.Format(time.DateOnly), last.Format(time.DateOnly))
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	defer rows.Close()
	got := map[string]WidgetDay{}
	for rows.Next() {
		var d WidgetDay
		if err := rows.Scan(&d.Day, &d.Searches, &d.Clicks); err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
		got[d.Day] = d
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	out := []WidgetDay{}
	for d := first; !d.After(last); d = d.Add(24 * time.Hour) {
		day := d.Format(time.DateOnly)
		v, ok := got[day]
		if !ok {
			v = WidgetDay{Day: day}
		}
		out = append(out, v)
	}
	return out, nil
}
