package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// CorpusRow is what cross-listing signals read of one open listing.
type CorpusRow struct {
	ID, Source, URL, Title, Company, CompanyInfo string
	CompanyURL, ApplyURL                         string
	TextSimHash                                  uint64
	TextLen                                      int
	Lead                                         string // the text's first leadBytes bytes (its opening, for lead fingerprints)
}

// leadBytes is how much of a listing's text a corpus row keeps: at least
// what redflag.LeadPrint reads (redflag.LeadBytes), so the whole text need
// not stay in memory for every open listing.
const leadBytes = 4096

func leadPrefix(text string) string {
	if len(text) <= leadBytes {
		return text
	}
	n := leadBytes
	for n > 0 && !utf8.RuneStart(text[n]) {
		n--
	}
	return text[:n]
}

// CorpusRows returns every open listing's corpus row, oldest first.
func (s *sqlStore) CorpusRows(ctx context.Context) ([]CorpusRow, error) {
	rows, _, err := s.corpusRows(ctx, `WHERE closed_at IS NULL ORDER BY first_seen, id`)
	return rows, err
}

// CorpusRowsSince returns the corpus rows of the open listings whose seq is
// above after and the ids of the closed ones, with the store's seq before
// the read: a caller that keeps the corpus follows it by passing that seq
// the next time. Every change to a listing (new, changed, reopened, closed)
// takes a new seq.
func (s *sqlStore) CorpusRowsSince(ctx context.Context, after int64) (open []CorpusRow, closed []string, seq int64, err error) {
	if seq, err = s.MaxSeq(ctx); err != nil {
		return nil, nil, 0, err
	}
	if s.written.on() {
		open, closed, err = s.corpusRowsKept(ctx, after)
		return open, closed, seq, err
	}
	open, closed, err = s.corpusRows(ctx, `WHERE seq > ? ORDER BY seq`, after)
	return open, closed, seq, err
}

// corpusRows reads the corpus rows of the listings matching where, the
// open ones as rows and the closed ones as ids.
func (s *sqlStore) corpusRows(ctx context.Context, where string, args ...any) ([]CorpusRow, []string, error) {
	// One json_extract with every path parses each listing's data once
	// (a call per field parsed it once per field: 2.5 s for 20,000 rows).
	rows, err := s.db.QueryContext(ctx, `SELECT id, source, closed_at IS NOT NULL, text_simhash,
		`+s.d.jsonFields("data", corpusFields...)+`, `+s.bodyCol()+`
		FROM listings `+where, args...)
	if err != nil {
		return nil, nil, fmt.Errorf("store: corpus rows: %w", err)
	}
	defer rows.Close()
	var out []CorpusRow
	var closed []string
	for rows.Next() {
		var r CorpusRow
		var sim int64
		var isClosed bool
		var fields, body []byte
		if err := rows.Scan(&r.ID, &r.Source, &isClosed, &sim, &fields, &body); err != nil {
			return nil, nil, fmt.Errorf("store: corpus rows: %w", err)
		}
		if isClosed {
			closed = append(closed, r.ID)
			continue
		}
		if err := r.fill(fields, body); err != nil {
			return nil, nil, fmt.Errorf("store: corpus rows: listing %s: %w", r.ID, err)
		}
		r.TextSimHash = uint64(sim)
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("store: corpus rows: %w", err)
	}
	return out, closed, nil
}

// corpusFields are the paths of data a corpus row reads (fill's order).
// The text is in data only in the rows an older store wrote; the others
// hold it in the body column (body.go).
var corpusFields = []string{"$.url", "$.title", "$.company", "$.company_info", "$.company_url", "$.apply_url", "$.text"}

