package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"time"
)

// Subscription statuses.
const (
	SubPending      = "pending"      // waiting for the address to confirm
	SubActive       = "active"       // confirmed: digests are sent
	SubUnsubscribed = "unsubscribed" // the address unsubscribed
	SubFailed       = "failed"       // the mail server refused the address (5xx)
)

// Digest frequencies.
const (
	Daily  = "daily"
	Weekly = "weekly"
)

// Subscription is one address's saved search.
type Subscription struct {
	ID            int64      `json:"id"`
	Email         string     `json:"email"`
	Query         string     `json:"query"` // the search API's parameters, URL-encoded
	Frequency     string     `json:"frequency"`
	Hour          int        `json:"hour"`
	Timezone      string     `json:"timezone"`
	Status        string     `json:"status"`
	Paused        bool       `json:"paused"`
	TokenKey      []byte     `json:"-"`
	CreatedAt     time.Time  `json:"created_at"`
	UpdatedAt     time.Time  `json:"updated_at"`
	ConfirmSentAt *time.Time `json:"confirm_sent_at,omitempty"`
	ConfirmedAt   *time.Time `json:"confirmed_at,omitempty"`
	LastSlot      *time.Time `json:"last_slot,omitempty"`
	CoveredUntil  *time.Time `json:"covered_until,omitempty"`
	LastSentAt    *time.Time `json:"last_sent_at,omitempty"`
	Failures      int        `json:"failures"`
	LastError     string     `json:"last_error,omitempty"`
}

// Prefs are the settings a subscriber may change.
type Prefs struct {
	Frequency string
	Hour      int
	Timezone  string
}

// FieldError is a bad subscription value, naming its field.
type FieldError struct {
	Field   string
	Message string
}

func (e *FieldError) Error() string { return e.Message }

// Validate checks the frequency, hour and time zone (a name in Go's tz
// database such as America/Chicago).
func (p Prefs) Validate() error {
	if p.Frequency != Daily && p.Frequency != Weekly {
		return &FieldError{"frequency", fmt.Sprintf("frequency must be daily or weekly, got %q", p.Frequency)}
	}
	if p.Hour < 0 || p.Hour > 23 {
		return &FieldError{"hour", fmt.Sprintf("hour must be between 0 and 23, got %d", p.Hour)}
	}
	if p.Timezone == "" || p.Timezone == "Local" || strings.ContainsAny(p.Timezone, " \\") {
		return &FieldError{"timezone", fmt.Sprintf("timezone must be a zone name such as America/Chicago, got %q", p.Timezone)}
	}
	if _, err := time.LoadLocation(p.Timezone); err != nil {
		return &FieldError{"timezone", fmt.Sprintf("timezone must be a zone name such as America/Chicago, got %q", p.Timezone)}
	}
	return nil
}

