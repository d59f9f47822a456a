package store

import (
	"context"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store/storetest"
)

// TestCorpusFlags: cross-listing flags live beside the data, are overlaid
// on read with their risk, take a new seq only when they change, survive an
// unchanged upsert and go when no longer wanted.
func TestCorpusFlags(t *testing.T) { storetest.RunParallel(t, testCorpusFlags) }

func testCorpusFlags(t *testing.T, be storetest.Backend) {
	ctx := context.Background()
	s, _ := mustOpen(t, be)
	a, b := listing("gh", "1", "Order processor"), listing("lv", "2", "Order processor")
	a.Flags = []model.Flag{{ID: "VAGUE_NO_SUPERVISOR", Family: model.FamilyVague, Severity: model.SeverityLow}}
	a.Company, a.CompanyInfo = "Acme", "Acme ships orders."
	if _, err := s.Upsert(ctx, []*model.Listing{a, b}); err != nil {
		t.Fatal(err)
	}
	rows, err := s.CorpusRows(ctx)
	if err != nil || len(rows) != 2 {
		t.Fatalf("rows = %+v, %v", rows, err)
	}
	for _, r := range rows {
		if r.ID == a.ID && (r.Company != "Acme" || r.CompanyInfo != "Acme ships orders." || r.URL != "https://x/1" || r.Source != "gh") {
			t.Errorf("row of a = %+v", r)
		}
	}
	reuse := model.Flag{ID: "SCAM_TEMPLATE_REUSE", Family: model.FamilyScam, Severity: model.SeverityHigh, Reason: "r.",
		Evidence: model.Span{Field: "text"}, Others: []model.Link{{Source: "lv", URL: "https://x/2", ID: b.ID}}}
	risk := func(base, extra []model.Flag) model.Severity { return model.SeverityHigh }
	set := func(want map[string][]model.Flag) int64 {
		t.Helper()
		before, _ := s.MaxSeq(ctx)
		if err := s.SetCorpusFlags(ctx, want, risk); err != nil {
			t.Fatal(err)
		}
		after, _ := s.MaxSeq(ctx)
		return after - before
	}
	if n := set(map[string][]model.Flag{a.ID: {reuse}}); n != 1 {
		t.Errorf("setting one listing's flag took %d seqs", n)
	}
	got, err := s.Get(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Flags) != 2 || got.Flags[0].ID != "SCAM_TEMPLATE_REUSE" || got.Risk != model.SeverityHigh || len(got.Flags[0].Others) != 1 {
		t.Errorf("overlay: risk %s flags %+v", got.Risk, got.Flags)
	}
	if n := set(map[string][]model.Flag{a.ID: {reuse}}); n != 0 {
		t.Errorf("the same flags again took %d seqs", n)
	}
	// An unchanged upsert keeps them.
	if _, err := s.Upsert(ctx, []*model.Listing{a}); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Get(ctx, a.ID); len(got.Flags) != 2 {
		t.Errorf("an unchanged upsert lost the flag: %+v", got.Flags)
	}
	if n := set(nil); n != 1 {
		t.Errorf("clearing took %d seqs", n)
	}
	if got, _ := s.Get(ctx, a.ID); len(got.Flags) != 1 || got.Risk != model.SeverityLow {
		t.Errorf("after clearing: risk %s flags %+v", got.Risk, got.Flags)
	}
}
