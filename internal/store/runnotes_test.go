package store

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/store/storetest"
)

func TestRunNotes(t *testing.T) { storetest.RunParallel(t, testRunNotes) }

func testRunNotes(t *testing.T, be storetest.Backend) {
	ctx := context.Background()
	s, _ := mustOpen(t, be)
	id, err := s.RecordRun(ctx, &Run{Source: "a", Kind: "greenhouse", Status: "ok", StartedAt: time.Now(), FinishedAt: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	many := make([]string, 150)
	for i := range many {
		many[i] = "note"
	}
	many[0] = "description cut to 200000 bytes (2 postings)"
	if err := s.RecordRunNotes(ctx, id, many); err != nil {
		t.Fatal(err)
	}
	got, err := s.RunNotes(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != maxRunNotes || !strings.HasPrefix(got[0], "description cut") {
		t.Errorf("got %d notes, first %q", len(got), got[0])
	}
}
