package index

import (
	"encoding/json"
	"sync"
)

// facetCacheSize bounds the cached facet results of one generation.
const facetCacheSize = 1024

// facetCache keeps the total and the facet counts of requests for one
// index generation; a newer generation empties it.
type facetCache struct {
	mu  sync.Mutex
	gen int64
	m   map[string]counts
}

// counts are what a request's hits count to, on any page and in any order.
type counts struct {
	total  uint64
	facets map[string][]FacetCount // nil when the request asked for none
}

func (c *facetCache) get(gen int64, key string) (counts, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen != gen {
		return counts{}, false
	}
	f, ok := c.m[key]
	return f, ok
}

func (c *facetCache) put(gen int64, key string, f counts) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen < c.gen {
		return // computed on an older index
	}
	if gen != c.gen || c.m == nil || len(c.m) >= facetCacheSize {
		c.gen, c.m = gen, map[string]counts{}
	}
	c.m[key] = f
}

// facetKey is what a request's total and facets depend on: everything
// but the sort, the page (size, cursor, offset) and highlighting.
func (q Query) facetKey() string {
	q.Sort, q.Limit, q.Cursor, q.Offset, q.Highlight = "", 0, "", 0, false
	b, _ := json.Marshal(q)
	return string(b)
}
