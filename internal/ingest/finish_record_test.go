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

// TestFinishCancelledClosesAndRecords: a complete run whose crawl is
// cancelled after its last fetch (a shutdown during Finish) still closes
// the listings it did not see and is recorded with the count: both are
// writes under Finish's own deadline. The recompute and catch-up, cut by
// the cancellation, are left for the next run.
func TestFinishCancelledClosesAndRecords(t *testing.T) {
	ctx, st, p := corpusPipeline(t, 60*time.Second)
	post := func(id string) model.Posting {
		return model.Posting{Source: "gone", Kind: "test", ExternalID: id, URL: "https://gone.test/" + id,
			Title: "Data Intern " + id, Company: "Gone Co", DescriptionText: "Chart a survey data set in ten hours, project " + id + "."}
	}
	first := &crawler.Run{Source: "gone", Kind: "test", Status: crawler.StatusOK, StartedAt: st.Now(), Seen: map[string]struct{}{"1": {}, "2": {}}}
	if err := p.Put(ctx, first, []model.Posting{post("1"), post("2")}); err != nil {
		t.Fatal(err)
	}
	if err := p.Finish(ctx, first); err != nil {
		t.Fatal(err)
	}
	second := &crawler.Run{Source: "gone", Kind: "test", Status: crawler.StatusOK, StartedAt: st.Now().Add(time.Second), Seen: map[string]struct{}{"1": {}}}
	if err := p.Put(ctx, second, []model.Posting{post("1")}); err != nil {
		t.Fatal(err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if err := p.Finish(cancelled, second); err != nil {
		t.Fatalf("Finish with a cancelled context: %v", err)
	}
	if second.Closed != 1 || second.ID == 0 {
		t.Fatalf("run closed %d listings, record id %d; want 1 closed and a record", second.Closed, second.ID)
	}
	stat, err := st.SourceStat(ctx, "gone")
	if err != nil {
		t.Fatal(err)
	}
	if stat.LastRun == nil || stat.LastRun.Closed != 1 || stat.LastRun.Status != string(crawler.StatusOK) {
		t.Fatalf("recorded run: %+v, want status ok with 1 closed", stat.LastRun)
	}
}