// NormalizeEmail checks a bare address (no display name) and returns it
// with the domain lowercased.
func NormalizeEmail(s string) (string, error) {
	s = strings.TrimSpace(s)
	bad := &FieldError{"email", fmt.Sprintf("email must be an address like name@example.org, got %q", s)}
	if s == "" || len(s) > 254 || strings.ContainsAny(s, "<>\r\n ") {
		return "", bad
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Name != "" || a.Address != s {
		return "", bad
	}
	local, domain, ok := strings.Cut(a.Address, "@")
	if !ok || local == "" || !strings.Contains(domain, ".") || strings.HasPrefix(domain, ".") || strings.HasSuffix(domain, ".") {
		return "", bad
	}
	return local + "@" + strings.ToLower(domain), nil
}

const subCols = `id, email, query, frequency, hour, timezone, status, paused, token_key, created_at, updated_at,
	confirm_sent_at, confirmed_at, last_slot, covered_until, last_sent_at, failures, last_error`

func scanSub(sc interface{ Scan(...any) error }) (*Subscription, error) {
	var s Subscription
	var created, updated int64
	var confirmSent, confirmed, slot, covered, sent sql.NullInt64
	if err := sc.Scan(&s.ID, &s.Email, &s.Query, &s.Frequency, &s.Hour, &s.Timezone, &s.Status, &s.Paused, &s.TokenKey,
		&created, &updated, &confirmSent, &confirmed, &slot, &covered, &sent, &s.Failures, &s.LastError); err != nil {
		return nil, err
	}
	s.CreatedAt, s.UpdatedAt = time.Unix(created, 0).UTC(), time.Unix(updated, 0).UTC()
	s.ConfirmSentAt, s.ConfirmedAt, s.LastSlot, s.CoveredUntil, s.LastSentAt =
		fromUnix(confirmSent), fromUnix(confirmed), fromUnix(slot), fromUnix(covered), fromUnix(sent)
	return &s, nil
}

func newTokenKey() ([]byte, error) {
	k := make([]byte, 16)
	_, err := rand.Read(k)
	return k, err
}

// SaveSubscription records a subscribe request for (email, query). A new
// pair, or one pending, unsubscribed or failed, becomes pending with the
// given prefs and a new token key (old links stop working). An active
// subscription is left as it is. It returns the subscription and whether
// it was active already.
func (s *sqlStore) SaveSubscription(ctx context.Context, email, query string, p Prefs) (*Subscription, bool, error) {
	now := unix(s.Now())
	key, err := newTokenKey()
	if err != nil {
		return nil, false, fmt.Errorf("store: token key: %w", err)
	}
	var sub *Subscription
	active := false
	err = s.tx(ctx, func(tx *sql.Tx) error {
		old, err := scanSub(tx.QueryRowContext(ctx, `SELECT `+subCols+` FROM subscriptions WHERE email = ? AND query = ?`, email, query))
		switch {
		case errors.Is(err, sql.ErrNoRows):
			_, err = tx.ExecContext(ctx, `INSERT INTO subscriptions (email, query, frequency, hour, timezone, token_key, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, email, query, p.Frequency, p.Hour, p.Timezone, key, now, now)
		case err != nil:
			return err
		case old.Status == SubActive:
			active = true
		default:
			_, err = tx.ExecContext(ctx, `UPDATE subscriptions SET frequency = ?, hour = ?, timezone = ?, status = 'pending', paused = 0,
				token_key = ?, updated_at = ?, confirm_sent_at = NULL, confirmed_at = NULL, failures = 0, last_error = '' WHERE id = ?`,
				p.Frequency, p.Hour, p.Timezone, key, now, old.ID)
		}
		if err != nil {
			return err
		}
		sub, err = scanSub(tx.QueryRowContext(ctx, `SELECT `+subCols+` FROM subscriptions WHERE email = ? AND query = ?`, email, query))
		return err
	})
	if err != nil {
		return nil, false, fmt.Errorf("save subscription: %w", err)
	}
	return sub, active, nil
}

// Subscription returns subscription id, or ErrNotFound.
func (s *sqlStore) Subscription(ctx context.Context, id int64) (*Subscription, error) {
	sub, err := scanSub(s.db.QueryRowContext(ctx, `SELECT `+subCols+` FROM subscriptions WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("store: subscription %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: subscription %d: %w", id, err)
	}
	return sub, nil
}

// Subscriptions lists every subscription, oldest first.
func (s *sqlStore) Subscriptions(ctx context.Context) ([]*Subscription, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+subCols+` FROM subscriptions ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("store: subscriptions: %w", err)
	}
	defer rows.Close()
	var out []*Subscription
	for rows.Next() {
		sub, err := scanSub(rows)
		if err != nil {
			return nil, fmt.Errorf("store: subscriptions: %w", err)
		}
		out = append(out, sub)
	}
	return out, rows.Err()
}

func (s *sqlStore) execSub(ctx context.Context, what, q string, args ...any) error {
	res, err := s.db.ExecContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("store: %s: %w", what, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("store: %s: %w", what, ErrNotFound)
	}
	return nil
}

// MarkConfirmSent records that the confirmation e-mail went out.
func (s *sqlStore) MarkConfirmSent(ctx context.Context, id int64) error {
	return s.execSub(ctx, "confirm sent", `UPDATE subscriptions SET confirm_sent_at = ? WHERE id = ?`, unix(s.Now()), id)
}

// ConfirmSubscription makes a pending subscription active (an active one
// stays as it is).
func (s *sqlStore) ConfirmSubscription(ctx context.Context, id int64) error {
	now := unix(s.Now())
	return s.execSub(ctx, "confirm", `UPDATE subscriptions SET status = 'active', confirmed_at = ?, updated_at = ?, failures = 0, last_error = ''
		WHERE id = ? AND status IN ('pending', 'active')`, now, now, id)
}

// UpdateSubscription sets the prefs and the pause of subscription id.
func (s *sqlStore) UpdateSubscription(ctx context.Context, id int64, p Prefs, paused bool) error {
	return s.execSub(ctx, "update subscription", `UPDATE subscriptions SET frequency = ?, hour = ?, timezone = ?, paused = ?, updated_at = ? WHERE id = ?`,
		p.Frequency, p.Hour, p.Timezone, boolInt(paused), unix(s.Now()), id)
}

// Unsubscribe stops subscription id's digests at once.
func (s *sqlStore) Unsubscribe(ctx context.Context, id int64) error {
	return s.execSub(ctx, "unsubscribe", `UPDATE subscriptions SET status = 'unsubscribed', updated_at = ? WHERE id = ?`, unix(s.Now()), id)
}

// DeleteSubscription removes subscription id with its digests and ledger.
func (s *sqlStore) DeleteSubscription(ctx context.Context, id int64) error {
	return s.execSub(ctx, "delete subscription", `DELETE FROM subscriptions WHERE id = ?`, id)
}

// FailAddress marks every subscription of email failed: the mail server
// refused the address permanently.
func (s *sqlStore) FailAddress(ctx context.Context, email, reason string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE subscriptions SET status = 'failed', failures = failures + 1, last_error = ?, updated_at = ?
		WHERE email = ? AND status IN ('pending', 'active')`, reason, unix(s.Now()), email)
	if err != nil {
		return fmt.Errorf("store: fail address: %w", err)
	}
	return nil
}

// NoteFailure records a failed attempt (a temporary error) on subscription id.
func (s *sqlStore) NoteFailure(ctx context.Context, id int64, reason string) error {
	return s.execSub(ctx, "note failure", `UPDATE subscriptions SET failures = failures + 1, last_error = ? WHERE id = ?`, reason, id)
}

// DigestKey returns the key that signs subscription links, creating it on
// first use.
func (s *sqlStore) DigestKey(ctx context.Context) ([]byte, error) {
	var key []byte
	err := s.tx(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `SELECT key FROM digest_keys WHERE id = 1`).Scan(&key)
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		key = make([]byte, 32)
		if _, err := rand.Read(key); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO digest_keys (id, key) VALUES (1, ?)`, key)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("digest key: %w", err)
	}
	return key, nil
}

// boolInt is b as the 0 or 1 an INTEGER flag column holds.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
