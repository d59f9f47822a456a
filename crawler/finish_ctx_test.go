package crawler

import (
	"context"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// ctxSink keeps what Finish was given.
type ctxSink struct {
	recSink
	deadline    time.Time
	hasDeadline bool
	cancelled   bool
}

func (s *ctxSink) Finish(ctx context.Context, run *Run) error {
	s.deadline, s.hasDeadline = ctx.Deadline()
	s.cancelled = ctx.Err() != nil
	return s.recSink.Finish(ctx, run)
}

// TestFinishGetsTheRunsContext: the runner adds no deadline of its own to
// Finish (the sink's work after the fetches grows with the corpus: the
// last of a 200,000-listing crawl's runs spent more than the old fixed 30
// seconds on the cross-listing recompute and index catch-up), and a
// cancelled run's Finish sees the cancellation (the sink stops that work
// and still records the run).
func TestFinishGetsTheRunsContext(t *testing.T) {
	src := func() *fakeSource { return &fakeSource{postings: []model.Posting{posting("1")}} }

	sink := &ctxSink{}
	r := &Runner{Sink: sink, Logger: discard()}
	if _, err := r.Run(context.Background(), src()); err != nil {
		t.Fatal(err)
	}
	if sink.hasDeadline || sink.cancelled {
		t.Errorf("Finish of a run without a deadline: deadline %v (set %v), cancelled %v", sink.deadline, sink.hasDeadline, sink.cancelled)
	}

	want := time.Now().Add(time.Hour)
	ctx, cancel := context.WithDeadline(context.Background(), want)
	defer cancel()
	sink = &ctxSink{}
	r.Sink = sink
	if _, err := r.Run(ctx, src()); err != nil {
		t.Fatal(err)
	}
	if !sink.hasDeadline || !sink.deadline.Equal(want) {
		t.Errorf("Finish deadline = %v (set %v), want the run's %v", sink.deadline, sink.hasDeadline, want)
	}

	ctx, cancel = context.WithCancel(context.Background())
	sink = &ctxSink{}
	r.Sink = sink
	r.Progress = func(string, int) { cancel() }
	r.BatchSize = 1
	run, _ := r.Run(ctx, &fakeSource{postings: []model.Posting{posting("1"), posting("2")}})
	if sink.finished != run || !sink.cancelled {
		t.Errorf("cancelled run: recorded %v, Finish saw cancellation %v", sink.finished == run, sink.cancelled)
	}
}
