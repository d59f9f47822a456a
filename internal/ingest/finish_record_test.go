package ingest

import (
	"context"
	"testing"
	"time"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// TestFinishRecordsAfterDeadline: a run whose Finish context has run out
// (the last run to finish spent it on the recompute and the catch-up of
// the runs before it) is still recorded, with its figures: its listings
// are stored, and a run reported failed for want of a record would say
// otherwise.
func TestFinishRecordsAfterDeadline(t *testing.T) {
	ctx, st, p := corpusPipeline(t, 60*time.Second)
	run := &crawler.Run{Source: "late", Kind: "test", Status: crawler.StatusPartial, StartedAt: st.Now(), Seen: map[string]struct{}{}}
	post := model.Posting{Source: "late", Kind: "test", ExternalID: "1", URL: "https://late.test/1",
		Title: "Data Intern", Company: "Late Co", DescriptionText: "Clean a survey data set and chart it in ten hours."}
	if err := p.Put(ctx, run, []model.Posting{post}); err != nil {
		t.Fatal(err)
	}
	spent, cancel := context.WithDeadline(ctx, time.Now().Add(-time.Second))
	defer cancel()
	if err := p.Finish(spent, run); err != nil {
		t.Fatalf("Finish after the deadline: %v", err)
	}
	if run.ID == 0 {
		t.Fatal("the run has no record id")
	}
	stat, err := st.SourceStat(ctx, "late")
	if err != nil {
		t.Fatal(err)
	}
	if stat.LastRun == nil || stat.LastRun.Status != string(crawler.StatusPartial) || stat.LastRun.New != 1 {
		t.Fatalf("recorded run: %+v, want status partial with 1 new", stat.LastRun)
	}
}
