package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"log/slog"

	"github.com/gigscout/gigscout/internal/model"
)

// migrationSteps are the parts of migrations that SQL cannot do, by
// version: each runs after its migration's SQL, in its transaction.
var migrationSteps = map[int]func(ctx context.Context, d *dialect, tx *sql.Tx, log *slog.Logger) error{
	18: moveTextsToBody,
}

// bodyChunk is how many rows moveTextsToBody reads at a time.
const bodyChunk = 500

// bodyProgressEvery is how many rows moveTextsToBody converts between two
// progress lines (a store of 200,000 listings takes about a minute).
const bodyProgressEvery = 20000

// moveTextsToBody is 0018's conversion of the rows stored before it: each
// row's listing is decoded from data and written again as Upsert now
// writes it (encodeData): data without the texts, the texts in body, and
// the content hash of the two. A row whose stored hash is not the old
// hash of the listing it holds (legacyContentHash; a listing whose
// strings the JSON repaired) keeps its hash: its next sighting finds it
// changed, as it could before.
func moveTextsToBody(ctx context.Context, d *dialect, tx *sql.Tx, log *slog.Logger) error {
	// Only rows without a body: the step may meet converted rows again
	// (migrations run anew by a test), whose data no longer holds texts.
	const sel = `SELECT id, data, content_hash FROM listings WHERE id > ? AND body IS NULL ORDER BY id LIMIT ?`
	const upd = `UPDATE listings SET data = ?, body = ?, content_hash = ? WHERE id = ?`
	type row struct{ id, data, hash string }
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	last, done := "", 0
	for {
		rows, err := tx.QueryContext(ctx, sel, last, bodyChunk)
		if err != nil {
			return fmt.Errorf("move texts to body: %w", err)
		}
		var chunk []row
		for rows.Next() {
			var r row
			if err := rows.Scan(&r.id, &r.data, &r.hash); err != nil {
				rows.Close()
				return fmt.Errorf("move texts to body: %w", err)
			}
			chunk = append(chunk, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("move texts to body: %w", err)
		}
		for _, r := range chunk {
			l := new(model.Listing)
			if err := json.Unmarshal([]byte(r.data), l); err != nil {
				return fmt.Errorf("move texts to body: listing %s: %w", r.id, err)
			}
			old, _, err := legacyContentHash(l)
			if err != nil {
				return fmt.Errorf("move texts to body: listing %s: %w", r.id, err)
			}
			hash, data, body, err := encodeData(l)
			if err != nil {
				return fmt.Errorf("move texts to body: listing %s: %w", r.id, err)
			}
			if old != r.hash {
				hash = r.hash
			}
			if _, err := tx.ExecContext(ctx, upd, data, body, hash, r.id); err != nil {
				return fmt.Errorf("move texts to body: listing %s: %w", r.id, err)
			}
		}
		if done/bodyProgressEvery != (done+len(chunk))/bodyProgressEvery {
			log.Info("store: migration 0018: description texts moved to the body column", "listings", done+len(chunk))
		}
		done += len(chunk)
		if len(chunk) < bodyChunk {
			return nil
		}
		last = chunk[len(chunk)-1].id
	}
}
