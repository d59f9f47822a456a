package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// relinkGrouped is relinkKnown (the same component, the same links and
// seqs) with its lookups grouped: relinkKnown ran one candidate query per
// row of the component (five index lookups each) and one query per
// linked id; a batch of 200 new listings ran 200 statements before it
// wrote a link. Here the component grows wave by wave: the candidates of
// every row of a wave that share a dedup key and a source are read by one
// query (the same index lookups, their values as IN lists), and each row
// keeps those linkable to it, as before; the linked ids a wave names are
// read by one query.
//
// Why each row's kept candidates are the same: relinkKnown adds a
// candidate c of r only when linkable(r, c), that is the same non-empty
// fingerprint (found by the fingerprint part of both queries) or SimHashes
// within nearBits, both non-zero (then at least one of the four 16-bit
// bands is equal, found by that band's part of both queries); both
// queries keep only c of r's key and of another source. The grouped
// query finds a superset for each row (other rows' values), which the
// same test filters. The component is the closure of the seeds under
// "linkable" and "linked", whatever the order the rows join it.
//
// The links are then written by relinkRows as before. seqs, when not nil,
// hands out the seqs the changed links take (Upsert's counter, written
// back once); nil takes them from the seq row as relinkKnown does.
func relinkGrouped(ctx context.Context, d *dialect, tx *sql.Tx, seeds []string, known map[string]*dupRow, seqs *upsertStmts) error {
	if len(seeds) == 0 {
		return nil
	}
	q := &dupQueries{d: d, tx: tx}
	if seqs != nil {
		q.fresh = seqs.fresh // dedup_fresh.go
	}
	comp := map[string]*dupRow{}
	var wave []*dupRow
	add := func(r *dupRow) {
		if _, ok := comp[r.id]; !ok {
			comp[r.id] = r
			wave = append(wave, r)
		}
	}
	var unknown []string
	for _, id := range seeds {
		if r, ok := known[id]; ok {
			add(r)
		} else {
			unknown = append(unknown, id)
		}
	}
	if err := q.addByIDs(ctx, unknown, comp, add); err != nil {
		return err
	}
	for len(wave) > 0 {
		rows := wave
		wave = nil
		if err := q.addCandidates(ctx, rows, add); err != nil {
			return err
		}
		var linked []string
		for _, r := range rows {
			linked = append(linked, r.linked()...)
		}
		if err := q.addByIDs(ctx, linked, comp, add); err != nil {
			return err
		}
	}
	byKey := map[string][]dupRow{}
	for _, r := range comp {
		byKey[r.key] = append(byKey[r.key], *r)
	}
	for key, rows := range byKey {
		sort.Slice(rows, func(i, j int) bool {
			if rows[i].firstSeen != rows[j].firstSeen {
				return rows[i].firstSeen < rows[j].firstSeen
			}
			return rows[i].id < rows[j].id
		})
		if err := q.fillURLs(ctx, key, rows); err != nil {
			return err
		}
		var err error
		if seqs != nil {
			err = relinkRowsWith(ctx, tx, key, rows, seqs)
		} else {
			err = relinkRows(ctx, tx, key, rows)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// groupChunk bounds the rows of one grouped candidate query (five IN
// lists of at most this many values) and the ids of one by-id query.
const groupChunk = 200

// addByIDs reads the rows of the ids not in comp yet (one query per
// chunk) and adds those that exist, in the order of ids.
func (q *dupQueries) addByIDs(ctx context.Context, ids []string, comp map[string]*dupRow, add func(*dupRow)) error {
	var want []string
	seen := map[string]bool{}
	for _, id := range ids {
		if _, ok := comp[id]; !ok && !seen[id] {
			seen[id] = true
			want = append(want, id)
		}
	}
	if len(want) == 1 {
		r, err := q.byID(ctx, want[0])
		if err != nil || r == nil {
			return err
		}
		add(r)
		return nil
	}
	for len(want) > 0 {
		chunk := want[:min(len(want), groupChunk)]
		want = want[len(chunk):]
		in, args := inList(chunk)
		rows, err := q.tx.QueryContext(ctx, `SELECT `+q.d.dupColsCached()+` FROM listings WHERE id IN `+in, args...)
		if err != nil {
			return err
		}
		all, err := scanLeanDupRows(rows)
		if err != nil {
			return err
		}
		byID := make(map[string]*dupRow, len(all))
		for _, r := range all {
			byID[r.id] = r
		}
		for _, id := range chunk {
			if r := byID[id]; r != nil {
				add(r)
			}
		}
	}
	return nil
}

// addCandidates adds, for each row, its candidates linkable to it (see
// relinkGrouped), reading those of the rows of one key and source
// together.
func (q *dupQueries) addCandidates(ctx context.Context, rows []*dupRow, add func(*dupRow)) error {
	type group struct{ key, source string }
	groups := map[group][]*dupRow{}
	var order []group
	for _, r := range rows {
		if r.key == "" || (r.fp == "" && r.simhash == 0) {
			continue // relinkKnown's candidates: none
		}
		g := group{r.key, r.source}
		if _, ok := groups[g]; !ok {
			order = append(order, g)
		}
		groups[g] = append(groups[g], r)
	}
	for _, g := range order {
		rs := groups[g]
		for len(rs) > 0 {
			chunk := rs[:min(len(rs), groupChunk)]
			rs = rs[len(chunk):]
			cands, err := q.groupCandidates(ctx, g.key, g.source, chunk)
			if err != nil {
				return err
			}
			for _, r := range chunk {
				for _, c := range cands {
					if linkable(r, c) {
						add(c)
					}
				}
			}
		}
	}
	return nil
}

// groupCandidates reads the rows of key, of another source than source,
// sharing a fingerprint or a SimHash band with one of rows: candidateQuery
// with IN lists, each row found once.
func (q *dupQueries) groupCandidates(ctx context.Context, key, source string, rows []*dupRow) ([]*dupRow, error) {
	query, args := groupCandidateQueryFresh(q.d, key, source, rows, q.fresh)
	if query == "" {
		return nil, nil
	}
	res, err := q.query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	all, err := scanLeanDupRows(res)
	if err != nil {
		return nil, err
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

// The fingerprint part tests the source before the key: a board's own
// listings of one title are the most of what the fingerprint finds, and
// source is read from the row's first bytes while dedup_key, a column
// added after data, is read past the row's JSON (its overflow pages).

// groupCandidateQuery is groupCandidates's query and its arguments ("" for
// rows with neither a fingerprint nor a SimHash).
func groupCandidateQuery(d *dialect, key, source string, rows []*dupRow) (string, []any) {
	return groupCandidateQueryFresh(d, key, source, rows, freshRows{})
}

// groupCandidateQueryFresh is groupCandidateQuery whose band parts skip
// the rows fresh bounds off (dedup_fresh.go).
func groupCandidateQueryFresh(d *dialect, key, source string, rows []*dupRow, fresh freshRows) (string, []any) {
	var fps []string
	var bands [4][]int64
	fpSeen := map[string]bool{}
	var bandSeen [4]map[int64]bool
	for i := range bandSeen {
		bandSeen[i] = map[int64]bool{}
	}
	for _, r := range rows {
		if r.fp != "" && !fpSeen[r.fp] {
			fpSeen[r.fp] = true
			fps = append(fps, r.fp)
		}
		if r.simhash != 0 {
			for i, b := range simBands(r.simhash) {
				if !bandSeen[i][b] {
					bandSeen[i][b] = true
					bands[i] = append(bands[i], b)
				}
			}
		}
	}
	// Each list is padded to one length, a power of two, with its last
	// value: the query's shape depends on that length alone (so few
	// shapes are built, and PostgreSQL's rebind memo stays small).
	slices.Sort(fps)
	longest := len(fps)
	for i := range bands {
		slices.Sort(bands[i])
		longest = max(longest, len(bands[i]))
	}
	size := 1
	for size < longest {
		size *= 2
	}
	if len(fps) > 0 {
		fps = padTo(fps, size)
	}
	for i := range bands {
		if len(bands[i]) > 0 {
			bands[i] = padTo(bands[i], size)
		}
	}
	cols := d.dupColsCached()
	args := []any{key, source}
	var parts []string
	param := func(v any) string {
		args = append(args, v)
		return fmt.Sprint("?", len(args))
	}
	if len(fps) > 0 {
		ps := make([]string, len(fps))
		for i, fp := range fps {
			ps[i] = param(fp)
		}
		parts = append(parts, `SELECT `+cols+` FROM listings WHERE fingerprint IN (`+strings.Join(ps, ", ")+`) AND fingerprint <> '' AND source <> ?2 AND `+d.candidateKey)
	}
	for i, bs := range bands {
		if len(bs) == 0 {
			continue
		}
		ps := make([]string, len(bs))
		for j, b := range bs {
			ps[j] = param(b)
		}
		parts = append(parts, fmt.Sprintf(`SELECT `+cols+` FROM listings WHERE dedup_key = ?1 AND sim_b%d IN (%s)`+fresh.bandBound(source, param)+` AND source <> ?2`, i, strings.Join(ps, ", ")))
	}
	if len(parts) == 0 {
		return "", nil
	}
	return strings.Join(parts, "\nUNION ALL\n"), args
}

// relinkRowsWith is relinkRows taking the changed links' seqs from
// seqs (written by execLinks, dedup_links.go).
func relinkRowsWith(ctx context.Context, tx *sql.Tx, key string, all []dupRow, seqs *upsertStmts) error {
	return relinkRowsSet(key, all, func(r dupRow, dupOf string, links []model.Link) error {
		b, err := json.Marshal(links)
		if err != nil {
			return err
		}
		if dupOf == r.dupOf && string(b) == r.alsoAt {
			return nil
		}
		seq, err := seqs.nextSeq(ctx)
		if err != nil {
			return err
		}
		return execLinks(ctx, tx, &r, dupOf, string(b), seq)
	})
}

// setLinksSQL is setLinks's update.
const setLinksSQL = `UPDATE listings SET duplicate_of = ?, also_at = ?, seq = ? WHERE id = ?`

// relinkRowsSet is relinkRows with the links set by set.
func relinkRowsSet(key string, all []dupRow, set func(r dupRow, dupOf string, links []model.Link) error) error {
	if key != "" {
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
						if o.urlPending {
							return fmt.Errorf("store: relink: the URL of %s was not read", o.id)
						}
						if o.id != r.id {
							links = append(links, model.Link{Source: o.source, URL: o.url, ID: o.id})
						}
					}
				}
				if err := set(r, dupOf, links); err != nil {
					return err
				}
			}
		}
	}
	for _, r := range all {
		if !r.open || key == "" {
			if err := set(r, "", []model.Link{}); err != nil {
				return err
			}
		}
	}
	return nil
}

// dupColsCached is leanDupCols (dupCols without the URL), built once per
// dialect.
func (d *dialect) dupColsCached() string {
	if d == sqliteDialect {
		return sqliteDupCols
	}
	if d == postgresDialect {
		return postgresDupCols
	}
	return d.leanDupCols()
}

var (
	sqliteDupCols   = sqliteDialect.leanDupCols()
	postgresDupCols = postgresDialect.leanDupCols()
)

// padTo repeats the last of vs (not empty) up to n values.
func padTo[T any](vs []T, n int) []T {
	for len(vs) < n {
		vs = append(vs, vs[len(vs)-1])
	}
	return vs
}
