package store

import (
	"fmt"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestWrittenCacheLaggingFeed: a change feed that reads lag listings
// behind the writes, with room for only two thirds of them kept, still
// takes most of what it reads from the cache (it took none when a full
// cache dropped its oldest), and the recompute, reading each listing right
// after its write, takes every one.
func TestWrittenCacheLaggingFeed(t *testing.T) {
	const kept, lag, n = 100, 150, 3000
	var c writtenCache
	c.setMax(10*kept, ReadChanges|ReadCorpus)
	l := &model.Listing{ID: "a", Title: "t"}
	key := func(i int) string { return fmt.Sprint("h", i) }
	corpusMisses, feedHits := 0, 0
	for i := range n {
		c.keep(key(i), l, 10)
		if c.peek(key(i)) == nil {
			corpusMisses++
		}
		if i >= lag && c.get(key(i-lag)) != nil {
			feedHits++
		}
		if c.size > 10*kept {
			t.Fatalf("%d bytes kept, bound %d", c.size, 10*kept)
		}
	}
	if corpusMisses != 0 {
		t.Errorf("the recompute missed %d of %d", corpusMisses, n)
	}
	if reads := n - lag; feedHits < reads/2 {
		t.Errorf("the lagging change feed took %d of %d reads from the cache, want at least half", feedHits, reads)
	}
}

// TestWrittenCachePassedFirst: a full cache drops a listing both reads
// went past without taking it (passSlack listings later) before any
// listing still to be read, and not while it has room.
func TestWrittenCachePassedFirst(t *testing.T) {
	const kept = 100
	var c writtenCache
	c.setMax(10*kept, ReadChanges|ReadCorpus)
	l := &model.Listing{ID: "a", Title: "t"}
	has := func(k string) bool { _, ok := c.m[k]; return ok }
	c.keep("skipped", l, 10) // rewritten before either read came: never read
	for i := range passSlack + 200 {
		k := fmt.Sprint("h", i)
		c.keep(k, l, 10)
		c.peek(k)
		c.get(k)
	}
	if !has("skipped") || c.size != 10 {
		t.Fatalf("skipped dropped while the cache had room (%d bytes kept)", c.size)
	}
	for i := range kept - 1 { // the recompute reads them, the feed lags
		k := fmt.Sprint("w", i)
		c.keep(k, l, 10)
		c.peek(k)
	}
	c.keep("new", l, 10)
	if has("skipped") || !has("new") {
		t.Errorf("full cache: skipped kept %v, new kept %v; want skipped dropped for new", has("skipped"), has("new"))
	}
	for i := range kept - 1 {
		if !has(fmt.Sprint("w", i)) {
			t.Errorf("w%d (still to be read by the feed) dropped", i)
		}
	}
}
