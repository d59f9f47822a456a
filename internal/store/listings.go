package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// Outcome is what Upsert did with one listing.
type Outcome int

// Upsert outcomes.
const (
	Unchanged Outcome = iota
	Created
	Updated  // content changed
	Reopened // was closed, seen again
)

// contentHash is what Upsert writes of what a listing says, by
// encoding/json: data, the listing as JSON without the bookkeeping that
// changes on every sighting and without its texts; body, the texts
// (body.go); and the content hash of the two (rowHash). encodeData writes
// the same by hand.
func contentHash(l *model.Listing) (hash string, data []byte, body any, err error) {
	c := contentOf(l)
	c.DescriptionHTML, c.Text = "", "" // both omitempty: the body column's
	if data, err = json.Marshal(&c); err != nil {
		return "", nil, nil, err
	}
	body = packBody(l.DescriptionHTML, l.Text)
	return rowHash(data, body), data, body, nil
}

// contentOf is l without the bookkeeping that changes on every sighting
// (times) or lives in its own columns (duplicate links): what a content
// hash covers.
func contentOf(l *model.Listing) model.Listing {
	c := *l
	c.FirstSeen, c.LastSeen, c.ClosedAt = time.Time{}, time.Time{}, nil
	c.DuplicateOf, c.AlsoAt = "", nil
	return c
}

// rowHash is the content hash of a listing stored as data and body
// (nil or []byte): SHA-256 over data, then body, cut to 16 bytes, in hex.
// Since migration 0018 it hashes the compressed texts, not their JSON:
// 1.8 KB instead of 5.5 KB for a crawl listing (SHA-256 was about a third
// of Upsert's instructions). The compressed bytes are a function of the
// texts for one version of the compressor: TestBodyEncodingPinned fails
// when an upgrade of it changes them (every stored listing would read as
// changed once).
func rowHash(data []byte, body any) string {
	h := sha256.New()
	h.Write(data)
	if b, ok := body.([]byte); ok {
		h.Write(b)
	}
	var sum [sha256.Size]byte
	return hex.EncodeToString(h.Sum(sum[:0])[:16])
}

// legacyContentHash is the content hash of l as stores before migration
// 0018 took it, and its data then: SHA-256 over the JSON of the whole
// listing, texts included (what data held), by hand where appendData can.
// 0018 uses it to tell which stored hashes still describe their rows.
func legacyContentHash(l *model.Listing) (string, []byte, error) {
	c := contentOf(l)
	b, ok := appendData(nil, &c)
	if !ok {
		var err error
		if b, err = json.Marshal(&c); err != nil {
			return "", nil, err
		}
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:16]), b, nil
}

// Upsert stores a batch of listings from one source in one transaction and
// returns what happened to each. A new or changed listing takes a new seq;
// an unchanged one only has last_seen moved; a closed one seen again is
// reopened. first_seen is kept from the first sighting.
//
// The rows are encoded (JSON, content hash) before the write transaction,
// which then reads the batch's stored states together, inserts the new
// listings many rows a statement and updates the others one by one
// (upsertAll), and relinks their duplicates with grouped lookups
// (relinkGrouped).
func (s *sqlStore) Upsert(ctx context.Context, ls []*model.Listing) ([]Outcome, error) {
	out := make([]Outcome, len(ls))
	rows := make([]upsertRow, len(ls))
	for i, l := range ls {
		r, err := encodeRow(l)
		if err != nil {
			return nil, fmt.Errorf("store: upsert %s: %w", l.ID, err)
		}
		if s.textsInData { // as a store before 0018 (tests only)
			hash, full, err := legacyContentHash(l)
			if err != nil {
				return nil, fmt.Errorf("store: upsert %s: %w", l.ID, err)
			}
			r.hash, r.data, r.body = hash, string(full), nil
		}
		rows[i] = r
	}
	now := s.Now()
	err := s.tx(ctx, func(tx *sql.Tx) error {
		st := &upsertStmts{tx: tx, d: s.d, noBody: s.textsInData}
		if err := st.upsertAll(ctx, ls, rows, out, now); err != nil { // upsert_batch.go
			return err
		}
		var changed []string
		times := make(map[string]int, len(ls))
		for i, l := range ls {
			if out[i] != Unchanged {
				changed = append(changed, l.ID)
			}
			times[l.ID]++
		}
		// The links' seqs follow the listings' (dedup_grouped.go).
		if err := relinkGrouped(ctx, s.d, tx, changed, insertedRows(ls, rows, out, times, now), st); err != nil {
			return err
		}
		return st.flushSeq(ctx)
	})
	if err == nil {
		s.keepWritten(ls, rows, out)
	}
	return out, err
}

