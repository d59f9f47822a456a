package store

import (
	"context"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store/storetest"
)

func TestCrossSourceDuplicates(t *testing.T) { storetest.RunParallel(t, testCrossSourceDuplicates) }

func testCrossSourceDuplicates(t *testing.T, be storetest.Backend) {
	ctx := context.Background()
	s, now := mustOpen(t, be)
	a := listing("greenhouse-acme", "1", "Data intern")
	a.Fingerprint, a.DedupKey = "acme|data intern|US", "acme|US"
	if _, err := s.Upsert(ctx, []*model.Listing{a}); err != nil {
		t.Fatal(err)
	}
	*now = now.Add(time.Minute)
	b := listing("remotive", "r9", "Data Intern")
	b.Fingerprint, b.DedupKey = "acme|data intern|US", "acme|US"
	other := listing("remotive", "r10", "Data Intern")
	other.Fingerprint, other.DedupKey = "acme|data intern|EU", "acme|EU" // another region: another job
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
	b2.Fingerprint, b2.DedupKey = b.Fingerprint, b.DedupKey
	out, _ := s.Upsert(ctx, []*model.Listing{b2})
	if out[0] != Unchanged {
		t.Errorf("re-crawl outcome %v, want Unchanged", out[0])
	}
	if g, _ := s.Get(ctx, b.ID); g.DuplicateOf != a.ID {
		t.Errorf("links lost on re-crawl: %+v", g)
	}
	// The canonical closes: the duplicate stands alone again.
	if _, err := s.CloseMissing(ctx, "greenhouse-acme", map[string]struct{}{}, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if g, _ := s.Get(ctx, b.ID); g.DuplicateOf != "" || len(g.AlsoAt) != 0 {
		t.Errorf("after the canonical closed: dup %q also_at %+v", g.DuplicateOf, g.AlsoAt)
	}
}

// TestNearDuplicateTexts: within one employer and region, a retitled post
// with a near-duplicate text is the same opportunity; a different job with
// a different text is not.
func TestNearDuplicateTexts(t *testing.T) { storetest.RunParallel(t, testNearDuplicateTexts) }

func testNearDuplicateTexts(t *testing.T, be storetest.Backend) {
	ctx := context.Background()
	s, now := mustOpen(t, be)
	mk := func(source, ext, title string, sim uint64) *model.Listing {
		l := listing(source, ext, title)
		l.Fingerprint, l.DedupKey, l.TextSimHash = source+title, "acme|US", sim
		return l
	}
	orig := mk("lever-acme", "1", "Data Analyst Intern", 0xF0F0_F0F0_F0F0_F0F0)
	retitled := mk("remotive", "9", "Intern, Data Analysis", 0xF0F0_F0F0_F0F0_F0F3) // 2 bits apart
	other := mk("remotive", "10", "Marketing Intern", 0x0F0F_0F0F_0F0F_0F0F)
	if _, err := s.Upsert(ctx, []*model.Listing{orig}); err != nil {
		t.Fatal(err)
	}
	*now = now.Add(time.Hour)
	if _, err := s.Upsert(ctx, []*model.Listing{retitled, other}); err != nil {
		t.Fatal(err)
	}
	g, _ := s.Get(ctx, retitled.ID)
	if g.DuplicateOf != orig.ID {
		t.Errorf("near-duplicate text not linked: %+v", g)
	}
	if g, _ := s.Get(ctx, other.ID); g.DuplicateOf != "" || len(g.AlsoAt) != 0 {
		t.Errorf("a different job linked: %+v", g)
	}
}

// TestNoCompanyFallsBackToFingerprint: without an employer name, only the
// same fingerprint links two postings.
func TestNoCompanyFallsBackToFingerprint(t *testing.T) {
	storetest.RunParallel(t, testNoCompanyFallsBackToFingerprint)
}

func testNoCompanyFallsBackToFingerprint(t *testing.T, be storetest.Backend) {
	ctx := context.Background()
	s, _ := mustOpen(t, be)
	a, b := listing("gh", "1", "Tutor"), listing("lever", "2", "Tutor")
	a.Fingerprint, b.Fingerprint = "tutor", "tutor"
	if _, err := s.Upsert(ctx, []*model.Listing{a, b}); err != nil {
		t.Fatal(err)
	}
	ga, _ := s.Get(ctx, a.ID)
	gb, _ := s.Get(ctx, b.ID)
	if (ga.DuplicateOf == "") == (gb.DuplicateOf == "") {
		t.Errorf("exactly one of two same-fingerprint postings should be the duplicate: %q %q", ga.DuplicateOf, gb.DuplicateOf)
	}
}
