package store

import (
	"context"
	"database/sql"
	"fmt"
)

// maxRunNotes bounds the notes kept for one run.
const maxRunNotes = 100

// RecordRunNotes keeps the notes of the run id (at most 100).
func (s *sqlStore) RecordRunNotes(ctx context.Context, id int64, notes []string) error {
	if len(notes) == 0 {
		return nil
	}
	notes = notes[:min(len(notes), maxRunNotes)]
	return s.tx(ctx, func(tx *sql.Tx) error {
		for _, n := range notes {
			if _, err := tx.ExecContext(ctx, `INSERT INTO run_notes (run_id, note) VALUES (?, ?)`, id, n); err != nil {
				return fmt.Errorf("run %d notes: %w", id, err)
			}
		}
		return nil
	})
}

// RunNotes returns the notes of the run id, in the order recorded.
func (s *sqlStore) RunNotes(ctx context.Context, id int64) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT note FROM run_notes WHERE run_id = ? ORDER BY rowid`, id)
	if err != nil {
		return nil, fmt.Errorf("store: run %d notes: %w", id, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, fmt.Errorf("store: run %d notes: %w", id, err)
		}
		out = append(out, n)
	}
	return out, rows.Err()
}
