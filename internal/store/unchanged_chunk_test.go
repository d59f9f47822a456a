package store

import (
	"context"
	"strconv"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store/storetest"
)

func TestSeenUnchangedMany(t *testing.T) { storetest.RunParallel(t, testSeenUnchangedMany) }

// testSeenUnchangedMany: more postings than one lookup reads
// (seenChunk), half of them stored with their hash, a quarter with
// another, a quarter never stored: exactly the first half is taken.
func testSeenUnchangedMany(t *testing.T, be storetest.Backend) {
	ctx := context.Background()
	s, _ := mustOpen(t, be)
	n := 2*seenChunk + 37
	var ls []*model.Listing
	want := map[string]string{}
	for i := range n {
		ext := strconv.Itoa(i)
		l := listing("gh", ext, "Title "+ext)
		l.PostingHash = "h" + ext
		want[l.ID] = l.PostingHash
		switch i % 4 {
		case 0, 1:
			ls = append(ls, l)
		case 2:
			l.PostingHash = "old"
			ls = append(ls, l)
		}
	}
	if _, err := s.Upsert(ctx, ls); err != nil {
		t.Fatal(err)
	}
	got, err := s.SeenUnchanged(ctx, want)
	if err != nil {
		t.Fatal(err)
	}
	for i := range n {
		id := model.ListingID("gh", strconv.Itoa(i))
		if _, ok := got[id]; ok != (i%4 < 2) {
			t.Fatalf("posting %d: taken %v", i, ok)
		}
	}
	if none, err := s.SeenUnchanged(ctx, map[string]string{}); err != nil || len(none) != 0 {
		t.Fatalf("no postings: %v %v", none, err)
	}
}