// insertedRows returns the duplicate-link rows of the listings a batch
// inserted, as the store holds them (dupCols), by id: a listing inserted
// and then written again in the batch, or whose URL is not valid UTF-8
// (the stored JSON holds it with replacement characters), is read back.
func insertedRows(ls []*model.Listing, rows []upsertRow, out []Outcome, times map[string]int, now time.Time) map[string]*dupRow {
	known := map[string]*dupRow{}
	for i, l := range ls {
		if out[i] != Created || times[l.ID] != 1 || !utf8.ValidString(l.URL) {
			continue
		}
		known[l.ID] = &dupRow{id: l.ID, source: l.Source, url: l.URL, fp: l.Fingerprint, alsoAt: "[]", key: rows[i].key,
			simhash: l.TextSimHash, firstSeen: unix(now), open: true}
	}
	return known
}

// upsertRow is what Upsert writes of one listing besides its times.
type upsertRow struct {
	hash, data, ownFlags, key string
	body                      any // the body column: nil or []byte (body.go)
	size                      int // what the written cache counts: data's length and the texts'
	bands                     [4]int64
	st                        statCols // what /stats reads (stats_cols.go)
}

func encodeRow(l *model.Listing) (upsertRow, error) {
	hash, data, body, err := encodeData(l) // contentHash's, by hand (data_json.go)
	if err != nil {
		return upsertRow{}, err
	}
	own := string(appendOwnFlags(nil, l.Flags)) // encodeOwnFlags's, by hand
	return upsertRow{hash: hash, data: data, body: body, size: len(data) + len(l.DescriptionHTML) + len(l.Text), ownFlags: own,
		key: dedupKey(l), bands: simBands(l.TextSimHash), st: statColsOf(l)}, nil
}

// ownFlag is a listing's own flag as the own_flags column keeps it: what a
// risk is computed from.
type ownFlag struct {
	ID       string         `json:"id"`
	Family   model.Family   `json:"family"`
	Severity model.Severity `json:"severity"`
}

// upsertStmts runs Upsert's statements in its transaction, unprepared: the
// connections keep their compiled statements across transactions
// (conn_params.go), and compiling one costs more than running it. The seqs the listings take are
// counted here from the value read once and written back once (flushSeq):
// the write transaction holds the seq row (SQLite's one writer, or
// PostgreSQL's lock on it), so no other writer takes a seq meanwhile.
type upsertStmts struct {
	tx       *sql.Tx
	seq      int64 // the last seq taken (valid once seqRead)
	seqRead  bool
	seqDirty bool // seqs taken since the value was read or written

	d     *dialect
	fresh freshRows // the rows the batch inserts (dedup_fresh.go)

	noBody bool // the store's textsInData: no body column (tests only)
}

const (
	upSelect = iota
	upInsert
	upSeen
	upContent
	upSeq
)

var upsertSQL = [...]string{
	upSelect:  `SELECT content_hash, first_seen, closed_at FROM listings WHERE id = ?`,
	upInsert:  insertCols + insertRowSQL,
	upSeen:    `UPDATE listings SET last_seen = ?, dedup_key = ?, text_simhash = ?, sim_b0 = ?, sim_b1 = ?, sim_b2 = ?, sim_b3 = ?, posting_hash = ? WHERE id = ?`,
	upContent: `UPDATE listings SET fingerprint = ?, dedup_key = ?, text_simhash = ?, sim_b0 = ?, sim_b1 = ?, sim_b2 = ?, sim_b3 = ?, content_hash = ?, risk = ?, data = ?, last_seen = ?, closed_at = NULL, seq = ?, company = ?, own_flags = ?, posting_hash = ?, job_type = ?, paid = ?, hourly_usd = ?, skills = ?, body = ? WHERE id = ?`,
	upSeq:     `SELECT value FROM seq WHERE id = 1`,
}

func (u *upsertStmts) exec(ctx context.Context, k int, args ...any) error {
	q := upsertSQL[k]
	if u.noBody {
		q, args = withoutBody(q, args, k)
	}
	_, err := u.tx.ExecContext(ctx, q, args...)
	return err
}

