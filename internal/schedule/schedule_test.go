package schedule

import (
	"context"
	"sync/atomic"
	"testing"
	"time"
)

func TestNoOverlapAndStopCancels(t *testing.T) {
	s := New(nil)
	started := make(chan struct{})
	var runs atomic.Int32
	job := func(ctx context.Context) {
		runs.Add(1)
		close(started)
		<-ctx.Done() // runs until Stop
	}
	s.Go("a", job)
	<-started
	if s.RunNow("a", job) {
		t.Fatal("a second run of a started while the first was running")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := s.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if runs.Load() != 1 {
		t.Fatalf("runs = %d", runs.Load())
	}
	if s.RunNow("a", job) {
		t.Fatal("a job ran after Stop")
	}
}

func TestScheduledRun(t *testing.T) {
	s := New(nil)
	ran := make(chan struct{}, 1)
	if err := s.Add("tick", "@every 1s", 10*time.Millisecond, func(context.Context) {
		select {
		case ran <- struct{}{}:
		default:
		}
	}); err != nil {
		t.Fatal(err)
	}
	s.Start()
	if s.Next("tick").IsZero() {
		t.Fatal("no next run time after Start")
	}
	defer s.Stop(context.Background())
	select {
	case <-ran:
	case <-time.After(5 * time.Second):
		t.Fatal("scheduled job did not run within 5s")
	}
}

func TestBadSpec(t *testing.T) {
	s := New(nil)
	if err := s.Add("x", "@evry 6h", 0, func(context.Context) {}); err == nil {
		t.Fatal("bad spec accepted")
	}
	if err := s.Add("x", "@every 6h", 0, func(context.Context) {}); err != nil {
		t.Fatal(err)
	}
	if err := s.Add("x", "@every 6h", 0, func(context.Context) {}); err == nil {
		t.Fatal("duplicate name accepted")
	}
}
