package store

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// The written cache: the listings this process stored, as decoding their
// data column would give them, by content hash. The ingest pipeline reads
// back what it has just stored (the index's catch-up through ChangesSince,
// the cross-listing recompute through CorpusRowsSince); decoding each
// listing's JSON again was most of that read's cost (encoding/json was
// 5 % of a first crawl's CPU). The read still goes to the store, row by
// row, with the same query: the cache only stands in for decoding a data
// column whose content hash it holds. A row another process wrote, or
// wrote since, has another hash and is decoded; so is every row after a
// restart. Nothing about what is read, or when, changes.
//
// It is off until a reader asks for it (KeepWritten): a process that never
// reads back what it writes (a `gigscout crawl` beside `serve`, whose
// tailer indexes) keeps nothing.

// WrittenKeeper is a store that can keep the listings it writes for their
// read-back (see KeepWritten); the SQLite and PostgreSQL stores are.
type WrittenKeeper interface {
	// KeepWritten keeps up to about maxBytes of the listings this
	// process writes (0 keeps none) until each of the reads named by
	// reads has read them (or the bound drops them, oldest first).
	KeepWritten(maxBytes int64, reads ReadBack)
}

// ReadBack names the reads of what the process wrote that a kept listing
// waits for (ORed).
type ReadBack uint8

// The reads of a kept listing.
const (
	ReadChanges ReadBack = 1 << iota // ChangesSince (an index's catch-up)
	ReadCorpus                       // CorpusRowsSince (the cross-listing recompute)
)

var _ WrittenKeeper = (*sqlStore)(nil)

// KeepWritten implements WrittenKeeper.
func (s *sqlStore) KeepWritten(maxBytes int64, reads ReadBack) { s.written.setMax(maxBytes, reads) }

// writtenCache holds decoded listings by content hash. A listing is
// dropped once every read it waits for (KeepWritten's, and any other seen
// since) has read it, or when the cache is past its bound (which first:
// written_evict.go). A listing
// read again later (its seq moved by a cross-listing flag or a duplicate
// link) is then decoded, as before.
type writtenCache struct {
	mu      sync.Mutex
	max     int64 // bytes kept at most (0: off)
	size    int64
	m       map[string]writtenEntry
	order   []keyGen // oldest first, from head; stale once the entry is gone or newer
	head    int
	gen     uint64
	readers ReadBack // the reads a listing waits for
	// What a full cache drops first (written_evict.go): the newest
	// gen each read took, and the listings waiting for the change feed
	// alone, newest last.
	taken    [2]uint64
	feedOnly []keyGen

	hits, misses atomic.Int64 // rows read from the cache, rows decoded
	betweenReads func()       // tests: runs between changesKept's two queries
}

type writtenEntry struct {
	l    *model.Listing // as decoded; never handed out (see get)
	n    int64
	gen  uint64
	read ReadBack // the reads that read it
}

type keyGen struct {
	key string
	gen uint64
}

func (c *writtenCache) setMax(n int64, reads ReadBack) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.max = max(n, 0)
	c.readers = reads
	c.evict()
}

func (c *writtenCache) on() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.max > 0
}

// put keeps l (already as decoded) under hash; n is its data's size.
func (c *writtenCache) put(hash string, l *model.Listing, n int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.max <= 0 || n > c.max {
		return
	}
	if c.m == nil {
		c.m = map[string]writtenEntry{}
	}
	if e, ok := c.m[hash]; ok {
		e.read = 0 // written again: to be read again
		c.m[hash] = e
		return
	}
	c.makeRoom(n) // written_evict.go
	c.gen++
	c.m[hash] = writtenEntry{l: l, n: n, gen: c.gen}
	c.order = append(c.order, keyGen{hash, c.gen})
	c.size += n
	c.evict()
}

// evict drops the oldest entries past max; c.mu is held.
func (c *writtenCache) evict() {
	for c.size > c.max && c.head < len(c.order) {
		k := c.order[c.head]
		c.order[c.head] = keyGen{}
		c.head++
		if e, ok := c.m[k.key]; ok && e.gen == k.gen {
			c.size -= e.n
			delete(c.m, k.key)
		}
	}
	// The order also holds the keys of listings dropped once read: it is
	// rebuilt from the live ones when they are under half of it.
	if live := c.order[c.head:]; len(live) > 2*len(c.m)+1024 {
		c.order = slices.DeleteFunc(slices.Clone(live), func(k keyGen) bool { return c.m[k.key].gen != k.gen })
		c.head = 0
	}
}

// take returns the listing kept under hash for reader (nil if none),
// dropping it once every read it waits for has read it; c.mu is held.
func (c *writtenCache) take(hash string, reader ReadBack) *model.Listing {
	c.readers |= reader
	e, ok := c.m[hash]
	if !ok {
		c.misses.Add(1)
		return nil
	}
	c.hits.Add(1)
	e.read |= reader
	if e.read&c.readers == c.readers {
		c.size -= e.n
		delete(c.m, hash)
	} else {
		c.m[hash] = e
	}
	c.noteTaken(reader, hash, e)
	return e.l
}

