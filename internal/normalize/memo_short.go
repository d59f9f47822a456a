package normalize

import (
	"sync"

	"github.com/gigscout/gigscout/internal/model"
)

// Boards write a few location strings over and over ("Remote", "Remote -
// US", "New York, NY"), and the readers of such short fields run their
// regexps on each again. A shortMemo keeps the answers of a pure function
// for the last few strings it was asked about; a goroutine takes one from
// a pool for a call, so nothing is shared while in use. An answer is the
// function's for that string whatever the cache holds.
type shortMemo[V any] struct {
	keys [16]string
	vals [16]V
	n    int // entries filled
	next int // the entry the next miss overwrites
}

// get returns the answer kept for s.
func (m *shortMemo[V]) get(s string) (V, bool) {
	for i := 0; i < m.n; i++ {
		if m.keys[i] == s {
			return m.vals[i], true
		}
	}
	var zero V
	return zero, false
}

// put keeps v as the answer for s, in place of the oldest.
func (m *shortMemo[V]) put(s string, v V) {
	m.keys[m.next], m.vals[m.next] = s, v
	m.next = (m.next + 1) % len(m.keys)
	m.n = min(m.n+1, len(m.keys))
}

// memoized returns f(s), from the memo of pool when it holds s.
func memoized[V any](pool *sync.Pool, s string, f func(string) V) V {
	if reference {
		return f(s)
	}
	m := pool.Get().(*shortMemo[V])
	v, ok := m.get(s)
	if !ok {
		v = f(s)
		m.put(s, v)
	}
	pool.Put(m)
	return v
}

// modeEvidence is what shortFieldMode returns.
type modeEvidence struct {
	r  model.Remote
	ev string
}

var shortFieldModeMemo = sync.Pool{New: func() any { return new(shortMemo[modeEvidence]) }}

// shortFieldMode is shortFieldModeRead(s), remembered for the last strings
// asked about.
func shortFieldMode(s string) (model.Remote, string) {
	v := memoized(&shortFieldModeMemo, s, func(s string) modeEvidence {
		r, ev := shortFieldModeRead(s)
		return modeEvidence{r, ev}
	})
	return v.r, v.ev
}
