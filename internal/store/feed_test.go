package store

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store/storetest"
)

// TestChangeFeedConcurrentWriters: writers on their own connections (as
// separate processes would be) insert, change and close listings while a
// reader tails ChangesSince the way a search replica does. The feed must
// have no gaps: seqs arrive strictly increasing, no seq twice, and when the
// writers are done the reader's copy equals the store, every listing at
// its final seq. On PostgreSQL a plain sequence would fail this: a
// transaction can commit seq 11 before another commits seq 10, and a
// reader that saw 11 never asks for 10 again.
func TestChangeFeedConcurrentWriters(t *testing.T) {
	storetest.RunParallel(t, testChangeFeedConcurrentWriters)
}

func testChangeFeedConcurrentWriters(t *testing.T, be storetest.Backend) {
	const (
		writers = 6
		rounds  = 8
		batch   = 24
	)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dsn := be.DSN(t)
	openStore := func() *sqlStore { return openDSN(t, dsn) }
	reader := openStore()
	ws := make([]*sqlStore, writers)
	for i := range ws {
		ws[i] = openStore()
	}

	type state struct {
		title  string
		closed bool
		seq    int64
	}
	seen := map[string]state{}
	seqs := map[int64]string{}
	var after int64
	var readErr error
	done := make(chan struct{})
	readerDone := make(chan struct{})
	poll := func() (int, error) {
		changes, err := reader.ChangesSince(ctx, after, 37)
		if err != nil {
			return 0, err
		}
		for _, c := range changes {
			if c.Seq <= after {
				return 0, fmt.Errorf("seq %d after %d: not increasing", c.Seq, after)
			}
			if id, dup := seqs[c.Seq]; dup {
				return 0, fmt.Errorf("seq %d seen twice (%s, %s)", c.Seq, id, c.ID)
			}
			seqs[c.Seq] = c.ID
			seen[c.ID] = state{c.Listing.Title, c.Listing.ClosedAt != nil, c.Seq}
			after = c.Seq
		}
		return len(changes), nil
	}
	go func() { // the tail: reads until the writers are done and it has caught up
		defer close(readerDone)
		for polls := 0; polls < 1_000_000; polls++ {
			n, err := poll()
			if err != nil {
				readErr = err
				return
			}
			select {
			case <-done:
				if n == 0 {
					return
				}
			case <-ctx.Done():
				readErr = ctx.Err()
				return
			default:
			}
		}
		readErr = fmt.Errorf("reader did not finish in 1,000,000 polls")
	}()

	var wg sync.WaitGroup
	errs := make(chan error, writers)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := ws[w]
			src := fmt.Sprintf("w%d", w)
			var mine []string // external ids still open
			for r := range rounds {
				var ls []*model.Listing
				for i := range batch {
					ext := fmt.Sprintf("%d-%d", r, i)
					ls = append(ls, listing(src, ext, "Title "+ext))
					mine = append(mine, ext)
				}
				if r%3 == 1 && len(mine) > batch { // change an older one
					ext := mine[0]
					ls = append(ls, listing(src, ext, fmt.Sprintf("Changed %s in round %d", ext, r)))
				}
				if _, err := s.Upsert(ctx, ls); err != nil {
					errs <- fmt.Errorf("writer %d round %d: %w", w, r, err)
					return
				}
				if r%4 == 3 { // a complete run that no longer sees two
					keep := map[string]struct{}{}
					for _, ext := range mine[2:] {
						keep[ext] = struct{}{}
					}
					if _, err := s.CloseMissing(ctx, src, keep, time.Time{}); err != nil {
						errs <- fmt.Errorf("writer %d close: %w", w, err)
						return
					}
					mine = mine[2:]
				}
			}
		}()
	}
	wg.Wait()
	close(done)
	<-readerDone
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if readErr != nil {
		t.Fatal(readErr)
	}
	// Catch up on what the last poll may have raced with, then compare.
	for range 1000 {
		n, err := poll()
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			break
		}
	}
	max, err := reader.MaxSeq(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after != max {
		t.Fatalf("reader at seq %d, store at %d", after, max)
	}
	final, err := reader.ChangesSince(ctx, 0, 1_000_000)
	if err != nil {
		t.Fatal(err)
	}
	if want := writers * rounds * batch; len(final) != want {
		t.Fatalf("%d listings in the store, want %d", len(final), want)
	}
	if len(seen) != len(final) {
		t.Errorf("reader saw %d listings, the store has %d", len(seen), len(final))
	}
	for _, c := range final {
		want := state{c.Listing.Title, c.Listing.ClosedAt != nil, c.Seq}
		if got, ok := seen[c.ID]; !ok || got != want {
			t.Errorf("listing %s: reader has %+v (seen %v), store has %+v: a change was skipped", c.ID, got, ok, want)
		}
	}
	t.Logf("%s: %d changes tailed over %d listings, final seq %d", be.Name, len(seqs), len(final), max)
}
