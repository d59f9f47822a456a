package store

import (
	"context"
	"fmt"
	"strings"
)

// The per-row duplicate lookup Upsert and relink used before
// relinkGrouped (one candidate query per row of a component): the reference
// relinkGrouped is compared with, and the query whose plans the plan tests
// check against the grouped one's.

// candidateQuery is the indexed lookup of a row's possible duplicates of
// other sources in its key: the same fingerprint (the partial index on
// fingerprint; the unary + keeps the planner off the key's band indexes,
// which would read the whole key) and, when it has a SimHash, a shared
// band (the (dedup_key, sim_bN) indexes). Parameters: key, source, the
// fingerprint (only with fp), the four bands (only with sim): the query
// names every one (PostgreSQL cannot type a parameter it does not name).
func candidateQuery(d *dialect, fp, sim bool) string {
	var parts []string
	cols := d.dupCols()
	if fp {
		parts = append(parts, `SELECT `+cols+` FROM listings WHERE fingerprint = ?3 AND fingerprint <> '' AND source <> ?2 AND `+d.candidateKey)
	}
	if sim {
		first := 3 // the first band's parameter
		if fp {
			first = 4
		}
		for i := range 4 {
			parts = append(parts, fmt.Sprintf(`SELECT `+cols+` FROM listings WHERE dedup_key = ?1 AND sim_b%d = ?%d AND source <> ?2`, i, first+i))
		}
	}
	// UNION ALL, the duplicates dropped in Go (candidates): UNION's
	// de-duplicating temporary b-tree made the query ten times slower.
	return strings.Join(parts, "\nUNION ALL\n")
}

func (q *dupQueries) candidates(ctx context.Context, r *dupRow) ([]*dupRow, error) {
	if r.key == "" || (r.fp == "" && r.simhash == 0) {
		return nil, nil
	}
	args := []any{r.key, r.source}
	if r.fp != "" {
		args = append(args, r.fp)
	}
	if r.simhash != 0 {
		b := simBands(r.simhash)
		args = append(args, b[0], b[1], b[2], b[3])
	}
	rows, err := q.query(ctx, candidateQueryCached(q.d, r.fp != "", r.simhash != 0), args...)
	if err != nil {
		return nil, err
	}
	all, err := scanDupRows(rows)
	if err != nil || len(all) < 2 {
		return all, err
	}
	seen := make(map[string]bool, len(all))
	out := all[:0]
	for _, c := range all {
		if !seen[c.id] {
			seen[c.id] = true
			out = append(out, c)
		}
	}
	return out, nil
}

// candidateQueries are candidateQuery's four shapes for each dialect
// (index fp*2+sim), built once: building one cost more than running it.
var candidateQueries = map[*dialect][4]string{
	sqliteDialect:   candidateShapes(sqliteDialect),
	postgresDialect: candidateShapes(postgresDialect),
}

func candidateShapes(d *dialect) (out [4]string) {
	for i := range out {
		out[i] = candidateQuery(d, i&2 != 0, i&1 != 0)
	}
	return out
}

// candidateQueryCached is candidateQuery, built once.
func candidateQueryCached(d *dialect, fp, sim bool) string {
	shapes, ok := candidateQueries[d]
	if !ok {
		return candidateQuery(d, fp, sim)
	}
	i := 0
	if fp {
		i |= 2
	}
	if sim {
		i |= 1
	}
	return shapes[i]
}
