package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Digest statuses.
const (
	DigestPending = "pending" // written with its ledger rows; not yet accepted by the mail server
	DigestSent    = "sent"
	DigestFailed  = "failed" // the mail server refused the address
)

// Ledger kinds.
const (
	LedgerShown = "shown" // listed in the e-mail
	LedgerMore  = "more"  // counted in "and N more"
	LedgerDup   = "dup"   // another posting of a listing that was sent
)

// Digest is one digest e-mail of a subscription.
type Digest struct {
	ID             int64
	SubscriptionID int64
	MessageID      string
	Slot           time.Time // the local send time it is for
	WindowFrom     time.Time // listings first seen in [WindowFrom, WindowTo)
	WindowTo       time.Time
	Total          int // listings matched: shown and "more"
	Status         string
	Attempts       int
	Error          string
	CreatedAt      time.Time
	SentAt         *time.Time
}

// LedgerItem is one ledger row of a digest.
type LedgerItem struct {
	ListingID string
	Kind      string
	Position  int
}

// NewListingIDs returns the ids of the open listings first seen in
// [from, to), oldest first, at most limit.
func (s *sqlStore) NewListingIDs(ctx context.Context, from, to time.Time, limit int) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM listings WHERE first_seen >= ? AND first_seen < ? AND closed_at IS NULL
		ORDER BY first_seen, id LIMIT ?`, unix(from), unix(to), limit)
	if err != nil {
		return nil, fmt.Errorf("store: new listings: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("store: new listings: %w", err)
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// Sent returns which of ids are in subscription sub's ledger.
func (s *sqlStore) Sent(ctx context.Context, sub int64, ids []string) (map[string]bool, error) {
	out := map[string]bool{}
	for len(ids) > 0 {
		n := min(len(ids), 500)
		part := ids[:n]
		ids = ids[n:]
		args := []any{sub}
		for _, id := range part {
			args = append(args, id)
		}
		rows, err := s.db.QueryContext(ctx, `SELECT listing_id FROM digest_ledger WHERE subscription_id = ? AND listing_id IN (?`+
			strings.Repeat(",?", n-1)+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("store: ledger: %w", err)
		}
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, fmt.Errorf("store: ledger: %w", err)
			}
			out[id] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("store: ledger: %w", err)
		}
	}
	return out, nil
}

// CreateDigest writes d as pending with its ledger rows in one
// transaction, and sets d.ID. A listing already in the subscription's
// ledger as shown or more is an error (nothing is written); a dup row that
// is there already is skipped. A subscription has at most one pending
// digest.
func (s *sqlStore) CreateDigest(ctx context.Context, d *Digest, items []LedgerItem) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM digests WHERE subscription_id = ? AND status = 'pending'`, d.SubscriptionID).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return fmt.Errorf("subscription %d has a pending digest", d.SubscriptionID)
		}
		d.Status, d.CreatedAt = DigestPending, s.Now().UTC().Truncate(time.Second)
		err := tx.QueryRowContext(ctx, `INSERT INTO digests (subscription_id, message_id, slot, window_from, window_to, total, status, created_at)
			VALUES (?, ?, ?, ?, ?, ?, 'pending', ?) RETURNING id`, d.SubscriptionID, d.MessageID, unix(d.Slot), unix(d.WindowFrom), unix(d.WindowTo),
			d.Total, unix(d.CreatedAt)).Scan(&d.ID)
		if err != nil {
			return err
		}
		for _, it := range items {
			q := `INSERT INTO digest_ledger (subscription_id, listing_id, digest_id, kind, position) VALUES (?, ?, ?, ?, ?)`
			if it.Kind == LedgerDup {
				q += ` ON CONFLICT DO NOTHING` // SQLite's INSERT OR IGNORE, in both dialects
			}
			if _, err := tx.ExecContext(ctx, q, d.SubscriptionID, it.ListingID, d.ID, it.Kind, it.Position); err != nil {
				return fmt.Errorf("ledger %s: %w", it.ListingID, err)
			}
		}
		return nil
	})
}

const digestCols = `id, subscription_id, message_id, slot, window_from, window_to, total, status, attempts, error, created_at, sent_at`

func scanDigest(sc interface{ Scan(...any) error }) (*Digest, error) {
	var d Digest
	var slot, from, to, created int64
	var sent sql.NullInt64
	if err := sc.Scan(&d.ID, &d.SubscriptionID, &d.MessageID, &slot, &from, &to, &d.Total, &d.Status, &d.Attempts, &d.Error, &created, &sent); err != nil {
		return nil, err
	}
	d.Slot, d.WindowFrom, d.WindowTo = time.Unix(slot, 0).UTC(), time.Unix(from, 0).UTC(), time.Unix(to, 0).UTC()
	d.CreatedAt, d.SentAt = time.Unix(created, 0).UTC(), fromUnix(sent)
	return &d, nil
}

