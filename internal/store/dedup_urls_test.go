package store

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store/storetest"
)

// byIDFull is byID reading the URL with the row, as the relink did before
// storespeed10 (the reference relinkKnown reads rows this way).
func (q *dupQueries) byIDFull(ctx context.Context, id string) (*dupRow, error) {
	rows, err := q.query(ctx, `SELECT `+q.d.dupCols()+` FROM listings WHERE id = ?`, id)
	if err != nil {
		return nil, err
	}
	all, err := scanDupRows(rows)
	if err != nil || len(all) == 0 {
		return nil, err
	}
	return all[0], nil
}

// TestLinksNameStoredURLs: the relink reads a stored row's URL only for a
// cluster of two or more sources, and the links then name every other
// row's URL as stored: one posting on three boards in three batches (each
// batch's new row is in memory, the others are read back), a fourth
// board's posting of another title and text (no cluster: its URL is never
// read), and then the first board's posting changed (every row read back).
func TestLinksNameStoredURLs(t *testing.T) {
	storetest.Run(t, func(t *testing.T, be storetest.Backend) {
		ctx := context.Background()
		s, now := mustOpen(t, be)
		mk := func(src, url, title string, sim uint64) *model.Listing {
			return &model.Listing{ID: model.ListingID(src, "1"), Source: src, ExternalID: "1", URL: url, Title: title,
				Company: "Acme", DedupKey: "acme|US", Fingerprint: "fp|" + title, TextSimHash: sim, Text: title}
		}
		boards := []*model.Listing{
			mk("a", "https://a.test/1?x=1&y=<2>", "Data intern", 0xF0F0F0F0F0F0F0F0),
			mk("b", "https://b.test/é/\u2028\"q\"", "Data intern", 0xF0F0F0F0F0F0F0F1),
			mk("c", "", "Data intern", 0xF0F0F0F0F0F0F0F0),
			mk("d", "https://d.test/1", "Design intern", 0x0F0F0F0F0F0F0F0F),
		}
		for _, l := range boards {
			*now = now.Add(time.Minute)
			if _, err := s.Upsert(ctx, []*model.Listing{l}); err != nil {
				t.Fatal(err)
			}
		}
		check := func(when string) {
			t.Helper()
			for i, l := range boards {
				got, err := s.Get(ctx, l.ID)
				if err != nil {
					t.Fatal(err)
				}
				var want []model.Link
				for j, o := range boards[:3] {
					if i < 3 && j != i {
						want = append(want, model.Link{Source: o.Source, URL: o.URL, ID: o.ID})
					}
				}
				if len(got.AlsoAt) != len(want) || (len(want) > 0 && !reflect.DeepEqual(got.AlsoAt, want)) {
					t.Errorf("%s: %s links %+v, want %+v", when, l.Source, got.AlsoAt, want)
				}
			}
		}
		check("after the inserts")
		*now = now.Add(time.Minute)
		changed := *boards[0]
		changed.Text += " (updated)"
		if _, err := s.Upsert(ctx, []*model.Listing{&changed}); err != nil {
			t.Fatal(err)
		}
		check("after a change")
	})
}

// TestLeanDupCols: the relink's lookups select NULL for the URL and read
// nothing else differently.
func TestLeanDupCols(t *testing.T) {
	for _, d := range []*dialect{sqliteDialect, postgresDialect} {
		lean, full := d.dupColsCached(), d.dupCols()
		if strings.Contains(lean, "url") || strings.Replace(full, d.jsonText("data", "$.url"), "NULL", 1) != lean {
			t.Errorf("%s: lean columns %q, full %q", d.name, lean, full)
		}
	}
}
