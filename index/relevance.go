package index

import (
	"container/heap"
	"math"
	"strconv"
	"time"

	"github.com/blevesearch/bleve/v2/numeric"
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
	posted int64 // Unix ns; math.MinInt64 when missing (sorts last)
	key    string
}

// before reports whether a sorts before b.
func (a relHit) before(b relHit) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	if a.posted != b.posted {
		return a.posted > b.posted
	}
	return a.key < b.key
}

// afterValues are the cursor values of h, as Bleve decodes the same sort.
func (h relHit) afterValues() []string {
	posted := time.Time{}.Format(time.RFC3339Nano)
	if h.posted != math.MinInt64 {
		posted = time.Unix(0, h.posted).UTC().Format(time.RFC3339Nano)
	}
	return []string{strconv.FormatFloat(h.score, 'g', -1, 64), posted, h.key}
}

// relAfter reads cursor values made by afterValues (checked by decodeCursor).
func relAfter(vals []string) *relHit {
	score, _ := strconv.ParseFloat(vals[0], 64)
	h := &relHit{score: score, posted: math.MinInt64, key: vals[2]}
	if t, err := time.Parse(time.RFC3339Nano, vals[1]); err == nil && !t.IsZero() {
		h.posted = t.UnixNano()
	}
	return h
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
	dv, err := sctx.IndexReader.DocValueReader([]string{"posted_at", "key"})
	if err != nil {
		return nil, false, err
	}
	var cur relHit
	visit := func(field string, term []byte) {
		switch field {
		case "key":
			cur.key = string(term)
		case "posted_at":
			p := numeric.PrefixCoded(term)
			if shift, err := p.Shift(); err == nil && shift == 0 {
				if v, err := p.Int64(); err == nil {
					cur.posted = v
				}
			}
		}
	}
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
		cur = relHit{score: d.Score, posted: math.MinInt64}
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