// PendingDigest returns subscription sub's pending digest with its ledger
// rows in order, or nil when there is none.
func (s *sqlStore) PendingDigest(ctx context.Context, sub int64) (*Digest, []LedgerItem, error) {
	d, err := scanDigest(s.db.QueryRowContext(ctx, `SELECT `+digestCols+` FROM digests WHERE subscription_id = ? AND status = 'pending'`, sub))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("store: pending digest: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT listing_id, kind, position FROM digest_ledger WHERE digest_id = ? ORDER BY kind = 'dup', position, listing_id`, d.ID)
	if err != nil {
		return nil, nil, fmt.Errorf("store: pending digest: %w", err)
	}
	defer rows.Close()
	var items []LedgerItem
	for rows.Next() {
		var it LedgerItem
		if err := rows.Scan(&it.ListingID, &it.Kind, &it.Position); err != nil {
			return nil, nil, fmt.Errorf("store: pending digest: %w", err)
		}
		items = append(items, it)
	}
	return d, items, rows.Err()
}

// Digests returns subscription sub's digests, newest first, at most limit.
func (s *sqlStore) Digests(ctx context.Context, sub int64, limit int) ([]*Digest, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+digestCols+` FROM digests WHERE subscription_id = ? ORDER BY id DESC LIMIT ?`, sub, limit)
	if err != nil {
		return nil, fmt.Errorf("store: digests: %w", err)
	}
	defer rows.Close()
	var out []*Digest
	for rows.Next() {
		d, err := scanDigest(rows)
		if err != nil {
			return nil, fmt.Errorf("store: digests: %w", err)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// MarkDigestSent marks digest id sent and moves its subscription on: its
// last slot, the end of the window it covered and when it was last sent.
func (s *sqlStore) MarkDigestSent(ctx context.Context, id int64) error {
	now := unix(s.Now())
	return s.tx(ctx, func(tx *sql.Tx) error {
		d, err := scanDigest(tx.QueryRowContext(ctx, `SELECT `+digestCols+` FROM digests WHERE id = ?`, id))
		if err != nil {
			return fmt.Errorf("digest %d: %w", id, err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE digests SET status = 'sent', sent_at = ?, attempts = attempts + 1, error = '' WHERE id = ?`, now, id); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE subscriptions SET last_slot = ?, covered_until = ?, last_sent_at = ?, failures = 0, last_error = '' WHERE id = ?`,
			unix(d.Slot), unix(d.WindowTo), now, d.SubscriptionID)
		return err
	})
}

// NoteDigestAttempt records a failed, temporary attempt to send digest id.
func (s *sqlStore) NoteDigestAttempt(ctx context.Context, id int64, reason string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE digests SET attempts = attempts + 1, error = ? WHERE id = ?`, reason, id)
	if err != nil {
		return fmt.Errorf("store: digest attempt: %w", err)
	}
	return nil
}

// FailDigest marks digest id failed (the mail server refused the address
// permanently): its ledger rows are removed, since nothing was delivered,
// and every subscription of the address is marked failed.
func (s *sqlStore) FailDigest(ctx context.Context, id int64, reason string) error {
	now := unix(s.Now())
	return s.tx(ctx, func(tx *sql.Tx) error {
		var sub int64
		var email string
		if err := tx.QueryRowContext(ctx, `SELECT d.subscription_id, s.email FROM digests d JOIN subscriptions s ON s.id = d.subscription_id WHERE d.id = ?`, id).
			Scan(&sub, &email); err != nil {
			return fmt.Errorf("digest %d: %w", id, err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE digests SET status = 'failed', attempts = attempts + 1, error = ? WHERE id = ?`, reason, id); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM digest_ledger WHERE digest_id = ?`, id); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `UPDATE subscriptions SET status = 'failed', failures = failures + 1, last_error = ?, updated_at = ?
			WHERE email = ? AND status IN ('pending', 'active')`, reason, now, email)
		return err
	})
}

// SkipDigest records that the digest of slot had nothing to send: the
// subscription moves on as if it had been sent.
func (s *sqlStore) SkipDigest(ctx context.Context, sub int64, slot, coveredUntil time.Time) error {
	return s.execSub(ctx, "skip digest", `UPDATE subscriptions SET last_slot = ?, covered_until = ? WHERE id = ?`, unix(slot), unix(coveredUntil), sub)
}
