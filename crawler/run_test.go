package crawler

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/gigscout/gigscout/internal/model"
)

func discard() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

type fakeSource struct {
	postings []model.Posting
	err      error
}

func (f *fakeSource) Name() string { return "fake" }
func (f *fakeSource) Kind() string { return "fake" }
func (f *fakeSource) Crawl(ctx context.Context, _ Fetcher, emit func(model.Posting) error) error {
	for _, p := range f.postings {
		if err := emit(p); err != nil {
			return err
		}
	}
	return f.err
}

type recSink struct {
	batches  int
	finished *Run
}

func (s *recSink) Put(_ context.Context, run *Run, b []model.Posting) error {
	s.batches++
	run.New += len(b)
	return nil
}
func (s *recSink) Finish(_ context.Context, run *Run) error { s.finished = run; return nil }

func posting(id string) model.Posting {
	return model.Posting{ExternalID: id, Title: "t " + id, URL: "https://x/" + id}
}

func TestRunStatuses(t *testing.T) {
	boom := errors.New("boom")
	tests := []struct {
		name    string
		src     *fakeSource
		status  Status
		fetched int
		errs    int
	}{
		{"ok", &fakeSource{postings: []model.Posting{posting("1"), posting("2"), posting("1")}}, StatusOK, 2, 0},
		{"failed before any posting", &fakeSource{err: boom}, StatusFailed, 0, 1},
		{"partial", &fakeSource{postings: []model.Posting{posting("1")}, err: boom}, StatusPartial, 1, 1},
		{"not modified", &fakeSource{err: ErrNotModified}, StatusNotModified, 0, 0},
		{"invalid postings skipped", &fakeSource{postings: []model.Posting{{ExternalID: "x"}, {Title: "no id"}, posting("3")}}, StatusOK, 1, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sink := &recSink{}
			r := &Runner{Sink: sink, Logger: discard(), BatchSize: 1}
			run, err := r.Run(context.Background(), tt.src)
			if run.Status != tt.status || run.Fetched != tt.fetched || run.Errors != tt.errs {
				t.Errorf("run = %s fetched %d errors %d, want %s %d %d", run.Status, run.Fetched, run.Errors, tt.status, tt.fetched, tt.errs)
			}
			if (err != nil) != (tt.status == StatusFailed || tt.status == StatusPartial) {
				t.Errorf("err = %v for status %s", err, run.Status)
			}
			if sink.finished != run {
				t.Error("run not recorded through Finish")
			}
			if sink.batches != tt.fetched {
				t.Errorf("batches = %d, want %d with batch size 1", sink.batches, tt.fetched)
			}
		})
	}
}

func TestRunCancelledIsRecorded(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	src := &fakeSource{postings: []model.Posting{posting("1"), posting("2")}}
	sink := &recSink{}
	r := &Runner{Sink: sink, Logger: discard(), BatchSize: 10, Progress: func(string, int) { cancel() }}
	cancel()
	run, err := r.Run(ctx, src)
	if err == nil || sink.finished == nil || run.Status != StatusPartial {
		t.Fatalf("cancelled run: status %s, err %v, recorded %v", run.Status, err, sink.finished != nil)
	}
}

func TestRunMetrics(t *testing.T) {
	reg := prometheus.NewRegistry()
	m, err := NewMetrics(reg)
	if err != nil {
		t.Fatal(err)
	}
	r := &Runner{Sink: &recSink{}, Logger: discard(), Metrics: m}
	r.Run(context.Background(), &fakeSource{postings: []model.Posting{posting("1"), posting("2")}})
	r.Run(context.Background(), &fakeSource{err: errors.New("down")})
	if got := testutil.ToFloat64(m.runs.WithLabelValues("fake", "ok")); got != 1 {
		t.Errorf("ok runs = %v", got)
	}
	if got := testutil.ToFloat64(m.runs.WithLabelValues("fake", "failed")); got != 1 {
		t.Errorf("failed runs = %v", got)
	}
	if got := testutil.ToFloat64(m.postings.WithLabelValues("fake")); got != 2 {
		t.Errorf("postings = %v", got)
	}
	if got := testutil.ToFloat64(m.changes.WithLabelValues("fake", "new")); got != 2 {
		t.Errorf("new = %v", got)
	}
	if n, _ := testutil.GatherAndCount(reg, "gigscout_crawl_last_success_timestamp_seconds"); n != 1 {
		t.Errorf("last success series = %d", n)
	}
}
