package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"strings"
)

// Copying a store to another backend (`gigscout migrate-store`). Every
// table is copied in key order, in batches, each batch one transaction of
// upserts on the target: re-running a copy that was interrupted (or whose
// source moved on) redoes at most a batch and never duplicates a row. The
// copy ends by comparing every table's row count.

// CopyOptions tune Copy.
type CopyOptions struct {
	BatchSize int // rows per transaction; 0: 1,000
	Logger    *slog.Logger
	// AfterBatch, when set, is called after each batch is committed
	// (tests interrupt a copy with it).
	AfterBatch func(table string, rows int)
}

// TableCount is one table's rows in the source and the target.
type TableCount struct {
	Table          string
	Source, Target int64
}

// CountMismatchError is a copy whose tables' row counts differ.
type CountMismatchError struct{ Tables []TableCount }

func (e *CountMismatchError) Error() string {
	var parts []string
	for _, t := range e.Tables {
		parts = append(parts, fmt.Sprintf("%s (source %d rows, target %d)", t.Table, t.Source, t.Target))
	}
	return "store: copy: row counts differ: " + strings.Join(parts, ", ")
}

// copyTable is how one table is copied.
type copyTable struct {
	name string
	cols []string // copied columns; the first ones up to nkey are the key
	nkey int
	// order is the source's order and keyset (default: the key columns).
	order []string
	// update: on a key conflict, set every other column (else keep the row).
	update bool
}

// copyTables are the tables in an order that satisfies foreign keys.
// schema_migrations is the target's own; seq is set after the listings;
// run_notes are copied run by run (copyRunNotes).
var copyTables = []copyTable{
	{name: "listings", nkey: 1, update: true, cols: []string{"id", "source", "external_id", "fingerprint", "content_hash", "risk", "data",
		"first_seen", "last_seen", "closed_at", "seq", "duplicate_of", "also_at", "dedup_key", "text_simhash",
		"sim_b0", "sim_b1", "sim_b2", "sim_b3", "corpus_flags", "corpus_risk", "company", "own_flags", "posting_hash",
		"job_type", "paid", "hourly_usd", "skills", "body"}},
	{name: "runs", nkey: 1, update: true, cols: []string{"id", "source", "kind", "status", "started_at", "finished_at",
		"fetched", "new", "updated", "unchanged", "closed", "flagged", "errors", "error"}},
	{name: "http_validators", nkey: 1, update: true, cols: []string{"url", "etag", "last_modified", "updated_at"}},
	// Keys keep their listing order (created_at, then insertion).
	{name: "widget_keys", nkey: 1, update: true, order: []string{"rowid"},
		cols: []string{"id", "name", "origins", "presets", "created_at", "expires_at", "revoked_at"}},
	{name: "widget_daily", nkey: 2, update: true, cols: []string{"key_id", "day", "searches", "clicks"}},
	{name: "subscriptions", nkey: 1, update: true, cols: []string{"id", "email", "query", "frequency", "hour", "timezone", "status",
		"paused", "token_key", "created_at", "updated_at", "confirm_sent_at", "confirmed_at", "last_slot", "covered_until",
		"last_sent_at", "failures", "last_error"}},
	{name: "digests", nkey: 1, update: true, cols: []string{"id", "subscription_id", "message_id", "slot", "window_from", "window_to",
		"total", "status", "attempts", "error", "created_at", "sent_at"}},
	{name: "digest_ledger", nkey: 2, update: true, cols: []string{"subscription_id", "listing_id", "digest_id", "kind", "position"}},
	{name: "digest_keys", nkey: 1, update: false, cols: []string{"id", "key"}},
}

// CopyTables are the tables Copy copies and counts, in its order.
func CopyTables() []string {
	out := []string{}
	for _, t := range copyTables {
		out = append(out, t.name)
	}
	return append(out, "run_notes", "seq")
}