// get returns a fresh copy of the listing kept under hash (the caller may
// change it) for the change feed, or nil.
func (c *writtenCache) get(hash string) *model.Listing {
	c.mu.Lock()
	l := c.take(hash, ReadChanges)
	c.mu.Unlock()
	if l == nil {
		return nil
	}
	return copyDecoded(l)
}

// peek returns the listing kept under hash for the corpus rows, or nil;
// the caller only reads it.
func (c *writtenCache) peek(hash string) *model.Listing {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.take(hash, ReadCorpus)
}

// keep is get's other half: what Upsert calls for a listing it stored
// with a new content (data encoded from l, hashed to hash).
func (c *writtenCache) keep(hash string, l *model.Listing, n int64) {
	if !c.on() {
		return
	}
	if d, ok := decodedOf(l); ok {
		c.put(hash, d, n)
	}
}

// decodedOf returns l as decoding the data column Upsert writes of it
// would give it (json.Unmarshal of contentHash's encoding, into a new
// listing): a deep copy without what that encoding leaves out (the times
// and links kept in their own columns, the fields tagged "-"), with the
// JSON's own normalizations (an empty omitempty slice comes back nil, a
// time comes back as its RFC 3339 text parses). It reports false where it
// cannot tell without encoding: a string that is not valid UTF-8 (the
// encoding replaces its bad bytes) or a time the encoding refuses.
//
// TestDecodedOfMatchesJSON fills every field of model.Listing by
// reflection and compares: a field added to the model that this misses
// fails it.
func decodedOf(l *model.Listing) (*model.Listing, bool) {
	c := *l
	c.FirstSeen, c.LastSeen, c.ClosedAt = time.Time{}, time.Time{}, nil
	c.DuplicateOf, c.AlsoAt = "", nil
	c.DedupKey, c.TextSimHash, c.PostingHash = "", 0, ""
	ok := valid(c.ID, c.Source, c.Kind, c.ExternalID, c.URL, c.ApplyURL, c.Title, c.Company, c.CompanyURL,
		c.CompanyInfo, string(c.Remote), c.RemoteEvidence, string(c.Type), c.PayText, c.EmploymentType,
		c.DescriptionHTML, c.Text, c.Language, string(c.Risk), c.Fingerprint)
	ok = validAll(c.Locations) && validAll(c.RemoteRegions) && validAll(c.Skills) && ok
	c.Locations, c.RemoteRegions, c.Skills = slices.Clone(c.Locations), slices.Clone(c.RemoteRegions), slices.Clone(c.Skills)
	if c.Pay != nil {
		p := *c.Pay
		ok = valid(p.Currency, string(p.Unit), string(p.Source)) && ok
		p.Hourly, p.HourlyUSD = omitZero(p.Hourly), omitZero(p.HourlyUSD)
		if p.Evidence != nil {
			e := *p.Evidence
			ok = valid(e.Field, e.Text) && ok
			p.Evidence = &e
		}
		c.Pay = &p
	}
	c.Hours, ok = decodedRange(c.Hours, ok)
	c.DurationDays, ok = decodedRange(c.DurationDays, ok)
	c.Deadline, ok = decodedTime(c.Deadline, ok)
	c.PostedAt, ok = decodedTime(c.PostedAt, ok)
	if c.Flags != nil {
		fs := make([]model.Flag, len(c.Flags))
		for i, f := range c.Flags {
			ok = valid(f.ID, string(f.Family), string(f.Severity), f.Reason, f.Evidence.Field, f.Evidence.Text) && ok
			if len(f.Others) == 0 {
				f.Others = nil
			} else {
				f.Others = slices.Clone(f.Others)
				for _, o := range f.Others {
					ok = valid(o.Source, o.URL, o.ID, o.Company, o.Title) && ok
				}
			}
			fs[i] = f
		}
		c.Flags = fs
	}
	return &c, ok
}

// copyDecoded is a deep copy of a listing decodedOf returned (its slices
// and pointers new, its strings shared).
func copyDecoded(d *model.Listing) *model.Listing {
	c := *d
	c.Locations, c.RemoteRegions, c.Skills = slices.Clone(c.Locations), slices.Clone(c.RemoteRegions), slices.Clone(c.Skills)
	if c.Pay != nil {
		p := *c.Pay
		if p.Evidence != nil {
			e := *p.Evidence
			p.Evidence = &e
		}
		c.Pay = &p
	}
	if c.Hours != nil {
		h := *c.Hours
		c.Hours = &h
	}
	if c.DurationDays != nil {
		r := *c.DurationDays
		c.DurationDays = &r
	}
	if c.Deadline != nil {
		t := *c.Deadline
		c.Deadline = &t
	}
	if c.PostedAt != nil {
		t := *c.PostedAt
		c.PostedAt = &t
	}
	if c.Flags != nil {
		c.Flags = slices.Clone(c.Flags)
		for i := range c.Flags {
			c.Flags[i].Others = slices.Clone(c.Flags[i].Others)
		}
	}
	return &c
}

