package store

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store/storetest"
)

// MustOpen opens a fresh SQLite store in a temporary directory with a
// settable clock.
func MustOpen(tb testing.TB) (*sqlStore, *time.Time) {
	tb.Helper()
	return openAt(tb, storetest.SQLiteDSN(tb))
}

// mustOpen is MustOpen on backend b (a fresh PostgreSQL schema, or a
// skip without one).
func mustOpen(tb testing.TB, be storetest.Backend) (*sqlStore, *time.Time) {
	tb.Helper()
	return openAt(tb, be.DSN(tb))
}

func openAt(tb testing.TB, dsn string) (*sqlStore, *time.Time) {
	tb.Helper()
	s := openDSN(tb, dsn)
	now := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
	s.SetNow(func() time.Time { return now })
	return s, &now
}

// openDSN opens the store at dsn (another connection pool to it when it
// is open already: another process, to the store) with the real clock,
// closed when the test ends.
func openDSN(tb testing.TB, dsn string) *sqlStore {
	tb.Helper()
	s, err := open(context.Background(), dsn, Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

func listing(source, ext, title string) *model.Listing {
	return &model.Listing{ID: model.ListingID(source, ext), Source: source, ExternalID: ext, Title: title, URL: "https://x/" + ext, Risk: model.SeverityLow}
}

func TestUpsertLifecycle(t *testing.T) { storetest.RunParallel(t, testUpsertLifecycle) }

func testUpsertLifecycle(t *testing.T, be storetest.Backend) {
	ctx := context.Background()
	s, now := mustOpen(t, be)
	a, b := listing("gh", "1", "Data intern"), listing("gh", "2", "Design project")

	out, err := s.Upsert(ctx, []*model.Listing{a, b})
	if err != nil || out[0] != Created || out[1] != Created {
		t.Fatalf("first upsert: %v %v", out, err)
	}
	seq1, _ := s.MaxSeq(ctx)
	if seq1 != 2 {
		t.Fatalf("seq after two inserts = %d, want 2", seq1)
	}
	*now = now.Add(time.Hour)
	a2, b2 := listing("gh", "1", "Data intern"), listing("gh", "2", "Design project (paid)")
	out, err = s.Upsert(ctx, []*model.Listing{a2, b2})
	if err != nil || out[0] != Unchanged || out[1] != Updated {
		t.Fatalf("second upsert: %v %v", out, err)
	}
	got, err := s.Get(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !got.FirstSeen.Before(got.LastSeen) {
		t.Errorf("first_seen %v should be before last_seen %v", got.FirstSeen, got.LastSeen)
	}
	if seq, _ := s.MaxSeq(ctx); seq != 3 {
		t.Errorf("an unchanged listing took a seq: %d, want 3", seq)
	}

	closed, err := s.CloseMissing(ctx, "gh", map[string]struct{}{"1": {}}, time.Time{})
	if err != nil || closed != 1 {
		t.Fatalf("CloseMissing = %d, %v; want 1", closed, err)
	}
	if g, _ := s.Get(ctx, b.ID); g.ClosedAt == nil {
		t.Fatal("listing 2 not closed")
	}
	if g, _ := s.Get(ctx, a.ID); g.ClosedAt != nil {
		t.Fatal("listing 1 closed though seen")
	}
	out, err = s.Upsert(ctx, []*model.Listing{listing("gh", "2", "Design project (paid)")})
	if err != nil || out[0] != Reopened {
		t.Fatalf("reopen: %v %v", out, err)
	}
	if g, _ := s.Get(ctx, b.ID); g.ClosedAt != nil {
		t.Fatal("listing 2 still closed after it came back")
	}
	changes, err := s.ChangesSince(ctx, seq1, 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(changes) != 1 || changes[0].ID != b.ID {
		t.Fatalf("changes since %d: %+v", seq1, changes)
	}
	all, open, _ := s.Count(ctx)
	if all != 2 || open != 2 {
		t.Errorf("count = %d/%d, want 2/2", all, open)
	}
}

func TestGetNotFound(t *testing.T) { storetest.RunParallel(t, testGetNotFound) }

func testGetNotFound(t *testing.T, be storetest.Backend) {
	s, _ := mustOpen(t, be)
	if _, err := s.Get(context.Background(), "nope"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get(nope) = %v, want ErrNotFound", err)
	}
}

func TestReopenKeepsData(t *testing.T) { storetest.RunParallel(t, testReopenKeepsData) }

func testReopenKeepsData(t *testing.T, be storetest.Backend) {
	ctx := context.Background()
	path := be.DSN(t)
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Upsert(ctx, []*model.Listing{listing("gh", "1", "x")}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(ctx, path) // migrations must not run twice
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if all, _, _ := s.Count(ctx); all != 1 {
		t.Fatalf("count after reopen = %d", all)
	}
}

func TestRunsAndValidators(t *testing.T) { storetest.RunParallel(t, testRunsAndValidators) }

func testRunsAndValidators(t *testing.T, be storetest.Backend) {
	ctx := context.Background()
	s, now := mustOpen(t, be)
	for i, st := range []string{"ok", "failed"} {
		r := &Run{Source: "gh", Kind: "greenhouse", Status: st, StartedAt: now.Add(time.Duration(i) * time.Minute), FinishedAt: now.Add(time.Duration(i)*time.Minute + time.Second), Fetched: 3}
		if _, err := s.RecordRun(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	st, err := s.SourceStat(ctx, "gh")
	if err != nil {
		t.Fatal(err)
	}
	if st.LastRun.Status != "failed" || st.LastSuccess.Status != "ok" || st.Runs != 2 || st.FailedRuns != 1 || st.Yield != 3 {
		t.Fatalf("stat = %+v", st)
	}
	if e, l, err := s.Validators(ctx, "u"); err != nil || e != "" || l != "" {
		t.Fatalf("empty validators = %q %q %v", e, l, err)
	}
	if err := s.SetValidators(ctx, "u", `"v1"`, "Mon"); err != nil {
		t.Fatal(err)
	}
	if err := s.SetValidators(ctx, "u", `"v2"`, ""); err != nil {
		t.Fatal(err)
	}
	if e, _, _ := s.Validators(ctx, "u"); e != `"v2"` {
		t.Fatalf("etag = %q", e)
	}
}

func BenchmarkUpsert(b *testing.B) {
	for _, be := range storetest.Backends() {
		b.Run(be.Name, func(b *testing.B) {
			ctx := context.Background()
			s, _ := mustOpen(b, be)
			batch := make([]*model.Listing, 200)
			n := 0
			for b.Loop() {
				for i := range batch {
					n++
					batch[i] = listing("gh", string(rune('a'+n%26))+time.Duration(n).String(), "Title")
				}
				if _, err := s.Upsert(ctx, batch); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestCloseMissingKeepsNewerSightings: a run that started before another
// run of the same source (in another process) saw a new listing does not
// close it.
func TestCloseMissingKeepsNewerSightings(t *testing.T) {
	storetest.RunParallel(t, testCloseMissingKeepsNewerSightings)
}

func testCloseMissingKeepsNewerSightings(t *testing.T, be storetest.Backend) {
	ctx := context.Background()
	s, now := mustOpen(t, be)
	started := *now
	if _, err := s.Upsert(ctx, []*model.Listing{listing("gh", "old", "Old")}); err != nil {
		t.Fatal(err)
	}
	*now = now.Add(time.Minute)
	if _, err := s.Upsert(ctx, []*model.Listing{listing("gh", "new", "New")}); err != nil { // the other run
		t.Fatal(err)
	}
	// The first run saw neither (its board answered before both were posted).
	n, err := s.CloseMissing(ctx, "gh", map[string]struct{}{}, started.Add(30*time.Second))
	if err != nil || n != 1 {
		t.Fatalf("closed %d, %v; want only the listing last seen before the run started", n, err)
	}
	if g, _ := s.Get(ctx, listing("gh", "new", "").ID); g.ClosedAt != nil {
		t.Error("a listing seen after the run started was closed")
	}
}
