package store

import (
	"context"
	"database/sql"
	"reflect"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store/storetest"
)

func TestInsertedRowsAsStored(t *testing.T) { storetest.RunParallel(t, testInsertedRowsAsStored) }

// testInsertedRowsAsStored: the rows Upsert hands relink for the listings
// it inserted (insertedRows) are those relink would read back (byID), for
// listings with and without fingerprints, SimHashes (high bit set too),
// and companies, and URLs JSON escapes; a URL that is not valid
// UTF-8 is left to be read back.
func testInsertedRowsAsStored(t *testing.T, be storetest.Backend) {
	ctx := context.Background()
	s, now := mustOpen(t, be)
	mk := func(ext, url, company, fp string, sim uint64) *model.Listing {
		l := listing("gh", ext, "Title "+ext)
		l.URL, l.Company, l.Fingerprint, l.TextSimHash = url, company, fp, sim
		if company != "" {
			l.DedupKey = "acme|" + company
		}
		return l
	}
	ls := []*model.Listing{
		mk("1", "https://x/1?a=1&b=<2>", "Acme", "fp1", 0xF000000000000001),
		mk("2", "https://x/2", "", "fp2", 0),
		mk("3", "https://x/é/\u2028\"q\"", "Beta", "", 42),
		mk("4", "", "", "", 0),
		mk("5", "https://x/\xff", "Acme", "fp1", 7),
	}
	out, err := s.Upsert(ctx, ls)
	if err != nil {
		t.Fatal(err)
	}
	rows := make([]upsertRow, len(ls))
	times := map[string]int{}
	for i, l := range ls {
		if rows[i], err = encodeRow(l); err != nil {
			t.Fatal(err)
		}
		times[l.ID]++
	}
	known := insertedRows(ls, rows, out, times, *now)
	if len(known) != 4 || known[ls[4].ID] != nil {
		t.Fatalf("%d known rows (%v), want 4, not the one with an invalid URL", len(known), known)
	}
	err = s.tx(ctx, func(tx *sql.Tx) error {
		q := &dupQueries{d: s.d, tx: tx}
		for id, k := range known {
			r, err := q.byIDFull(ctx, id)
			if err != nil {
				return err
			}
			if !reflect.DeepEqual(r, k) {
				t.Errorf("%s: read back %+v, known %+v", id, r, k)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// Written twice in one batch: read back.
	a, b := listing("gh", "9", "A"), listing("gh", "9", "A, again")
	out, err = s.Upsert(ctx, []*model.Listing{a, b})
	if err != nil {
		t.Fatal(err)
	}
	ra, _ := encodeRow(a)
	rb, _ := encodeRow(b)
	if k := insertedRows([]*model.Listing{a, b}, []upsertRow{ra, rb}, out, map[string]int{a.ID: 2}, *now); len(k) != 0 {
		t.Fatalf("a listing written twice in a batch is known: %v", k)
	}
}
