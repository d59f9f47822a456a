package store

import (
	"context"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

func TestCrossSourceDuplicates(t *testing.T) {
	ctx := context.Background()
	s, now := MustOpen(t)
	a := listing("greenhouse-acme", "1", "Data intern")
	a.Fingerprint = "acme|data intern|US"
	if _, err := s.Upsert(ctx, []*model.Listing{a}); err != nil {
		t.Fatal(err)
	}
	*now = now.Add(time.Minute)
	b := listing("remotive", "r9", "Data Intern")
	b.Fingerprint = "acme|data intern|US"
	other := listing("remotive", "r10", "Data Intern")
	other.Fingerprint = "acme|data intern|EU" // another region: another job
	seq0, _ := s.MaxSeq(ctx)
	if _, err := s.Upsert(ctx, []*model.Listing{b, other}); err != nil {
		t.Fatal(err)
	}
	ga, _ := s.Get(ctx, a.ID)
	gb, _ := s.Get(ctx, b.ID)
	go_, _ := s.Get(ctx, other.ID)
	if ga.DuplicateOf != "" || len(ga.AlsoAt) != 1 || ga.AlsoAt[0].Source != "remotive" || ga.AlsoAt[0].URL != b.URL {
		t.Errorf("canonical = dup %q also_at %+v", ga.DuplicateOf, ga.AlsoAt)
	}
	if gb.DuplicateOf != a.ID || len(gb.AlsoAt) != 1 || gb.AlsoAt[0].ID != a.ID {
		t.Errorf("duplicate = dup %q also_at %+v", gb.DuplicateOf, gb.AlsoAt)
	}
	if go_.DuplicateOf != "" || len(go_.AlsoAt) != 0 {
		t.Errorf("other region linked: %+v", go_)
	}
	// Both linked listings changed: both must reach the index.
	changes, _ := s.ChangesSince(ctx, seq0, 100)
	ids := map[string]bool{}
	for _, c := range changes {
		ids[c.ID] = true
	}
	if !ids[a.ID] || !ids[b.ID] {
		t.Errorf("changes since linking: %v", ids)
	}
	// Re-crawling the duplicate unchanged keeps its links and is unchanged.
	b2 := listing("remotive", "r9", "Data Intern")
	b2.Fingerprint = b.Fingerprint
	out, _ := s.Upsert(ctx, []*model.Listing{b2})
	if out[0] != Unchanged {
		t.Errorf("re-crawl outcome %v, want Unchanged", out[0])
	}
	if g, _ := s.Get(ctx, b.ID); g.DuplicateOf != a.ID {
		t.Errorf("links lost on re-crawl: %+v", g)
	}
	// The canonical closes: the duplicate stands alone again.
	if _, err := s.CloseMissing(ctx, "greenhouse-acme", map[string]struct{}{}); err != nil {
		t.Fatal(err)
	}
	if g, _ := s.Get(ctx, b.ID); g.DuplicateOf != "" || len(g.AlsoAt) != 0 {
		t.Errorf("after the canonical closed: dup %q also_at %+v", g.DuplicateOf, g.AlsoAt)
	}
}
