package store

import (
	"context"
	"database/sql"
	"strings"
)

// The relink's lookups read a row's URL only when it is written into
// another row's links. The URL lies in the listing's JSON (data, the
// row's last column, on its overflow pages): reading it for every
// candidate walked each candidate's overflow chain and parsed its JSON
// (json_extract, about 8 µs a row here), though only the rows of a
// cluster posted by two or more sources ever name one another's URLs (3 %
// of a generated 60,000-listing crawl). The lookups now select NULL in
// its place and mark the row (urlPending); fillURLs reads the URLs of the
// rows that need them, a chunk of ids a query, before the links are
// computed, so the links written are the same.

// leanDupCols is dupCols with NULL for the URL.
func (d *dialect) leanDupCols() string {
	full := d.dupCols()
	url := d.jsonText("data", "$.url")
	if !strings.Contains(full, url) {
		panic("store: dupCols does not read the URL as expected")
	}
	return strings.Replace(full, url, "NULL", 1)
}

// scanLeanDupRows is scanDupRows for a query of leanDupCols: each row's
// URL is still to be read.
func scanLeanDupRows(rows *sql.Rows) ([]*dupRow, error) {
	all, err := scanDupRows(rows)
	for _, r := range all {
		r.urlPending = true
	}
	return all, err
}

// fillURLs reads, inside q's transaction, the URLs of the rows of rows (one
// key's, in first-seen order) that a cluster of two or more sources will
// name in its links and that were read without their URL.
func (q *dupQueries) fillURLs(ctx context.Context, key string, rows []dupRow) error {
	if key == "" {
		return nil
	}
	var want []string
	for _, c := range clusters(rows) {
		if !multiSource(c) {
			continue
		}
		for _, r := range c {
			if r.urlPending {
				want = append(want, r.id)
			}
		}
	}
	if len(want) == 0 {
		return nil
	}
	urls := make(map[string]string, len(want))
	for len(want) > 0 {
		chunk := want[:min(len(want), groupChunk)]
		want = want[len(chunk):]
		in, args := inList(chunk)
		res, err := q.tx.QueryContext(ctx, `SELECT id, `+q.d.jsonText("data", "$.url")+` FROM listings WHERE id IN `+in, args...)
		if err != nil {
			return err
		}
		for res.Next() {
			var id string
			var u *string
			if err := res.Scan(&id, &u); err != nil {
				res.Close()
				return err
			}
			if u != nil {
				urls[id] = *u
			} else {
				urls[id] = ""
			}
		}
		if err := res.Close(); err != nil {
			return err
		}
		if err := res.Err(); err != nil {
			return err
		}
	}
	for i := range rows {
		if u, ok := urls[rows[i].id]; ok && rows[i].urlPending {
			rows[i].url, rows[i].urlPending = u, false
		}
	}
	return nil
}

// multiSource reports whether a cluster holds rows of two or more sources
// (its rows are then linked).
func multiSource(c []dupRow) bool {
	for _, r := range c[1:] {
		if r.source != c[0].source {
			return true
		}
	}
	return false
}
