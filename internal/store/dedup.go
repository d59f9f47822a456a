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

// relink recomputes, inside tx, the duplicate links around the listings
// with the given ids. Within one dedup key (one employer, one set of
// remote regions), open listings with the same fingerprint (title) or
// near-duplicate texts form one opportunity; when it is posted by two or
// more sources, the first seen is the canonical listing, the others point
// at it with duplicate_of, and every one lists the others in also_at. A
// listing whose links change takes a new seq.
//
// Only the rows linked to the seeds are read, never a whole dedup key: the
// seeds' component is grown through indexed lookups of rows of other
// sources (same fingerprint, a shared SimHash band) and the stored links,
// so an upsert costs the same on a board of 100 listings as on one of
// 100,000. Clustering such a component alone gives the same result as
// clustering the whole key: a cluster holds one row per source, so a row
// only ever joins a cluster through a link to a row of another source.
func relink(ctx context.Context, d *dialect, tx *sql.Tx, seeds []string) error {
	return relinkGrouped(ctx, d, tx, seeds, nil, nil)
}

type dupRow struct {
	id, source, url, fp, dupOf, alsoAt, key string
	simhash                                 uint64
	firstSeen                               int64
	open                                    bool
	urlPending                              bool // read without url (dedup_urls.go)
}

// linked returns the ids the row's stored links name.
func (r *dupRow) linked() []string {
	var ids []string
	if r.dupOf != "" {
		ids = append(ids, r.dupOf)
	}
	if r.alsoAt != "" && r.alsoAt != "[]" {
		var links []model.Link
		if json.Unmarshal([]byte(r.alsoAt), &links) == nil {
			for _, l := range links {
				if l.ID != "" {
					ids = append(ids, l.ID)
				}
			}
		}
	}
	return ids
}

// relinkRows clusters rows of one key (in first-seen order) and writes the
// links that changed. Rows without a key are never linked.
func relinkRows(ctx context.Context, tx *sql.Tx, key string, all []dupRow) error {
	return relinkRowsSet(key, all, func(r dupRow, dupOf string, links []model.Link) error { // dedup_grouped.go
		return setLinks(ctx, tx, r, dupOf, links)
	})
}

// dupCols are the columns scanDupRows reads.
func (d *dialect) dupCols() string {
	return `id, source, ` + d.jsonText("data", "$.url") + `, fingerprint, text_simhash, duplicate_of, also_at, closed_at IS NULL, dedup_key, first_seen`
}

func scanDupRows(rows *sql.Rows) ([]*dupRow, error) {
	defer rows.Close()
	var all []*dupRow
	for rows.Next() {
		r := new(dupRow)
		var u sql.NullString
		var sim int64
		if err := rows.Scan(&r.id, &r.source, &u, &r.fp, &sim, &r.dupOf, &r.alsoAt, &r.open, &r.key, &r.firstSeen); err != nil {
			return nil, err
		}
		r.url, r.simhash = u.String, uint64(sim)
		all = append(all, r)
	}
	return all, rows.Err()
}

// dupQueries runs the relink's lookups, unprepared: the connections keep
// their compiled statements across transactions (conn_params.go),
// and compiling the candidate query costs more than running it.
type dupQueries struct {
	d     *dialect
	tx    *sql.Tx
	fresh freshRows // the batch's own rows, skipped by band lookups (dedup_fresh.go)
}

func (q *dupQueries) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return q.tx.QueryContext(ctx, query, args...)
}

func (q *dupQueries) byID(ctx context.Context, id string) (*dupRow, error) {
	rows, err := q.query(ctx, `SELECT `+q.d.dupColsCached()+` FROM listings WHERE id = ?`, id)
	if err != nil {
		return nil, err
	}
	all, err := scanLeanDupRows(rows)
	if err != nil || len(all) == 0 {
		return nil, err
	}
	return all[0], nil
}

// simBands splits a SimHash into its four 16-bit bands; all -1 for 0 (no
// text), which matches nothing.
func simBands(h uint64) [4]int64 {
	if h == 0 {
		return [4]int64{-1, -1, -1, -1}
	}
	var b [4]int64
	for i := range b {
		b[i] = int64((h >> (16 * i)) & 0xffff)
	}
	return b
}

// clustersScan groups the open rows (in first-seen order): a row joins the
// first cluster holding a row with its fingerprint or a near-duplicate text
// and no row of its own source (a board's own separate posts are separate
// jobs, however alike). It tries every cluster for every row; clusters
// (dedup_clusters.go) finds the same clusters through an index.
func clustersScan(all []dupRow) [][]dupRow {
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

// linkable reports whether two rows of one key may be one opportunity:
// the same fingerprint or near-duplicate texts.
func linkable(a, b *dupRow) bool {
	return (a.fp != "" && a.fp == b.fp) ||
		(a.simhash != 0 && b.simhash != 0 && bits.OnesCount64(a.simhash^b.simhash) <= nearBits)
}

func sameOpportunity(cluster []dupRow, r dupRow) bool {
	for _, c := range cluster {
		if c.source == r.source {
			return false
		}
	}
	for i := range cluster {
		if linkable(&cluster[i], &r) {
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
	return execLinks(ctx, tx, &r, dupOf, string(b), seq) // dedup_links.go
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