func valid(ss ...string) bool {
	for _, s := range ss {
		if !utf8.ValidString(s) {
			return false
		}
	}
	return true
}

func validAll(ss []string) bool { return valid(ss...) }

// omitZero is an omitempty float as decoded: a zero (-0 too) is left out,
// and comes back +0.
func omitZero(f float64) float64 {
	if f == 0 {
		return 0
	}
	return f
}

func decodedRange(r *model.Range, ok bool) (*model.Range, bool) {
	if r == nil {
		return nil, ok
	}
	c := *r
	return &c, valid(string(c.Source)) && ok
}

// decodedTime is a time as its JSON decodes: the same instant, in UTC, in
// Local or in a fixed zone as the offset says, without a monotonic
// reading.
func decodedTime(t *time.Time, ok bool) (*time.Time, bool) {
	if t == nil {
		return nil, ok
	}
	b, err := t.MarshalJSON()
	if err != nil {
		return nil, false
	}
	var d time.Time
	if err := d.UnmarshalJSON(b); err != nil {
		return nil, false
	}
	return &d, ok
}

// keepWritten keeps the listings a committed Upsert stored with a new
// content.
func (s *sqlStore) keepWritten(ls []*model.Listing, rows []upsertRow, out []Outcome) {
	if !s.written.on() {
		return
	}
	for i, l := range ls {
		if out[i] != Unchanged {
			s.written.keep(rows[i].hash, l, int64(rows[i].size))
		}
	}
}

