package web

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/gigscout/gigscout/index"
)

// cached is a response that carries validators.
type cached struct {
	contentType string
	body        []byte
	// etagOf is what the ETag hashes when it differs from body (a search
	// without its took_ms); nil: the body.
	etagOf   []byte
	modified time.Time     // Last-Modified; zero: none
	maxAge   time.Duration // 0: Options.CacheMaxAge
	// private responses (a widget key's) are revalidated on every use, so
	// that each search reaches the server and a revoked key stops at once.
	private bool
}

// serveCached writes c with an ETag (a hash of the body), Last-Modified and
// Cache-Control, answering 304 Not Modified to a matching If-None-Match
// (or, without one, If-Modified-Since).
func (s *Server) serveCached(w http.ResponseWriter, r *http.Request, c cached) {
	basis := c.etagOf
	if basis == nil {
		basis = c.body
	}
	sum := sha256.Sum256(basis)
	tag := `"` + hex.EncodeToString(sum[:12]) + `"`
	if c.etagOf != nil {
		tag = "W/" + tag // equal up to timing fields
	}
	h := w.Header()
	h.Set("ETag", tag)
	age := c.maxAge
	if age == 0 {
		age = s.opts.CacheMaxAge
	}
	h.Set("Cache-Control", fmt.Sprintf("public, max-age=%d", int(age.Seconds())))
	if c.private {
		h.Set("Cache-Control", "private, no-cache")
	}
	h.Set("Content-Type", c.contentType)
	h.Set("X-Content-Type-Options", "nosniff")
	http.ServeContent(w, r, "", c.modified, bytes.NewReader(c.body))
}

// modClock remembers when the index's seq last changed: the
// Last-Modified of anything computed from the index.
type modClock struct {
	mu  sync.Mutex
	seq int64
	at  time.Time
}

// lastModified is the time the index last changed as far as this server
// saw (its start at the latest), or zero for a query whose results move
// with the clock (posted_within) or when the seq cannot be read.
func (s *Server) lastModified(q index.Query) time.Time {
	if s.opts.Index == nil || !q.PostedAfter.IsZero() {
		return time.Time{}
	}
	seq, err := s.opts.Index.Seq()
	if err != nil {
		return time.Time{}
	}
	c := &s.clock
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.at.IsZero() || seq != c.seq {
		c.seq, c.at = seq, s.opts.Now().UTC().Truncate(time.Second)
	}
	return c.at
}
