package store

import (
	"context"
	"database/sql"
)

// setAlsoAtSQL is setLinksSQL for a row whose duplicate_of stays: the
// primary of a cluster that gained or lost a member. duplicate_of leads
// listings_stats, so setting it, even to its value, rewrote the row's
// entry there (see upsert_seen.go).
const setAlsoAtSQL = `UPDATE listings SET also_at = ?, seq = ? WHERE id = ?`

// execLinks writes row r's links (dupOf, alsoAt as JSON) with seq,
// leaving duplicate_of alone when it is unchanged. It runs unprepared,
// through the connection's statement cache (conn_params.go).
func execLinks(ctx context.Context, tx *sql.Tx, r *dupRow, dupOf, alsoAt string, seq int64) error {
	if dupOf == r.dupOf {
		_, err := tx.ExecContext(ctx, setAlsoAtSQL, alsoAt, seq, r.id)
		return err
	}
	_, err := tx.ExecContext(ctx, setLinksSQL, dupOf, alsoAt, seq, r.id)
	return err
}
