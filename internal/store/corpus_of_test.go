package store

import (
	"context"
	"strconv"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store/storetest"
)

func TestSetCorpusFlagsOfMany(t *testing.T) { storetest.RunParallel(t, testSetCorpusFlagsOfMany) }

// testSetCorpusFlagsOfMany: SetCorpusFlagsOf over more listings than one
// read takes (corpusChunk), with an id named twice and one never stored:
// every third listing takes the flag, the others keep none, and only the
// changed ones take a seq; a second call clears exactly those.
func testSetCorpusFlagsOfMany(t *testing.T, be storetest.Backend) {
	ctx := context.Background()
	s, _ := mustOpen(t, be)
	n := 2*corpusChunk + 11
	var ls []*model.Listing
	var ids []string
	for i := range n {
		l := listing("gh", strconv.Itoa(i), "T")
		ls = append(ls, l)
		ids = append(ids, l.ID)
	}
	if _, err := s.Upsert(ctx, ls); err != nil {
		t.Fatal(err)
	}
	ids = append(ids, ids[3], model.ListingID("gh", "never"))
	reuse := model.Flag{ID: "SCAM_TEMPLATE_REUSE", Family: model.FamilyScam, Severity: model.SeverityHigh, Reason: "r.", Evidence: model.Span{Field: "text"}}
	risk := func(base, extra []model.Flag) model.Severity { return model.SeverityHigh }
	want := map[string][]model.Flag{}
	for i := 0; i < n; i += 3 {
		want[ids[i]] = []model.Flag{reuse}
	}
	for step, w := range []map[string][]model.Flag{want, nil} {
		before, _ := s.MaxSeq(ctx)
		if err := s.SetCorpusFlagsOf(ctx, ids, w, risk); err != nil {
			t.Fatal(err)
		}
		after, _ := s.MaxSeq(ctx)
		if got := after - before; got != int64(len(want)) {
			t.Errorf("step %d: %d seqs taken, want %d", step, got, len(want))
		}
		got, err := s.GetMany(ctx, ids[:n])
		if err != nil {
			t.Fatal(err)
		}
		for i, l := range got {
			has := len(l.Flags) == 1 && l.Risk == model.SeverityHigh
			if has != (step == 0 && i%3 == 0) {
				t.Fatalf("step %d: listing %d: flags %+v risk %s", step, i, l.Flags, l.Risk)
			}
		}
	}
}
