package store

import (
	"context"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store/storetest"
)

func TestSeenUnchanged(t *testing.T) { storetest.RunParallel(t, testSeenUnchanged) }

// testSeenUnchanged: only an open listing stored with the same, non-empty
// posting hash is taken; its last_seen moves and nothing else changes (no
// new seq); closed, unknown, differently hashed and unhashed listings are
// left to the caller to build. Upsert keeps the hash on every path.
func testSeenUnchanged(t *testing.T, be storetest.Backend) {
	ctx := context.Background()
	s, now := mustOpen(t, be)
	a, b, c, d := listing("gh", "a", "A"), listing("gh", "b", "B"), listing("gh", "c", "C"), listing("gh", "d", "D")
	a.PostingHash, b.PostingHash, c.PostingHash = "ha", "hb", "hc"
	b.Risk = model.SeverityHigh
	if _, err := s.Upsert(ctx, []*model.Listing{a, b, c, d}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.CloseMissing(ctx, "gh", map[string]struct{}{"a": {}, "b": {}, "d": {}}, time.Time{}); err != nil {
		t.Fatal(err)
	}
	seq0, _ := s.MaxSeq(ctx)
	*now = now.Add(time.Hour)
	got, err := s.SeenUnchanged(ctx, map[string]string{
		a.ID: "ha", b.ID: "hb", c.ID: "hc", // c is closed
		d.ID:                       "", // stored without a hash
		model.ListingID("gh", "x"): "hx",
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[a.ID] != model.SeverityLow || got[b.ID] != model.SeverityHigh {
		t.Fatalf("SeenUnchanged = %v, want a (low) and b (high)", got)
	}
	if seq, _ := s.MaxSeq(ctx); seq != seq0 {
		t.Errorf("seq moved %d → %d: an unchanged sighting is no change", seq0, seq)
	}
	la, err := s.Get(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !la.LastSeen.Equal(*now) {
		t.Errorf("a last seen %v, want %v", la.LastSeen, *now)
	}
	if got, _ := s.SeenUnchanged(ctx, map[string]string{a.ID: "other"}); len(got) != 0 {
		t.Errorf("another hash matched: %v", got)
	}
	// Upsert with a new hash on the unchanged-content path keeps the new hash.
	a2 := listing("gh", "a", "A")
	a2.PostingHash = "ha2"
	if out, err := s.Upsert(ctx, []*model.Listing{a2}); err != nil || out[0] != Unchanged {
		t.Fatalf("upsert: %v %v", out, err)
	}
	if got, _ := s.SeenUnchanged(ctx, map[string]string{a.ID: "ha2"}); len(got) != 1 {
		t.Errorf("the hash Upsert wrote on an unchanged listing is not kept: %v", got)
	}
	// And on the changed-content path.
	a3 := listing("gh", "a", "A, changed")
	a3.PostingHash = "ha3"
	if out, err := s.Upsert(ctx, []*model.Listing{a3}); err != nil || out[0] != Updated {
		t.Fatalf("upsert: %v %v", out, err)
	}
	if got, _ := s.SeenUnchanged(ctx, map[string]string{a.ID: "ha3"}); len(got) != 1 {
		t.Errorf("the hash Upsert wrote on a changed listing is not kept: %v", got)
	}
}
