package store

import (
	"context"
	"database/sql"
	"fmt"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestSQLiteWriteSettings: every connection of a SQLite store has the page
// cache of conn_params.go beside the journal settings, and batches of
// every size (a partial INSERT chunk, a full one, both), written twice
// over through the statement cache, store what they were given.
func TestSQLiteWriteSettings(t *testing.T) {
	s, _ := MustOpen(t)
	ctx := context.Background()
	var held []*sql.Conn // held together: each a different connection
	for range 3 {
		c, err := s.db.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		held = append(held, c)
	}
	for i, c := range held {
		var cache int
		var mode string
		if err := c.QueryRowContext(ctx, `PRAGMA cache_size`).Scan(&cache); err != nil {
			t.Fatal(err)
		}
		if err := c.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil {
			t.Fatal(err)
		}
		if cache != -sqliteCacheKiB || mode != "wal" {
			t.Errorf("connection %d: cache_size %d, journal_mode %s; want %d, wal", i, cache, mode, -sqliteCacheKiB)
		}
	}
	for _, c := range held {
		c.Close()
	}
	tests := []struct {
		name string
		n    int
	}{{"one", 1}, {"partial chunk", 99}, {"full chunk", 100}, {"full and partial", 101}, {"two and a half", 250}, {"full again", 100}}
	for round := range 2 {
		for k, tc := range tests {
			t.Run(fmt.Sprint(tc.name, "/", round), func(t *testing.T) {
				var ls []*model.Listing
				for i := range tc.n {
					l := listing("gh", fmt.Sprint(k, "-", i), fmt.Sprint("Intern ", i, " round ", round))
					l.Fingerprint, l.DedupKey, l.TextSimHash = fmt.Sprint("fp", i%9), "acme|US", uint64(i+1)*0x9E3779B97F4A7C15
					ls = append(ls, l)
				}
				want := Created
				if round > 0 {
					want = Updated
				}
				out, err := s.Upsert(ctx, ls)
				if err != nil {
					t.Fatal(err)
				}
				for i, o := range out {
					if o != want {
						t.Fatalf("listing %d: %v, want %v", i, o, want)
					}
				}
				for _, l := range ls {
					got, err := s.Get(ctx, l.ID)
					if err != nil || got.Title != l.Title {
						t.Fatalf("%s read back %v, %v; want title %q", l.ID, got, err, l.Title)
					}
				}
			})
		}
	}
}