// fill sets r's fields from the JSON array of the values at corpusFields
// and the row's body column (nil when NULL).
func (r *CorpusRow) fill(fields, body []byte) error {
	var f [7]*string
	if err := json.Unmarshal(fields, &f); err != nil {
		return err
	}
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	r.URL, r.Title, r.Company, r.CompanyInfo = str(f[0]), str(f[1]), str(f[2]), str(f[3])
	r.CompanyURL, r.ApplyURL = str(f[4]), str(f[5])
	text, err := bodyText(f[6], body)
	if err != nil {
		return err
	}
	r.TextLen = utf8.RuneCountInString(text) // as SQLite's length() counted
	r.Lead = leadPrefix(text)
	return nil
}

// SetCorpusFlags replaces the cross-listing flags: want holds the flags of
// every listing that has some (any other listing has none). risk combines
// a listing's own flags (as stored for it: id, family and severity, no
// reason or evidence) with its cross-listing ones. A listing whose
// cross-listing flags or combined risk change takes a new seq, so the index
// and the change feed follow; closed listings lose theirs.
func (s *sqlStore) SetCorpusFlags(ctx context.Context, want map[string][]model.Flag, risk func(base, extra []model.Flag) model.Severity) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT id, corpus_flags, corpus_risk, own_flags FROM listings WHERE corpus_flags <> '[]' OR corpus_risk <> ''`)
		if err != nil {
			return err
		}
		have := map[string]corpusCur{}
		for rows.Next() {
			var id string
			var c corpusCur
			if err := rows.Scan(&id, &c.flags, &c.risk, &c.own); err != nil {
				rows.Close()
				return err
			}
			have[id] = c
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		ids := make([]string, 0, len(want)+len(have))
		for id := range want {
			ids = append(ids, id)
		}
		for id := range have {
			if _, ok := want[id]; !ok {
				ids = append(ids, id)
			}
		}
		return setCorpusFlags(ctx, tx, ids, have, want, risk)
	})
}

// SetCorpusFlagsOf is SetCorpusFlags for the listings ids only: want holds
// the flags of those of them that have some; listings not in ids keep
// theirs. The ingest pipeline uses it after a change to recompute only the
// listings the change can touch.
func (s *sqlStore) SetCorpusFlagsOf(ctx context.Context, ids []string, want map[string][]model.Flag, risk func(base, extra []model.Flag) model.Severity) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		// A listing with no cross-listing flags, stored or wanted, has
		// nothing to write: only the others are read.
		var wanted, others []string
		for _, id := range ids {
			if _, ok := want[id]; ok {
				wanted = append(wanted, id)
			} else {
				others = append(others, id)
			}
		}
		have, err := corpusCurOf(ctx, tx, wanted, "")
		if err != nil {
			return err
		}
		flagged, err := corpusCurOf(ctx, tx, others, ` AND (corpus_flags <> '[]' OR corpus_risk <> '')`)
		if err != nil {
			return err
		}
		maps.Copy(have, flagged)
		return setCorpusFlags(ctx, tx, slices.Clone(ids), have, want, risk)
	})
}

// corpusChunk bounds the ids of one corpusCurOf query.
const corpusChunk = 500

// inList is the parenthesized placeholder list of an IN clause for ids
// ("(?,?,?)"; the dialect rewrites the placeholders) and its arguments.
// ids must not be empty.
func inList(ids []string) (string, []any) {
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	return "(?" + strings.Repeat(",?", len(ids)-1) + ")", args
}

// corpusCurOf reads the stored cross-listing flags, risk and own flags of
// the listings ids (those matching the condition and, if one is given), a
// chunk of ids a query (one query a listing cost a round trip each); ids
// not stored are left out.
func corpusCurOf(ctx context.Context, tx *sql.Tx, ids []string, and string) (map[string]corpusCur, error) {
	have := make(map[string]corpusCur, len(ids))
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	for len(ids) > 0 {
		chunk := ids[:min(len(ids), corpusChunk)]
		ids = ids[len(chunk):]
		in, args := inList(chunk)
		rows, err := tx.QueryContext(ctx, `SELECT id, corpus_flags, corpus_risk, own_flags FROM listings WHERE id IN `+in+and, args...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id string
			var c corpusCur
			if err := rows.Scan(&id, &c.flags, &c.risk, &c.own); err != nil {
				rows.Close()
				return nil, err
			}
			have[id] = c
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return have, nil
}

// corpusCur is a listing's stored cross-listing flags and risk, and its
// own flags.
type corpusCur struct{ flags, risk, own string }

// setCorpusFlags writes the flags in want (none for an id not in it) of
// every listing in ids whose flags or risk change, with a new seq; have
// holds the rows already read, and every listing of ids with stored
// cross-listing flags or risk that is not in want (a listing in want but
// not in have is read here, or skipped when it is not stored; one in
// neither has nothing to write).
func setCorpusFlags(ctx context.Context, tx *sql.Tx, ids []string, have map[string]corpusCur, want map[string][]model.Flag, risk func(base, extra []model.Flag) model.Severity) error {
	slices.Sort(ids) // one order, so seqs do not depend on map order
	ids = slices.Compact(ids)
	var sel, upd, seqSt *sql.Stmt
	defer func() {
		for _, st := range []*sql.Stmt{sel, upd, seqSt} {
			if st != nil {
				st.Close()
			}
		}
	}()
	for _, id := range ids {
		c, ok := have[id]
		if _, wanted := want[id]; !ok && !wanted {
			continue // no flags stored (or not stored), none wanted
		}
		if !ok {
			if sel == nil {
				var err error
				if sel, err = tx.PrepareContext(ctx, `SELECT corpus_flags, corpus_risk, own_flags FROM listings WHERE id = ?`); err != nil {
					return err
				}
			}
			if err := sel.QueryRowContext(ctx, id).Scan(&c.flags, &c.risk, &c.own); err != nil {
				if err == sql.ErrNoRows {
					continue
				}
				return err
			}
		}
		extra := want[id]
		b, err := json.Marshal(nonNil(extra))
		if err != nil {
			return err
		}
		r := ""
		if len(extra) > 0 {
			var base []model.Flag
			if err := json.Unmarshal([]byte(c.own), &base); err != nil {
				return fmt.Errorf("decode flags of listing %s: %w", id, err)
			}
			r = string(risk(base, extra))
		}
		if string(b) == c.flags && r == c.risk {
			continue
		}
		if seqSt == nil {
			if seqSt, err = tx.PrepareContext(ctx, `UPDATE seq SET value = value + 1 WHERE id = 1 RETURNING value`); err != nil {
				return err
			}
			if upd, err = tx.PrepareContext(ctx, `UPDATE listings SET corpus_flags = ?, corpus_risk = ?, seq = ? WHERE id = ?`); err != nil {
				return err
			}
		}
		var seq int64
		if err := seqSt.QueryRowContext(ctx).Scan(&seq); err != nil {
			return err
		}
		if _, err := upd.ExecContext(ctx, string(b), r, seq, id); err != nil {
			return err
		}
	}
	return nil
}

func nonNil(fs []model.Flag) []model.Flag {
	if fs == nil {
		return []model.Flag{}
	}
	return fs
}

// overlayCorpus adds the stored cross-listing flags to a decoded listing
// (after its own, in severity order) and sets the combined risk.
func overlayCorpus(l *model.Listing, flags, risk string) error {
	if flags == "" || flags == "[]" {
		return nil
	}
	var extra []model.Flag
	if err := json.Unmarshal([]byte(flags), &extra); err != nil {
		return err
	}
	l.Flags = append(l.Flags, extra...)
	slices.SortStableFunc(l.Flags, func(a, b model.Flag) int {
		if d := b.Severity.Rank() - a.Severity.Rank(); d != 0 {
			return d
		}
		switch {
		case a.ID < b.ID:
			return -1
		case a.ID > b.ID:
			return 1
		}
		return 0
	})
	if risk != "" {
		l.Risk = model.Severity(risk)
	}
	return nil
}