// corpusRowsKept is corpusRows(`WHERE seq > after ORDER BY seq`) reading
// the fields of a listing kept under its content hash from the kept copy:
// a first query reads the rows' columns and hashes, a second the fields
// of the others (SQLite's json_extract parsed every listing's data). A row
// changed between the two (by another process) is read as it is at the
// second; its change has a seq above the one CorpusRowsSince returns, so
// the next call reads it again.
func (s *sqlStore) corpusRowsKept(ctx context.Context, after int64) ([]CorpusRow, []string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, source, closed_at IS NOT NULL, text_simhash, content_hash
		FROM listings WHERE seq > ? ORDER BY seq`, after)
	if err != nil {
		return nil, nil, fmt.Errorf("store: corpus rows: %w", err)
	}
	var out []CorpusRow
	var closed []string
	miss := map[string]int{} // id → index in out
	for rows.Next() {
		var r CorpusRow
		var sim int64
		var isClosed bool
		var hash string
		if err := rows.Scan(&r.ID, &r.Source, &isClosed, &sim, &hash); err != nil {
			rows.Close()
			return nil, nil, fmt.Errorf("store: corpus rows: %w", err)
		}
		if isClosed {
			closed = append(closed, r.ID)
			continue
		}
		r.TextSimHash = uint64(sim)
		if l := s.written.peek(hash); l != nil {
			r.URL, r.Title, r.Company, r.CompanyInfo = l.URL, l.Title, l.Company, l.CompanyInfo
			r.CompanyURL, r.ApplyURL = l.CompanyURL, l.ApplyURL
			r.TextLen = utf8.RuneCountInString(l.Text)
			r.Lead = leadPrefix(l.Text)
		} else {
			miss[r.ID] = len(out)
		}
		out = append(out, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("store: corpus rows: %w", err)
	}
	if len(miss) == 0 {
		return out, closed, nil
	}
	ids := slices.Sorted(maps.Keys(miss))
	gone := map[int]bool{} // indexes in out of rows closed (or gone) since
	for len(ids) > 0 {
		found := map[string]bool{}
		chunk := ids[:min(len(ids), corpusChunk)]
		ids = ids[len(chunk):]
		in, args := inList(chunk)
		rows, err := s.db.QueryContext(ctx, `SELECT id, closed_at IS NOT NULL, text_simhash, `+s.d.jsonFields("data", corpusFields...)+`, `+s.bodyCol()+`
			FROM listings WHERE id IN `+in, args...)
		if err != nil {
			return nil, nil, fmt.Errorf("store: corpus rows: %w", err)
		}
		for rows.Next() {
			var id string
			var isClosed bool
			var sim int64
			var fields, body []byte
			if err := rows.Scan(&id, &isClosed, &sim, &fields, &body); err != nil {
				rows.Close()
				return nil, nil, fmt.Errorf("store: corpus rows: %w", err)
			}
			k, ok := miss[id]
			if !ok {
				continue
			}
			found[id] = true
			if isClosed {
				closed = append(closed, id)
				gone[k] = true
				continue
			}
			r := &out[k]
			r.TextSimHash = uint64(sim)
			if err := r.fill(fields, body); err != nil {
				rows.Close()
				return nil, nil, fmt.Errorf("store: corpus rows: listing %s: %w", id, err)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, nil, fmt.Errorf("store: corpus rows: %w", err)
		}
		for _, id := range chunk {
			if !found[id] {
				gone[miss[id]] = true
			}
		}
	}
	if len(gone) > 0 {
		kept := out[:0]
		for k, r := range out {
			if !gone[k] {
				kept = append(kept, r)
			}
		}
		out = kept
	}
	return out, closed, nil
}

// has reports whether a listing is kept under hash (not a read).
func (c *writtenCache) has(hash string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.m[hash]
	return ok
}

// changesKept is changesSince without reading the data of the listings
// kept under their content hash: a first query reads every column but
// data, a second the data of the other rows, by id. A row's data changes
// only with its seq (seqs are never reused), so a row the second query
// finds at the seq the first read holds the data the first would have
// read, and the changes are what the one query of changesSince returns.
// A row found changed between the two (another process wrote it), or a
// read that keeps few, is read by changesSince.
func (s *sqlStore) changesKept(ctx context.Context, after int64, limit int) ([]model.Change, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, first_seen, last_seen, closed_at, seq, duplicate_of, also_at, corpus_flags, corpus_risk, content_hash
		FROM listings WHERE seq > ? ORDER BY seq LIMIT ?`, after, limit)
	if err != nil {
		return nil, fmt.Errorf("store: changes since %d: %w", after, err)
	}
	type change struct {
		id, hash string
		r        listingRow
	}
	var cs []change
	misses := 0
	for rows.Next() {
		var c change
		r := &c.r
		if err := rows.Scan(&c.id, &r.first, &r.last, &r.closed, &r.seq, &r.dupOf, &r.alsoAt, &r.corpusFlags, &r.corpusRisk, &c.hash); err != nil {
			rows.Close()
			return nil, fmt.Errorf("store: changes since %d: %w", after, err)
		}
		if !s.written.has(c.hash) {
			misses++
		}
		cs = append(cs, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: changes since %d: %w", after, err)
	}
	if len(cs) == 0 {
		return nil, nil
	}
	if 2*misses > len(cs) {
		return s.changesSince(ctx, after, limit) // mostly not kept: one query is cheaper
	}
	if f := s.written.betweenReads; f != nil {
		f()
	}
	out := make([]model.Change, len(cs))
	miss := map[string]int{} // id → index in cs
	for i, c := range cs {
		if l := s.written.get(c.hash); l != nil {
			if err := c.r.finish(l); err != nil {
				return nil, fmt.Errorf("store: changes since %d: %w", after, err)
			}
			out[i] = model.Change{Seq: c.r.seq, ID: l.ID, Listing: l}
		} else {
			miss[c.id] = i
		}
	}
	ids := slices.Sorted(maps.Keys(miss))
	for len(ids) > 0 {
		chunk := ids[:min(len(ids), corpusChunk)]
		ids = ids[len(chunk):]
		in, args := inList(chunk)
		rows, err := s.db.QueryContext(ctx, `SELECT id, seq, data, `+s.bodyCol()+` FROM listings WHERE id IN `+in, args...)
		if err != nil {
			return nil, fmt.Errorf("store: changes since %d: %w", after, err)
		}
		found := 0
		for rows.Next() {
			var id string
			var seq int64
			var data, body []byte
			if err := rows.Scan(&id, &seq, &data, &body); err != nil {
				rows.Close()
				return nil, fmt.Errorf("store: changes since %d: %w", after, err)
			}
			i, ok := miss[id]
			if !ok {
				continue
			}
			if seq != cs[i].r.seq {
				rows.Close()
				return s.changesSince(ctx, after, limit) // changed since the first read
			}
			l := new(model.Listing)
			if err := json.Unmarshal(data, l); err != nil {
				rows.Close()
				return nil, fmt.Errorf("store: changes since %d: decode listing: %w", after, err)
			}
			if err := setBody(l, body); err != nil {
				rows.Close()
				return nil, fmt.Errorf("store: changes since %d: listing %s: %w", after, id, err)
			}
			if err := cs[i].r.finish(l); err != nil {
				rows.Close()
				return nil, fmt.Errorf("store: changes since %d: %w", after, err)
			}
			out[i] = model.Change{Seq: seq, ID: l.ID, Listing: l}
			found++
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("store: changes since %d: %w", after, err)
		}
		if found != len(chunk) {
			return s.changesSince(ctx, after, limit)
		}
	}
	return out, nil
}
