// Package index owns the Bleve full-text index: the explicit mapping,
// applying the store's changes in bounded batches, search with filters,
// disjunctive facets, snippets and cursors, and rebuilding. SQLite is the
// source of truth; the index records the last change seq it applied (in
// Bleve's internal metadata, written in the same batch as the documents)
// and catches up from there.
package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"github.com/gigscout/gigscout/internal/model"
)

var (
	keySeq     = []byte("gigscout_seq")
	keyMapping = []byte("gigscout_mapping_version")
)

// BatchSize bounds the documents of one Bleve batch (about 1,000 is
// fastest on two cores; more only costs memory).
const BatchSize = 1000

// ChangeSource is where the index reads changes from; store.Store is one.
type ChangeSource interface {
	ChangesSince(ctx context.Context, after int64, limit int) ([]model.Change, error)
}

// Index is an open Bleve index. It is safe for concurrent use; writes are
// serialized.
type Index struct {
	path string
	lock lockInfo     // the owner file beside the index, removed by Close
	mu   sync.RWMutex // guards idx (swapped by Rebuild)
	idx  bleve.Index
	wmu  sync.Mutex // serializes Apply, CatchUp and Rebuild

	gen    atomic.Int64 // bumped by every change to the index (facet cache key)
	facets facetCache
}

// Open opens the index at path, creating it when absent. An index written
// with another mapping version is replaced by an empty one (seq 0), which
// the next CatchUp fills from the store.
func Open(path string) (*Index, error) {
	return OpenContext(context.Background(), path, OpenOptions{})
}

func openOrCreate(path string, timeout time.Duration) (bleve.Index, error) {
	scorchDefaults.Do(func() { scorch.NumSnapshotsToKeep = 1 }) // older snapshots only cost disk here
	idx, err := bleve.OpenUsing(path, boltConfig(timeout))
	if err == nil {
		v, verr := idx.GetInternal(keyMapping)
		if verr == nil && string(v) == mappingVersion {
			return idx, nil
		}
		idx.Close()
		if err := os.RemoveAll(path); err != nil {
			return nil, fmt.Errorf("index: remove outdated %s: %w", path, err)
		}
	} else if !errors.Is(err, bleve.ErrorIndexPathDoesNotExist) {
		return nil, fmt.Errorf("index: open %s: %w", path, err)
	}
	return create(path, timeout)
}

