package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// upsertAll is Upsert's loop over the batch with fewer statements: the
// stored state of every listing is read by one query per chunk of ids
// (not one lookup per listing), and the new listings are inserted
// insertChunk rows a statement (a multi-row INSERT, not one per
// listing). The listings seen before are written one by one as
// upsertOne writes them. Each listing takes the outcome, the seq (in
// batch order) and the times upsertOne would give it: the batch's
// statements touch different rows, so running the inserts last stores the
// same. A batch holding one id twice (the second write sees the first)
// runs upsertOne for each listing instead.
func (u *upsertStmts) upsertAll(ctx context.Context, ls []*model.Listing, rows []upsertRow, out []Outcome, now time.Time) error {
	if err := u.freshBound(ctx, ls); err != nil { // before any insert (dedup_fresh.go)
		return err
	}
	ids := make([]string, len(ls))
	seen := make(map[string]struct{}, len(ls))
	for i, l := range ls {
		if _, twice := seen[l.ID]; twice {
			return u.upsertEach(ctx, ls, rows, out, now)
		}
		seen[l.ID] = struct{}{}
		ids[i] = l.ID
	}
	stored, err := u.storedStates(ctx, ids)
	if err != nil {
		return err
	}
	var inserts []int   // indexes in ls
	var insSeqs []int64 // their seqs
	for i, l := range ls {
		r := &rows[i]
		b := r.bands
		old, ok := stored[l.ID]
		if !ok {
			seq, err := u.nextSeq(ctx)
			if err != nil {
				return fmt.Errorf("upsert %s: %w", l.ID, err)
			}
			l.FirstSeen, l.LastSeen, l.ClosedAt = now, now, nil
			inserts = append(inserts, i)
			insSeqs = append(insSeqs, seq)
			out[i] = Created
			continue
		}
		l.FirstSeen, l.LastSeen, l.ClosedAt = time.Unix(old.firstSeen, 0).UTC(), now, nil
		if old.hash == r.hash && !old.closedAt.Valid {
			if err := u.seen(ctx, &old, l, r, unix(now)); err != nil {
				return fmt.Errorf("upsert %s: %w", l.ID, err)
			}
			out[i] = Unchanged
			continue
		}
		seq, err := u.nextSeq(ctx)
		if err != nil {
			return fmt.Errorf("upsert %s: %w", l.ID, err)
		}
		if err := u.exec(ctx, upContent, l.Fingerprint, r.key, int64(l.TextSimHash), b[0], b[1], b[2], b[3], r.hash, string(l.Risk), r.data,
			unix(now), seq, l.Company, r.ownFlags, l.PostingHash, r.st.jobType, r.st.paid, r.st.hourly, r.st.skills, r.body, l.ID); err != nil {
			return fmt.Errorf("upsert %s: %w", l.ID, err)
		}
		out[i] = Updated
		if old.closedAt.Valid {
			out[i] = Reopened
		}
	}
	return u.insertRows(ctx, ls, rows, inserts, insSeqs, now)
}

// upsertEach is the batch one listing at a time (upsertOne).
func (u *upsertStmts) upsertEach(ctx context.Context, ls []*model.Listing, rows []upsertRow, out []Outcome, now time.Time) error {
	for i, l := range ls {
		o, err := u.upsertOne(ctx, l, &rows[i], now)
		if err != nil {
			return fmt.Errorf("upsert %s: %w", l.ID, err)
		}
		out[i] = o
	}
	return nil
}

// storedState is what upsertOne's lookup reads of a stored listing.
type storedState struct {
	hash      string
	firstSeen int64
	closedAt  sql.NullInt64
	seen      seenCols // what upSeen sets (upsert_seen.go)
}

// storedStates reads the stored state of the listings ids (distinct) that
// exist, seenChunk ids a query.
func (u *upsertStmts) storedStates(ctx context.Context, ids []string) (map[string]storedState, error) {
	out := make(map[string]storedState, len(ids))
	for len(ids) > 0 {
		chunk := ids[:min(len(ids), seenChunk)]
		ids = ids[len(chunk):]
		in, args := inList(chunk)
		rows, err := u.tx.QueryContext(ctx, `SELECT `+storedStateCols+` FROM listings WHERE id IN `+in, args...)
		if err != nil {
			return nil, fmt.Errorf("upsert lookup: %w", err)
		}
		for rows.Next() {
			id, st, err := scanStoredState(rows)
			if err != nil {
				rows.Close()
				return nil, fmt.Errorf("upsert lookup: %w", err)
			}
			out[id] = st
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("upsert lookup: %w", err)
		}
	}
	return out, nil
}

// insertChunk is how many rows one INSERT statement writes: 24
// parameters a row, well under SQLite's 32,766 and PostgreSQL's 65,535.
const insertChunk = 100

// insertCols are upInsert's columns, and insertRowSQL one row's values.
// The body column (body.go) is last; insertSQLOf leaves it out for a store
// before migration 0018 (tests only).
const (
	insertCols   = `INSERT INTO listings (id, source, external_id, fingerprint, dedup_key, text_simhash, sim_b0, sim_b1, sim_b2, sim_b3, content_hash, risk, data, first_seen, last_seen, closed_at, seq, company, own_flags, posting_hash, ` + statColsSQL + `, body) VALUES `
	insertRowSQL = `(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
)

// insertSQL is the INSERT of n rows.
func insertSQL(n int) string { return insertSQLOf(n, true) }

// insertSQLOf is the INSERT of n rows, with or without the body column.
func insertSQLOf(n int, body bool) string {
	cols, row := insertCols, insertRowSQL
	if !body {
		cols = strings.Replace(cols, ", body)", ")", 1)
		row = strings.Replace(row, ", ?)", ")", 1)
	}
	var b strings.Builder
	b.Grow(len(cols) + n*(len(row)+2))
	b.WriteString(cols)
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(row)
	}
	return b.String()
}

var insertFullSQL = insertSQL(insertChunk)

// insertRows inserts the listings ls[idx[k]] with seqs[k], as upInsert
// does, insertChunk rows a statement (the full chunks run one statement,
// which the connection keeps compiled: conn_params.go).
func (u *upsertStmts) insertRows(ctx context.Context, ls []*model.Listing, rows []upsertRow, idx []int, seqs []int64, now time.Time) error {
	args := make([]any, 0, 24*min(len(idx), insertChunk))
	for len(idx) > 0 {
		n := min(len(idx), insertChunk)
		args = args[:0]
		for k, i := range idx[:n] {
			l, r := ls[i], &rows[i]
			b := r.bands
			args = append(args, l.ID, l.Source, l.ExternalID, l.Fingerprint, r.key, int64(l.TextSimHash), b[0], b[1], b[2], b[3],
				r.hash, string(l.Risk), r.data, unix(now), unix(now), seqs[k], l.Company, r.ownFlags, l.PostingHash, r.st.jobType, r.st.paid, r.st.hourly, r.st.skills)
			if !u.noBody {
				args = append(args, r.body)
			}
		}
		q := insertFullSQL
		if n < insertChunk || u.noBody {
			q = insertSQLOf(n, !u.noBody)
		}
		if _, err := u.tx.ExecContext(ctx, q, args...); err != nil {
			return fmt.Errorf("insert %d listings (%s...): %w", n, ls[idx[0]].ID, err)
		}
		idx, seqs = idx[n:], seqs[n:]
	}
	return nil
}