// withoutBody is statement k of upsertSQL and its arguments without the
// body column and its value, as a store before migration 0018 takes them
// (textsInData, tests only).
func withoutBody(q string, args []any, k int) (string, []any) {
	switch k {
	case upInsert:
		return insertSQLOf(1, false), args[:len(args)-1]
	case upContent:
		return strings.Replace(q, ", body = ?", "", 1), append(args[:len(args)-2:len(args)-2], args[len(args)-1])
	}
	return q, args
}

func (u *upsertStmts) nextSeq(ctx context.Context) (int64, error) {
	if !u.seqRead {
		if err := u.tx.QueryRowContext(ctx, upsertSQL[upSeq]).Scan(&u.seq); err != nil {
			return 0, err
		}
		u.seqRead = true
	}
	u.seq++
	u.seqDirty = true
	return u.seq, nil
}

// flushSeq writes the last seq taken back to the seq row; it must run
// before anything else in the transaction takes a seq.
func (u *upsertStmts) flushSeq(ctx context.Context) error {
	if !u.seqDirty {
		return nil
	}
	if _, err := u.tx.ExecContext(ctx, `UPDATE seq SET value = ? WHERE id = 1`, u.seq); err != nil {
		return fmt.Errorf("seq: %w", err)
	}
	u.seqDirty = false
	return nil
}

func (u *upsertStmts) upsertOne(ctx context.Context, l *model.Listing, r *upsertRow, now time.Time) (Outcome, error) {
	b := r.bands
	var oldHash string
	var firstSeen int64
	var closedAt sql.NullInt64
	err := u.tx.QueryRowContext(ctx, upsertSQL[upSelect], l.ID).Scan(&oldHash, &firstSeen, &closedAt)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		seq, err := u.nextSeq(ctx)
		if err != nil {
			return 0, err
		}
		l.FirstSeen, l.LastSeen, l.ClosedAt = now, now, nil
		err = u.exec(ctx, upInsert, l.ID, l.Source, l.ExternalID, l.Fingerprint, r.key, int64(l.TextSimHash), b[0], b[1], b[2], b[3],
			r.hash, string(l.Risk), r.data, unix(now), unix(now), seq, l.Company, r.ownFlags, l.PostingHash, r.st.jobType, r.st.paid, r.st.hourly, r.st.skills, r.body)
		return Created, err
	case err != nil:
		return 0, err
	}
	l.FirstSeen, l.LastSeen, l.ClosedAt = time.Unix(firstSeen, 0).UTC(), now, nil
	if oldHash == r.hash && !closedAt.Valid {
		err = u.exec(ctx, upSeen, unix(now), r.key, int64(l.TextSimHash), b[0], b[1], b[2], b[3], l.PostingHash, l.ID)
		return Unchanged, err
	}
	seq, err := u.nextSeq(ctx)
	if err != nil {
		return 0, err
	}
	err = u.exec(ctx, upContent, l.Fingerprint, r.key, int64(l.TextSimHash), b[0], b[1], b[2], b[3], r.hash, string(l.Risk), r.data,
		unix(now), seq, l.Company, r.ownFlags, l.PostingHash, r.st.jobType, r.st.paid, r.st.hourly, r.st.skills, r.body, l.ID)
	if closedAt.Valid {
		return Reopened, err
	}
	return Updated, err
}