func create(path string, timeout time.Duration) (bleve.Index, error) {
	m, err := newMapping()
	if err != nil {
		return nil, fmt.Errorf("index: mapping: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	idx, err := bleve.NewUsing(path, m, scorch.Name, scorch.Name, boltConfig(timeout))
	if err != nil {
		return nil, fmt.Errorf("index: create %s: %w", path, err)
	}
	if err := idx.SetInternal(keyMapping, []byte(mappingVersion)); err != nil {
		idx.Close()
		return nil, fmt.Errorf("index: create %s: %w", path, err)
	}
	return idx, nil
}

// Close closes the index.
func (x *Index) Close() error {
	x.wmu.Lock()
	defer x.wmu.Unlock()
	x.mu.Lock()
	defer x.mu.Unlock()
	err := x.idx.Close()
	x.lock.release()
	return err
}

func (x *Index) bleve() bleve.Index {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.idx
}

// snapshot returns the index with its generation, read before searching:
// a change applied meanwhile bumps the generation, so nothing computed
// from an older index is cached under a newer generation.
func (x *Index) snapshot() (bleve.Index, int64) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.idx, x.gen.Load()
}

// Seq returns the last change seq the index applied.
func (x *Index) Seq() (int64, error) { return seqOf(x.bleve()) }

func seqOf(idx bleve.Index) (int64, error) {
	v, err := idx.GetInternal(keySeq)
	if err != nil {
		return 0, fmt.Errorf("index: read seq: %w", err)
	}
	if len(v) == 0 {
		return 0, nil
	}
	n, err := strconv.ParseInt(string(v), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("index: bad seq %q", v)
	}
	return n, nil
}

// Count returns the number of indexed documents.
func (x *Index) Count() (uint64, error) { return x.bleve().DocCount() }

// Apply indexes changes (in seq order) in batches of at most BatchSize,
// recording the seq of each batch's last change in the same batch.
func (x *Index) Apply(changes []model.Change) error {
	x.wmu.Lock()
	defer x.wmu.Unlock()
	defer x.gen.Add(1)
	return apply(x.bleve(), changes)
}

func apply(idx bleve.Index, changes []model.Change) error {
	build := builderFor(idx.Mapping()) // nil: through the mapping's walk
	for start := 0; start < len(changes); start += BatchSize {
		part := changes[start:min(start+BatchSize, len(changes))]
		b := idx.NewBatch()
		for _, c := range part {
			if c.Listing == nil {
				b.Delete(c.ID)
				continue
			}
			if err := indexListing(b, build, c.ID, c.Listing); err != nil {
				return fmt.Errorf("index: %s: %w", c.ID, err)
			}
		}
		b.SetInternal(keySeq, []byte(strconv.FormatInt(part[len(part)-1].Seq, 10)))
		if err := idx.Batch(b); err != nil {
			return fmt.Errorf("index: batch up to seq %d: %w", part[len(part)-1].Seq, err)
		}
	}
	return nil
}

// CatchUp applies every change of src after the index's seq and returns
// how many it applied.
func (x *Index) CatchUp(ctx context.Context, src ChangeSource) (int, error) {
	x.wmu.Lock()
	defer x.wmu.Unlock()
	n, err := catchUp(ctx, x.bleve(), src, nil)
	if n > 0 {
		x.gen.Add(1)
	}
	return n, err
}

func catchUp(ctx context.Context, idx bleve.Index, src ChangeSource, progress func(int)) (int, error) {
	seq, err := seqOf(idx)
	if err != nil {
		return 0, err
	}
	total := 0
	for {
		if err := ctx.Err(); err != nil {
			return total, err
		}
		changes, err := src.ChangesSince(ctx, seq, BatchSize)
		if err != nil {
			return total, fmt.Errorf("index: catch up from %d: %w", seq, err)
		}
		if len(changes) == 0 {
			return total, nil
		}
		if err := apply(idx, changes); err != nil {
			return total, err
		}
		total += len(changes)
		seq = changes[len(changes)-1].Seq
		if progress != nil {
			progress(total)
		}
	}
}

// Rebuild builds a new index from every change of src beside the current
// one, then swaps it in; searches keep working on the old index meanwhile.
// progress, if set, is called after each batch with the documents so far.
func (x *Index) Rebuild(ctx context.Context, src ChangeSource, progress func(int)) (int, error) {
	x.wmu.Lock()
	defer x.wmu.Unlock()
	tmp := x.path + ".rebuild"
	if err := os.RemoveAll(tmp); err != nil {
		return 0, fmt.Errorf("index: rebuild: %w", err)
	}
	fresh, err := create(tmp, x.lock.timeout)
	if err != nil {
		return 0, err
	}
	n, err := catchUp(ctx, fresh, src, progress)
	if err != nil {
		fresh.Close()
		os.RemoveAll(tmp)
		return n, err
	}
	if err := fresh.Close(); err != nil {
		return n, fmt.Errorf("index: rebuild: %w", err)
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	if err := x.idx.Close(); err != nil {
		return n, fmt.Errorf("index: rebuild: close old: %w", err)
	}
	old := x.path + ".old"
	os.RemoveAll(old)
	if err := os.Rename(x.path, old); err != nil {
		return n, fmt.Errorf("index: rebuild: %w", err)
	}
	if err := os.Rename(tmp, x.path); err != nil {
		return n, fmt.Errorf("index: rebuild: %w", err)
	}
	os.RemoveAll(old)
	idx, err := bleve.OpenUsing(x.path, boltConfig(x.lock.timeout))
	if err != nil {
		return n, fmt.Errorf("index: rebuild: reopen: %w", err)
	}
	x.idx = idx
	x.gen.Add(1)
	return n, nil
}
