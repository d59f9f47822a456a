package index

import (
	"container/heap"
	"sort"
	"strconv"

	"github.com/blevesearch/bleve/v2/search"
	bindex "github.com/blevesearch/bleve_index_api"
)

// The relevance order is score, then newest, then id: exact cursors need
// the tie-breakers, but asking Bleve to sort by them reads the doc values
// of every hit. relCollector takes Bleve's hits with the score-only sort
// (Bleve then collects without doc values), keeps those whose score can
// reach the page, and reads the tie-breaker (the newest sort key, which
// ends in the id) of the survivors only, once, at the end.

// relHit is a hit in relevance order.
type relHit struct {
	score  float64
	newest string // the newest sort key: posted_at descending, then id ("": not read, see needKeys)
	doc    string // the listing id when newest was not read
	iid    bindex.IndexInternalID
}

// before reports whether a sorts before b.
func (a relHit) before(b relHit) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	return a.newest < b.newest
}

// id is the listing id: the newest key's end, or the stored id.
func (h relHit) id() string {
	if h.newest == "" {
		return h.doc
	}
	return h.newest[min(16, len(h.newest)):]
}

// afterValues are the cursor values of h.
func (h relHit) afterValues() []string {
	return []string{strconv.FormatFloat(h.score, 'g', -1, 64), h.newest}
}

// relAfter reads cursor values made by afterValues (checked by decodeCursor).
func relAfter(vals []string) *relHit {
	score, _ := strconv.ParseFloat(vals[0], 64)
	return &relHit{score: score, newest: vals[1]}
}

// scoreHeap is a min-heap of scores: the k best seen so far.
type scoreHeap []float64

func (h scoreHeap) Len() int           { return len(h) }
func (h scoreHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h scoreHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *scoreHeap) Push(x any)        { *h = append(*h, x.(float64)) }
func (h *scoreHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// relCand is a hit that may reach the page: its score and Bleve's
// internal id (the tie-breaker is read at the end).
type relCand struct {
	score float64
	id    bindex.IndexInternalID
}

type relCollector struct {
	k     int
	after *relHit // the cursor's last hit, or nil
	// best holds the k best scores among candidates known to come after
	// the cursor; its minimum is the score a hit needs to stay in play.
	best  scoreHeap
	cands []relCand
	hits  []relHit // the page, best first, after the search
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
// the returned function for every hit (it counts the total itself), then
// once with nil, while the index reader is still open. Hits are kept by
// score alone while searching; the tie-breakers of the survivors (the k
// best and any tied with the k-th) are read at the end, in index order.
func (c *relCollector) handler(sctx *search.SearchContext) (search.DocumentMatchHandler, bool, error) {
	return func(d *search.DocumentMatch) error {
		if d == nil {
			c.err = c.finish(sctx.IndexReader)
			return c.err
		}
		c.offer(d.Score, d.IndexInternalID)
		sctx.DocumentMatchPool.Put(d)
		return nil
	}, false, nil
}

// offer takes one hit, its score and Bleve's internal id (copied if kept).
func (c *relCollector) offer(score float64, id bindex.IndexInternalID) {
	if c.after != nil && score > c.after.score {
		return // on an earlier page
	}
	if len(c.best) >= c.k && score < c.best[0] {
		return // cannot reach the page
	}
	c.cands = append(c.cands, relCand{score: score, id: append(bindex.IndexInternalID(nil), id...)})
	if c.after == nil || score < c.after.score { // surely after the cursor
		if len(c.best) < c.k {
			heap.Push(&c.best, score)
		} else if score > c.best[0] {
			c.best[0] = score
			heap.Fix(&c.best, 0)
		}
	}
	if len(c.cands) >= 8*c.k+64 {
		c.prune()
	}
}

// prune drops the candidates below the k-th best score.
func (c *relCollector) prune() {
	if len(c.best) < c.k {
		return
	}
	kept := c.cands[:0]
	for _, x := range c.cands {
		if x.score >= c.best[0] {
			kept = append(kept, x)
		}
	}
	c.cands = kept
}

// finish reads the survivors' tie-breakers and keeps the page.
func (c *relCollector) finish(r bindex.IndexReader) error {
	c.prune()
	sort.Slice(c.cands, func(i, j int) bool { return c.cands[i].id.Compare(c.cands[j].id) < 0 })
	dv, err := r.DocValueReader([]string{"newest"})
	if err != nil {
		return err
	}
	var cur relHit
	visit := func(field string, term []byte) { cur.newest = string(term) }
	need := c.needKeys() // relevance_keys.go
	hits := make([]relHit, 0, len(c.cands))
	for _, x := range c.cands {
		cur = relHit{score: x.score, iid: x.id}
		if need(x.score) {
			if err := dv.VisitDocValues(x.id, visit); err != nil {
				return err
			}
		} else if cur.doc, err = r.ExternalID(x.id); err != nil {
			return err
		}
		if c.after != nil && !c.after.before(cur) {
			continue
		}
		hits = append(hits, cur)
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].before(hits[j]) })
	c.hits = hits[:min(c.k, len(hits))]
	c.cands = nil
	// The cursor to the next page holds the page's last hit's key.
	if len(c.hits) == c.k && c.k >= 2 && c.hits[c.k-2].newest == "" {
		h := &c.hits[c.k-2]
		if err := dv.VisitDocValues(h.iid, func(_ string, term []byte) { h.newest = string(term) }); err != nil {
			return err
		}
	}
	return nil
}

// sorted returns the page's hits, best first.
func (c *relCollector) sorted() []relHit { return c.hits }
