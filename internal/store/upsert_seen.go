package store

import (
	"context"
	"database/sql"

	"github.com/gigscout/gigscout/internal/model"
)

// An UPDATE rewrites the entries of every index holding a column it sets,
// even to the value the column holds: upSeen's dedup_key, text_simhash
// and bands are in listings_fingerprint and the four band indexes, so
// moving an unchanged listing's last_seen rewrote five index entries.
// Upsert reads what upSeen would set (storedStates) and, when the row
// holds it already, moves last_seen alone (upLastSeenSQL): the row ends
// the same.

// storedStateCols are the columns storedStates reads (scanStoredState).
const storedStateCols = `id, content_hash, first_seen, closed_at, dedup_key, text_simhash, sim_b0, sim_b1, sim_b2, sim_b3, posting_hash`

// upLastSeenSQL is upSeen for a row holding its other columns already.
const upLastSeenSQL = `UPDATE listings SET last_seen = ? WHERE id = ?`

// seenCols are the columns upSeen sets besides last_seen, as stored.
type seenCols struct {
	key         string
	simhash     int64
	bands       [4]int64
	postingHash string
}

// scanStoredState scans a row of storedStateCols.
func scanStoredState(rows *sql.Rows) (string, storedState, error) {
	var id string
	var st storedState
	s := &st.seen
	err := rows.Scan(&id, &st.hash, &st.firstSeen, &st.closedAt, &s.key, &s.simhash, &s.bands[0], &s.bands[1], &s.bands[2], &s.bands[3], &s.postingHash)
	return id, st, err
}

// holds reports whether the stored columns are what upSeen writes of l.
func (s *seenCols) holds(l *model.Listing, r *upsertRow) bool {
	return s.key == r.key && s.simhash == int64(l.TextSimHash) && s.bands == r.bands && s.postingHash == l.PostingHash
}

// seen moves an unchanged listing's last_seen, with upSeen when a column
// it sets differs from the stored one.
func (u *upsertStmts) seen(ctx context.Context, old *storedState, l *model.Listing, r *upsertRow, now int64) error {
	if old.seen.holds(l, r) {
		_, err := u.tx.ExecContext(ctx, upLastSeenSQL, now, l.ID)
		return err
	}
	b := r.bands
	return u.exec(ctx, upSeen, now, r.key, int64(l.TextSimHash), b[0], b[1], b[2], b[3], l.PostingHash, l.ID)
}