// SeenUnchanged takes the listings (id → posting hash) a run saw again:
// each one stored open with that posting hash, built from the same posting
// by the same code and options, only has its last_seen moved, in one
// transaction. It returns their risks by id; the others need building.
// An empty hash never matches. The ids whose stored hash matches are read
// first, outside the write transaction: a first crawl (nothing stored) or
// a board whose postings all changed writes nothing.
func (s *sqlStore) SeenUnchanged(ctx context.Context, postings map[string]string) (map[string]model.Severity, error) {
	out := map[string]model.Severity{}
	match, err := s.matchingPostings(ctx, postings)
	if err != nil {
		return nil, fmt.Errorf("store: seen unchanged: %w", err)
	}
	if len(match) == 0 {
		return out, nil
	}
	now := unix(s.Now())
	err = s.tx(ctx, func(tx *sql.Tx) error {
		clear(out) // a retried transaction starts over
		// The hashes are checked again here: a listing changed since
		// the read is built.
		for _, id := range match {
			var risk string
			switch err := tx.QueryRowContext(ctx, seenUnchangedSQL, now, id, postings[id]).Scan(&risk); {
			case errors.Is(err, sql.ErrNoRows):
			case err != nil:
				return fmt.Errorf("seen %s: %w", id, err)
			default:
				out[id] = model.Severity(risk)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: seen unchanged: %w", err)
	}
	return out, nil
}

// seenUnchangedSQL moves the last_seen of a listing stored open with the
// posting hash given (run unprepared: conn_params.go).
const seenUnchangedSQL = `UPDATE listings SET last_seen = ?
	WHERE id = ? AND posting_hash = ? AND posting_hash <> '' AND closed_at IS NULL RETURNING risk`

// seenChunk bounds the ids of one matchingPostings query.
const seenChunk = 500

// matchingPostings returns the ids of postings stored open with the given
// (non-empty) posting hash, sorted.
func (s *sqlStore) matchingPostings(ctx context.Context, postings map[string]string) ([]string, error) {
	ids := make([]string, 0, len(postings))
	for id, h := range postings {
		if h != "" {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	var match []string
	for len(ids) > 0 {
		chunk := ids[:min(len(ids), seenChunk)]
		ids = ids[len(chunk):]
		in, args := inList(chunk)
		rows, err := s.db.QueryContext(ctx, `SELECT id, posting_hash FROM listings WHERE id IN `+in+`
			AND posting_hash <> '' AND closed_at IS NULL`, args...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id, h string
			if err := rows.Scan(&id, &h); err != nil {
				rows.Close()
				return nil, err
			}
			if postings[id] == h {
				match = append(match, id)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	slices.Sort(match)
	return match, nil
}

// dedupKey is the group a listing's duplicates are looked for in: its
// DedupKey (employer and regions), or, without a company, its fingerprint
// alone.
func dedupKey(l *model.Listing) string {
	switch {
	case l.DedupKey != "":
		return l.DedupKey
	case l.Fingerprint != "":
		return "fp:" + l.Fingerprint
	}
	return ""
}

// CloseMissing closes the open listings of source whose external ids are
// not in seen, and returns how many it closed. Call it only after a
// complete, successful run that started at startedAt: a listing last seen
// at or after that (by another run of the source, in another process)
// stays open. A zero startedAt closes every unseen listing.
func (s *sqlStore) CloseMissing(ctx context.Context, source string, seen map[string]struct{}, startedAt time.Time) (int, error) {
	now := s.Now()
	closed := 0
	err := s.tx(ctx, func(tx *sql.Tx) error {
		bound := int64(math.MaxInt64)
		if !startedAt.IsZero() {
			bound = startedAt.Unix()
		}
		rows, err := tx.QueryContext(ctx, closeMissingSQL, source, bound)
		if err != nil {
			return err
		}
		var gone []string
		for rows.Next() {
			var id, ext string
			if err := rows.Scan(&id, &ext); err != nil {
				rows.Close()
				return err
			}
			if _, ok := seen[ext]; !ok {
				gone = append(gone, id)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, id := range gone {
			seq, err := nextSeq(ctx, tx)
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `UPDATE listings SET closed_at = ?, seq = ? WHERE id = ?`, unix(now), seq, id); err != nil {
				return err
			}
		}
		closed = len(gone)
		return relink(ctx, s.d, tx, gone)
	})
	if err != nil {
		return 0, fmt.Errorf("close missing of %s: %w", source, err)
	}
	return closed, nil
}

// closeMissingSQL is CloseMissing's read of a source's open listings.
const closeMissingSQL = `SELECT id, external_id FROM listings WHERE source = ? AND closed_at IS NULL AND last_seen < ?`

// listingCols are what scanListing reads: bodyCol's column is put last.
const listingCols = `data, first_seen, last_seen, closed_at, seq, duplicate_of, also_at, corpus_flags, corpus_risk, `

func scanListing(sc interface{ Scan(...any) error }) (*model.Listing, int64, error) {
	var data, body []byte // scanned as bytes: decoded once, never needed as a string
	var r listingRow
	if err := sc.Scan(&data, &r.first, &r.last, &r.closed, &r.seq, &r.dupOf, &r.alsoAt, &r.corpusFlags, &r.corpusRisk, &body); err != nil {
		return nil, 0, err
	}
	l := new(model.Listing)
	if err := json.Unmarshal(data, l); err != nil {
		return nil, 0, fmt.Errorf("decode listing: %w", err)
	}
	if err := setBody(l, body); err != nil {
		return nil, 0, fmt.Errorf("listing %s: %w", l.ID, err)
	}
	if err := r.finish(l); err != nil {
		return nil, 0, err
	}
	return l, r.seq, nil
}

// listingRow is what listingCols hold besides data.
type listingRow struct {
	first, last                            int64
	closed                                 sql.NullInt64
	seq                                    int64
	dupOf, alsoAt, corpusFlags, corpusRisk string
}

// finish sets what the row holds outside data on l, decoded from data.
func (r *listingRow) finish(l *model.Listing) error {
	if err := overlayLinks(l, r.dupOf, r.alsoAt); err != nil {
		return fmt.Errorf("decode links: %w", err)
	}
	if err := overlayCorpus(l, r.corpusFlags, r.corpusRisk); err != nil {
		return fmt.Errorf("decode corpus flags: %w", err)
	}
	l.FirstSeen, l.LastSeen, l.ClosedAt = time.Unix(r.first, 0).UTC(), time.Unix(r.last, 0).UTC(), fromUnix(r.closed)
	return nil
}

// Get returns the listing id, or ErrNotFound.
func (s *sqlStore) Get(ctx context.Context, id string) (*model.Listing, error) {
	l, _, err := scanListing(s.db.QueryRowContext(ctx, `SELECT `+listingCols+s.bodyCol()+` FROM listings WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("store: listing %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: listing %s: %w", id, err)
	}
	return l, nil
}

// GetMany returns the listings with the given ids, in the order asked;
// ids that do not exist are left out.
func (s *sqlStore) GetMany(ctx context.Context, ids []string) ([]*model.Listing, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	in, args := inList(ids)
	rows, err := s.db.QueryContext(ctx, `SELECT `+listingCols+s.bodyCol()+` FROM listings WHERE id IN `+in, args...)
	if err != nil {
		return nil, fmt.Errorf("store: get listings: %w", err)
	}
	defer rows.Close()
	byID := make(map[string]*model.Listing, len(ids))
	for rows.Next() {
		l, _, err := scanListing(rows)
		if err != nil {
			return nil, fmt.Errorf("store: get listings: %w", err)
		}
		byID[l.ID] = l
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: get listings: %w", err)
	}
	out := make([]*model.Listing, 0, len(ids))
	for _, id := range ids {
		if l, ok := byID[id]; ok {
			out = append(out, l)
		}
	}
	return out, nil
}

// ChangesSince returns up to limit changes with seq > after, oldest first.
// A store that keeps what it writes reads the listings it kept without
// their data (changesKept).
func (s *sqlStore) ChangesSince(ctx context.Context, after int64, limit int) ([]model.Change, error) {
	if s.written.on() {
		return s.changesKept(ctx, after, limit)
	}
	return s.changesSince(ctx, after, limit)
}

func (s *sqlStore) changesSince(ctx context.Context, after int64, limit int) ([]model.Change, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+listingCols+s.bodyCol()+` FROM listings WHERE seq > ? ORDER BY seq LIMIT ?`, after, limit)
	if err != nil {
		return nil, fmt.Errorf("store: changes since %d: %w", after, err)
	}
	defer rows.Close()
	var out []model.Change
	for rows.Next() {
		l, seq, err := scanListing(rows)
		if err != nil {
			return nil, fmt.Errorf("store: changes since %d: %w", after, err)
		}
		out = append(out, model.Change{Seq: seq, ID: l.ID, Listing: l})
	}
	return out, rows.Err()
}

// MaxSeq returns the newest change number (0 for an empty store).
func (s *sqlStore) MaxSeq(ctx context.Context) (int64, error) {
	var v int64
	if err := s.db.QueryRowContext(ctx, `SELECT value FROM seq WHERE id = 1`).Scan(&v); err != nil {
		return 0, fmt.Errorf("store: max seq: %w", err)
	}
	return v, nil
}

// Count returns the number of listings, and of those still open.
func (s *sqlStore) Count(ctx context.Context) (all, open int, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT COUNT(*), COUNT(*) FILTER (WHERE closed_at IS NULL) FROM listings`).Scan(&all, &open)
	if err != nil {
		err = fmt.Errorf("store: count: %w", err)
	}
	return all, open, err
}
