package index

import (
	"container/heap"
	"strconv"

	"github.com/blevesearch/bleve/v2/search"
)

// The relevance order is score, then newest, then key: exact cursors need
// the tie-breakers, but asking Bleve to sort by them reads the doc values
// of every hit. relCollector takes Bleve's hits sorted by nothing
// (Bleve's score-only sort collects without doc values) and reads the
// tie-breakers only of hits whose score can put them on the page: those
// at least as good as the page's worst so far, and those tied with the
// cursor.

// relHit is a hit in relevance order.
type relHit struct {
	score  float64
	newest string // the newest sort key: posted_at descending, then id
}

// before reports whether a sorts before b.
func (a relHit) before(b relHit) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	return a.newest < b.newest
}

// id is the listing id, the newest key's end.
func (h relHit) id() string { return h.newest[min(16, len(h.newest)):] }

// afterValues are the cursor values of h.
func (h relHit) afterValues() []string {
	return []string{strconv.FormatFloat(h.score, 'g', -1, 64), h.newest}
}

// relAfter reads cursor values made by afterValues (checked by decodeCursor).
func relAfter(vals []string) *relHit {
	score, _ := strconv.ParseFloat(vals[0], 64)
	return &relHit{score: score, newest: vals[1]}
}

// relHeap keeps the worst hit at its root.
type relHeap []relHit

func (h relHeap) Len() int           { return len(h) }
func (h relHeap) Less(i, j int) bool { return h[j].before(h[i]) }
func (h relHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *relHeap) Push(x any)        { *h = append(*h, x.(relHit)) }
func (h *relHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type relCollector struct {
	k     int
	after *relHit // the cursor's last hit, or nil
	hits  relHeap
	err   error
}

func newRelCollector(k int, after []string) *relCollector {
	c := &relCollector{k: k}
	if after != nil {
		c.after = relAfter(after)
	}
	return c
}

// handler is a search.MakeDocumentMatchHandler: Bleve's collector calls
// the returned function for every hit (it counts the total itself).
func (c *relCollector) handler(sctx *search.SearchContext) (search.DocumentMatchHandler, bool, error) {
	dv, err := sctx.IndexReader.DocValueReader([]string{"newest"})
	if err != nil {
		return nil, false, err
	}
	var cur relHit
	visit := func(field string, term []byte) { cur.newest = string(term) }
	return func(d *search.DocumentMatch) error {
		if d == nil {
			return nil
		}
		defer sctx.DocumentMatchPool.Put(d)
		if c.after != nil && d.Score > c.after.score {
			return nil // on an earlier page
		}
		full := len(c.hits) >= c.k
		if full && d.Score < c.hits[0].score {
			return nil // cannot enter the page
		}
		cur = relHit{score: d.Score}
		if err := dv.VisitDocValues(d.IndexInternalID, visit); err != nil {
			c.err = err
			return err
		}
		if c.after != nil && !c.after.before(cur) {
			return nil
		}
		if !full {
			heap.Push(&c.hits, cur)
		} else if cur.before(c.hits[0]) {
			c.hits[0] = cur
			heap.Fix(&c.hits, 0)
		}
		return nil
	}, false, nil
}

// sorted returns the collected hits, best first.
func (c *relCollector) sorted() []relHit {
	out := make([]relHit, len(c.hits))
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(&c.hits).(relHit)
	}
	return out
}
