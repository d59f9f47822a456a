package store

import (
	"context"
	"fmt"

	"github.com/gigscout/gigscout/internal/model"
)

// The batch's own rows in the SimHash band lookups (SQLite).
//
// Upsert inserts a batch's new listings and then looks up their duplicate
// candidates in the same transaction (relinkGrouped). A band part of the
// candidate query, dedup_key = ? AND sim_bN IN (...) AND source <> ?,
// finds in listings_dedup_bN each looked-up listing itself (its own four
// bands) before it finds anything else, and SQLite reads the table row of
// every entry it finds to test the source, which the index does not hold.
// Those rows are most of what the band parts read: in a 60,000-listing
// crawl the entries sharing a key and band 0 were 62,098, 60,000 of them a
// listing finding itself.
//
// Every row whose rowid is above the listings table's largest rowid
// before the batch's inserts was inserted by the batch (the transaction
// holds SQLite's one write lock, and only the batch's INSERTs run in it
// before the lookups). When every listing of the batch is of one source,
// those rows are all of that source, so a band part of that source's
// group can skip them with rowid <= bound: a test SQLite makes on the
// index entry (it holds the rowid), reading no table row. Rows at or
// below the bound still have their source tested as before, and a batch
// of more than one source takes no bound: the query returns the same
// rows either way. PostgreSQL's rows have no rowid and its index scans
// read the table row anyway; it takes no bound.
//
// Adding source to the four band indexes (a migration) skips the same
// rows and a board's older rows too, but those are few (278 of the
// 62,098 above) and the wider entries cost more WAL pages on every
// insert; see BenchmarkBandCandidates.

// freshRows is a bound on the rowids of the rows a batch did not insert,
// and the one source of the rows it did.
type freshRows struct {
	source string
	bound  int64 // rows with rowid > bound are the batch's
	ok     bool
}

// freshBound reads the bound before a batch of ls inserts its rows (the
// zero freshRows, no bound, on PostgreSQL or for a batch of several
// sources).
func (u *upsertStmts) freshBound(ctx context.Context, ls []*model.Listing) error {
	u.fresh = freshRows{}
	if u.d == nil || u.d.name != SQLite || len(ls) == 0 {
		return nil
	}
	for _, l := range ls[1:] {
		if l.Source != ls[0].Source {
			return nil
		}
	}
	var bound int64
	if err := u.tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(rowid), 0) FROM listings`).Scan(&bound); err != nil {
		return fmt.Errorf("rowid bound: %w", err)
	}
	u.fresh = freshRows{source: ls[0].Source, bound: bound, ok: true}
	return nil
}

// bandBound is the condition a band part of source's group adds ("" for
// none), param placing the bound among the query's arguments.
func (f freshRows) bandBound(source string, param func(any) string) string {
	if !f.ok || source != f.source {
		return ""
	}
	return " AND rowid <= " + param(f.bound)
}
