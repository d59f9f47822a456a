package store

import (
	"context"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store/storetest"
)

func TestSeenColsHolds(t *testing.T) {
	l := listing("gh", "1", "Intern")
	l.DedupKey, l.TextSimHash, l.PostingHash = "acme|US", 0x9E3779B97F4A7C15, "ph1"
	r, err := encodeRow(l)
	if err != nil {
		t.Fatal(err)
	}
	stored := seenCols{key: r.key, simhash: int64(l.TextSimHash), bands: r.bands, postingHash: l.PostingHash}
	tests := []struct {
		name string
		edit func(*seenCols)
		want bool
	}{
		{"as stored", func(*seenCols) {}, true},
		{"another key", func(s *seenCols) { s.key = "brio|" }, false},
		{"another SimHash", func(s *seenCols) { s.simhash ^= 1 }, false},
		{"another band", func(s *seenCols) { s.bands[3] = -1 }, false},
		{"another posting hash", func(s *seenCols) { s.postingHash = "" }, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := stored
			tc.edit(&s)
			if got := s.holds(l, &r); got != tc.want {
				t.Errorf("holds = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestSeenAgainMatchesReference: listings seen again with the same
// content, their key, SimHash or posting hash changed or not (the
// last_seen-only update, or upSeen), and clusters gaining and losing
// members (a primary's also_at alone, or its duplicate_of too), store
// every column as the reference Upsert does (upsertReference: upSeen for
// each listing seen again; the links, which both write with execLinks,
// are checked against a full recluster by TestRelinkMatchesFullRecluster).
func TestSeenAgainMatchesReference(t *testing.T) {
	storetest.RunParallel(t, testSeenAgainMatchesReference)
}

func testSeenAgainMatchesReference(t *testing.T, be storetest.Backend) {
	ctx := context.Background()
	got, gotNow := mustOpen(t, be)
	want, wantNow := mustOpen(t, be)
	base := func(src string, i int) *model.Listing {
		l := listing(src, fmt.Sprint(i), fmt.Sprint("Intern ", i%4))
		l.Fingerprint, l.DedupKey, l.TextSimHash, l.PostingHash = fmt.Sprint("fp", i%4), "acme|US", uint64(i%4+1)*0x9E3779B97F4A7C15, fmt.Sprint("ph", i)
		return l
	}
	edits := []struct {
		name string
		edit func(l *model.Listing, i int)
	}{
		{"unchanged", func(*model.Listing, int) {}},
		{"posting hash", func(l *model.Listing, i int) { l.PostingHash += "b" }},
		{"SimHash", func(l *model.Listing, i int) { l.TextSimHash ^= 1 << (i % 64) }},
		{"key", func(l *model.Listing, i int) { l.DedupKey = "brio|" }},
		{"key back", func(*model.Listing, int) {}},
		{"no SimHash", func(l *model.Listing, i int) { l.TextSimHash = 0 }},
		{"title", func(l *model.Listing, i int) { l.Title += " v2"; l.Fingerprint += "v2" }},
		{"unchanged again", func(*model.Listing, int) {}},
	}
	step := func(name string, ls []*model.Listing) {
		t.Helper()
		*gotNow = gotNow.Add(time.Minute)
		*wantNow = *gotNow
		a, b := cloneListings(ls), cloneListings(ls)
		og, err := got.Upsert(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		ow, err := upsertReference(ctx, want, b)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(og, ow) || !reflect.DeepEqual(a, b) {
			t.Fatalf("%s: outcomes %v, reference %v (or the listings handed back differ)", name, og, ow)
		}
		gd, _ := dumpListings(t, got)
		wd, _ := dumpListings(t, want)
		for id := range wd {
			if !reflect.DeepEqual(gd[id], wd[id]) {
				t.Fatalf("%s: listing %s\n got %v\nwant %v", name, id, gd[id], wd[id])
			}
		}
		if len(gd) != len(wd) {
			t.Fatalf("%s: %d listings, reference %d", name, len(gd), len(wd))
		}
	}
	var gh, lv []*model.Listing
	for i := range 12 {
		gh, lv = append(gh, base("gh", i)), append(lv, base("lv", i))
	}
	step("first gh", gh)
	step("first lv (linked)", lv)
	for _, e := range edits {
		// lv's listings seen again edited (one in three left as it was),
		// then gh's seen again as they are.
		var again []*model.Listing
		for i, l := range lv {
			c := *l
			if i%3 != 0 {
				e.edit(&c, i)
			}
			again = append(again, &c)
		}
		lv = again
		step(e.name, lv)
		step(e.name+", gh as it was", gh)
	}
	var dups int
	if err := got.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM listings WHERE duplicate_of <> ''`).Scan(&dups); err != nil || dups == 0 {
		t.Fatalf("%d duplicates linked (%v): the test links none", dups, err)
	}
}