// Copy copies every row of from into to (normally an empty store of the
// other backend), then checks each table's row count; a difference is a
// *CountMismatchError naming the tables. It returns the counts.
func Copy(ctx context.Context, from, to Store, opts CopyOptions) ([]TableCount, error) {
	src, ok1 := from.(*sqlStore)
	dst, ok2 := to.(*sqlStore)
	if !ok1 || !ok2 {
		return nil, errors.New("store: copy: both stores must come from store.Open")
	}
	if opts.BatchSize <= 0 {
		opts.BatchSize = 1000
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	for _, t := range copyTables {
		if err := copyOne(ctx, src, dst, t, opts); err != nil {
			return nil, fmt.Errorf("store: copy %s: %w", t.name, err)
		}
	}
	if err := copyRunNotes(ctx, src, dst, opts); err != nil {
		return nil, fmt.Errorf("store: copy run_notes: %w", err)
	}
	// The change counter: never behind the source (nor the target's own).
	seq, err := src.MaxSeq(ctx)
	if err != nil {
		return nil, err
	}
	if err := dst.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE seq SET value = ? WHERE id = 1 AND value < ?`, seq, seq)
		return err
	}); err != nil {
		return nil, fmt.Errorf("store: copy seq: %w", err)
	}
	if dst.d.name == Postgres { // identities continue after the copied ids
		for _, t := range []string{"runs", "subscriptions", "digests"} {
			if _, err := dst.db.ExecContext(ctx, `SELECT setval(pg_get_serial_sequence('`+t+`', 'id'), COALESCE((SELECT MAX(id) FROM `+t+`), 0) + 1, false)`); err != nil {
				return nil, fmt.Errorf("store: copy: %s id sequence: %w", t, err)
			}
		}
	}
	counts, err := CompareCounts(ctx, from, to)
	if err != nil {
		return counts, err
	}
	opts.Logger.Info("store copy verified", "tables", len(counts))
	return counts, nil
}

// CompareCounts counts every copied table's rows in both stores; a
// difference is a *CountMismatchError.
func CompareCounts(ctx context.Context, from, to Store) ([]TableCount, error) {
	src, ok1 := from.(*sqlStore)
	dst, ok2 := to.(*sqlStore)
	if !ok1 || !ok2 {
		return nil, errors.New("store: counts: both stores must come from store.Open")
	}
	var counts, bad []TableCount
	for _, name := range CopyTables() {
		c := TableCount{Table: name}
		q := `SELECT COUNT(*) FROM ` + name
		if name == "seq" {
			q = `SELECT value FROM seq WHERE id = 1`
		}
		if err := src.db.QueryRowContext(ctx, q).Scan(&c.Source); err != nil {
			return nil, fmt.Errorf("store: count %s: %w", name, err)
		}
		if err := dst.db.QueryRowContext(ctx, q).Scan(&c.Target); err != nil {
			return nil, fmt.Errorf("store: count %s: %w", name, err)
		}
		counts = append(counts, c)
		if c.Source != c.Target {
			bad = append(bad, c)
		}
	}
	if len(bad) > 0 {
		return counts, &CountMismatchError{bad}
	}
	return counts, nil
}

func copyOne(ctx context.Context, src, dst *sqlStore, t copyTable, opts CopyOptions) error {
	order := t.order
	if len(order) == 0 {
		order = t.cols[:t.nkey]
	}
	cols := strings.Join(t.cols, ", ")
	sel := append(append([]string{}, t.cols...), order...)
	ph := "?" + strings.Repeat(", ?", len(t.cols)-1)
	ins := `INSERT INTO ` + t.name + ` (` + cols + `) VALUES (` + ph + `) ON CONFLICT (` + strings.Join(t.cols[:t.nkey], ", ") + `) DO `
	if t.update {
		var set []string
		for _, c := range t.cols[t.nkey:] {
			set = append(set, c+" = excluded."+c)
		}
		ins += `UPDATE SET ` + strings.Join(set, ", ")
	} else {
		ins += `NOTHING`
	}
	var last []any // the keyset position
	copied := 0
	for {
		q := `SELECT ` + strings.Join(sel, ", ") + ` FROM ` + t.name
		if last != nil {
			q += ` WHERE (` + strings.Join(order, ", ") + `) > (?` + strings.Repeat(", ?", len(order)-1) + `)`
		}
		q += ` ORDER BY ` + strings.Join(order, ", ") + ` LIMIT ?`
		rows, err := src.db.QueryContext(ctx, q, append(append([]any{}, last...), opts.BatchSize)...)
		if err != nil {
			return err
		}
		var batch [][]any
		for rows.Next() {
			vals := make([]any, len(sel))
			ptrs := make([]any, len(sel))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				rows.Close()
				return err
			}
			batch = append(batch, vals)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(batch) == 0 {
			break
		}
		err = dst.tx(ctx, func(tx *sql.Tx) error {
			for _, vals := range batch {
				if _, err := tx.ExecContext(ctx, ins, vals[:len(t.cols)]...); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		copied += len(batch)
		last = batch[len(batch)-1][len(t.cols):]
		opts.Logger.Info("store copy", "table", t.name, "rows", copied)
		if opts.AfterBatch != nil {
			opts.AfterBatch(t.name, copied)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if len(batch) < opts.BatchSize {
			break
		}
	}
	return nil
}

// copyRunNotes copies the notes run by run, replacing the target's notes
// of each run (the table has no key): idempotent, in the source's order.
func copyRunNotes(ctx context.Context, src, dst *sqlStore, opts CopyOptions) error {
	var last int64 = -1 << 62
	copied := 0
	for {
		rows, err := src.db.QueryContext(ctx, `SELECT DISTINCT run_id FROM run_notes WHERE run_id > ? ORDER BY run_id LIMIT ?`, last, max(opts.BatchSize/10, 1))
		if err != nil {
			return err
		}
		var runs []int64
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return err
			}
			runs = append(runs, id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(runs) == 0 {
			return nil
		}
		n := 0
		err = dst.tx(ctx, func(tx *sql.Tx) error {
			n = 0
			for _, id := range runs {
				notes, err := src.RunNotes(ctx, id)
				if err != nil {
					return err
				}
				if _, err := tx.ExecContext(ctx, `DELETE FROM run_notes WHERE run_id = ?`, id); err != nil {
					return err
				}
				for _, note := range notes {
					if _, err := tx.ExecContext(ctx, `INSERT INTO run_notes (run_id, note) VALUES (?, ?)`, id, note); err != nil {
						return err
					}
				}
				n += len(notes)
			}
			return nil
		})
		if err != nil {
			return err
		}
		copied += n
		last = runs[len(runs)-1]
		opts.Logger.Info("store copy", "table", "run_notes", "rows", copied)
		if opts.AfterBatch != nil {
			opts.AfterBatch("run_notes", copied)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
}
