package index

import (
	"encoding/json"
	"sync"
)

// facetCacheSize bounds the cached facet results of one generation.
const facetCacheSize = 1024

// facetCache keeps facet counts for one index generation; a newer
// generation empties it.
type facetCache struct {
	mu  sync.Mutex
	gen int64
	m   map[string]map[string][]FacetCount
}

func (c *facetCache) get(gen int64, key string) map[string][]FacetCount {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen != gen {
		return nil
	}
	return c.m[key]
}

func (c *facetCache) put(gen int64, key string, f map[string][]FacetCount) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen < c.gen {
		return // computed on an older index
	}
	if gen != c.gen || c.m == nil || len(c.m) >= facetCacheSize {
		c.gen, c.m = gen, map[string]map[string][]FacetCount{}
	}
	c.m[key] = f
}

// facetKey is what a request's facets depend on: everything but the
// sort, the page (size, cursor, offset) and highlighting.
func (q Query) facetKey() string {
	q.Sort, q.Limit, q.Cursor, q.Offset, q.Highlight = "", 0, "", 0, false
	b, _ := json.Marshal(q)
	return string(b)
}
