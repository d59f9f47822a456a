package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"math/bits"

	"github.com/gigscout/gigscout/internal/model"
)

// nearBits is how many of 64 SimHash bits two texts may differ in and
// still be one opportunity's description.
const nearBits = 3

// relink recomputes, inside tx, the duplicate links of the listings with
// one of the dedup keys (one employer, one set of remote regions). Within
// a key, open listings with the same fingerprint (title) or near-duplicate
// texts form one opportunity; when it is posted by two or more sources,
// the first seen is the canonical listing, the others point at it with
// duplicate_of, and every one lists the others in also_at. A listing whose
// links change takes a new seq.
func relink(ctx context.Context, tx *sql.Tx, keys map[string]bool) error {
	for k := range keys {
		if k == "" {
			continue
		}
		if err := relinkOne(ctx, tx, k); err != nil {
			return err
		}
	}
	return nil
}

type dupRow struct {
	id, source, url, fp, dupOf, alsoAt string
	simhash                            uint64
	open                               bool
}

func relinkOne(ctx context.Context, tx *sql.Tx, key string) error {
	all, err := dupRows(ctx, tx, key)
	if err != nil {
		return err
	}
	for _, cluster := range clusters(all) {
		sources := map[string]bool{}
		for _, r := range cluster {
			sources[r.source] = true
		}
		for _, r := range cluster {
			dupOf, links := "", []model.Link{}
			if len(sources) >= 2 {
				if r.id != cluster[0].id {
					dupOf = cluster[0].id
				}
				for _, o := range cluster {
					if o.id != r.id {
						links = append(links, model.Link{Source: o.source, URL: o.url, ID: o.id})
					}
				}
			}
			if err := setLinks(ctx, tx, r, dupOf, links); err != nil {
				return err
			}
		}
	}
	for _, r := range all {
		if !r.open {
			if err := setLinks(ctx, tx, r, "", []model.Link{}); err != nil {
				return err
			}
		}
	}
	return nil
}

func dupRows(ctx context.Context, tx *sql.Tx, key string) ([]dupRow, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, source, json_extract(data, '$.url'), fingerprint, text_simhash, duplicate_of, also_at, closed_at IS NULL
		FROM listings WHERE dedup_key = ? ORDER BY first_seen, id`, key)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var all []dupRow
	for rows.Next() {
		var r dupRow
		var u sql.NullString
		var sim int64
		if err := rows.Scan(&r.id, &r.source, &u, &r.fp, &sim, &r.dupOf, &r.alsoAt, &r.open); err != nil {
			return nil, err
		}
		r.url, r.simhash = u.String, uint64(sim)
		all = append(all, r)
	}
	return all, rows.Err()
}

// clusters groups the open rows (in first-seen order): a row joins the
// first cluster holding a row with its fingerprint or a near-duplicate text
// and no row of its own source (a board's own separate posts are separate
// jobs, however alike).
func clusters(all []dupRow) [][]dupRow {
	var out [][]dupRow
	for _, r := range all {
		if !r.open {
			continue
		}
		joined := false
		for i, c := range out {
			if sameOpportunity(c, r) {
				out[i] = append(c, r)
				joined = true
				break
			}
		}
		if !joined {
			out = append(out, []dupRow{r})
		}
	}
	return out
}

func sameOpportunity(cluster []dupRow, r dupRow) bool {
	for _, c := range cluster {
		if c.source == r.source {
			return false
		}
	}
	for _, c := range cluster {
		if (c.fp != "" && c.fp == r.fp) ||
			(c.simhash != 0 && r.simhash != 0 && bits.OnesCount64(c.simhash^r.simhash) <= nearBits) {
			return true
		}
	}
	return false
}

// setLinks writes a row's links when they changed, with a new seq.
func setLinks(ctx context.Context, tx *sql.Tx, r dupRow, dupOf string, links []model.Link) error {
	b, err := json.Marshal(links)
	if err != nil {
		return err
	}
	if dupOf == r.dupOf && string(b) == r.alsoAt {
		return nil
	}
	seq, err := nextSeq(ctx, tx)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `UPDATE listings SET duplicate_of = ?, also_at = ?, seq = ? WHERE id = ?`, dupOf, string(b), seq, r.id)
	return err
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
