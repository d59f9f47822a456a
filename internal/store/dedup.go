package store

import (
	"context"
	"database/sql"
	"encoding/json"

	"github.com/gigscout/gigscout/internal/model"
)

// relink recomputes, inside tx, the duplicate links of every listing with
// one of the fingerprints: the open listings of one fingerprint that come
// from two or more sources are one opportunity. The first seen is the
// canonical listing; the others point at it with duplicate_of; every one
// lists the others in also_at. A listing whose links change takes a new seq.
func relink(ctx context.Context, tx *sql.Tx, fingerprints map[string]bool) error {
	for fp := range fingerprints {
		if fp == "" {
			continue
		}
		if err := relinkOne(ctx, tx, fp); err != nil {
			return err
		}
	}
	return nil
}

type dupRow struct {
	id, source, url, dupOf, alsoAt string
	open                           bool
}

func relinkOne(ctx context.Context, tx *sql.Tx, fp string) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, source, json_extract(data, '$.url'), duplicate_of, also_at, closed_at IS NULL
		FROM listings WHERE fingerprint = ? ORDER BY first_seen, id`, fp)
	if err != nil {
		return err
	}
	var all []dupRow
	for rows.Next() {
		var r dupRow
		var u sql.NullString
		if err := rows.Scan(&r.id, &r.source, &u, &r.dupOf, &r.alsoAt, &r.open); err != nil {
			rows.Close()
			return err
		}
		r.url = u.String
		all = append(all, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	var open []dupRow
	sources := map[string]bool{}
	for _, r := range all {
		if r.open {
			open = append(open, r)
			sources[r.source] = true
		}
	}
	for _, r := range all {
		dupOf, links := "", []model.Link{}
		if r.open && len(sources) >= 2 {
			if r.id != open[0].id {
				dupOf = open[0].id
			}
			for _, o := range open {
				if o.id != r.id {
					links = append(links, model.Link{Source: o.source, URL: o.url, ID: o.id})
				}
			}
		}
		b, err := json.Marshal(links)
		if err != nil {
			return err
		}
		if dupOf == r.dupOf && string(b) == r.alsoAt {
			continue
		}
		seq, err := nextSeq(ctx, tx)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE listings SET duplicate_of = ?, also_at = ?, seq = ? WHERE id = ?`, dupOf, string(b), seq, r.id); err != nil {
			return err
		}
	}
	return nil
}

// overlayLinks sets the duplicate columns onto a decoded listing.
func overlayLinks(l *model.Listing, dupOf, alsoAt string) error {
	l.DuplicateOf = dupOf
	l.AlsoAt = []model.Link{}
	if alsoAt != "" && alsoAt != "[]" {
		if err := json.Unmarshal([]byte(alsoAt), &l.AlsoAt); err != nil {
			return err
		}
	}
	return nil
}
