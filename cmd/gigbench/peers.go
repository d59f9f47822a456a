package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	_ "github.com/mattn/go-sqlite3"
)

// peerQuery is a search shape in the peers' terms.
type peerQuery struct {
	Text         string
	Phrase       bool
	Remote, Type string
	Paid         bool
	Newest       bool
	Facets       bool
	From         int
}

// peerQueries converts a shape's API parameters. The peers compute facets
// only for the facet shape (the API counts six on every request).
func peerQueries(s shape) []peerQuery {
	var out []peerQuery
	for _, p := range s.Params {
		q := peerQuery{Text: p.Get("q"), Remote: p.Get("remote"), Type: p.Get("type"), Paid: p.Get("paid") == "true",
			Newest: p.Get("sort") == "newest" || p.Get("q") == "", Facets: strings.Contains(s.Name, "facets")}
		if strings.HasPrefix(q.Text, `"`) {
			q.Text, q.Phrase = strings.Trim(q.Text, `"`), true
		}
		if s.Deep {
			q.From = deepPage * 20
		}
		out = append(out, q)
	}
	return out
}

// peerResult is what a peer measured.
type peerResult struct {
	Docs      int
	IndexWall time.Duration
	IndexCPU  time.Duration
	Bytes     int64
	Search    map[string][2]latency
}

func (p peerResult) PerSec() float64 {
	if p.IndexWall <= 0 {
		return 0
	}
	return float64(p.Docs) / p.IndexWall.Seconds()
}

// index feeds the corpus to add in batches of 1,000, timing add alone.
func feed(ctx context.Context, c *corpus, add func([]posting) error) (time.Duration, time.Duration, error) {
	var wall, cpu time.Duration
	batch := make([]posting, 0, 1000)
	flush := func() error {
		t, u := time.Now(), cpuTime()
		err := add(batch)
		wall += time.Since(t)
		cpu += cpuTime() - u
		batch = batch[:0]
		return err
	}
	for b := range c.boards() {
		for i := range c.boardLen(b) {
			if err := ctx.Err(); err != nil {
				return wall, cpu, err
			}
			batch = append(batch, c.posting(b, i))
			if len(batch) == cap(batch) {
				if err := flush(); err != nil {
					return wall, cpu, err
				}
			}
		}
	}
	if len(batch) > 0 {
		if err := flush(); err != nil {
			return wall, cpu, err
		}
	}
	return wall, cpu, nil
}

func runShapes(ctx context.Context, o options, name string, fn func(ctx context.Context, q peerQuery) (int, error)) (map[string][2]latency, error) {
	out := map[string][2]latency{}
	for _, s := range shapes {
		qs := peerQueries(s)
		if _, err := fn(ctx, qs[0]); err != nil {
			return nil, fmt.Errorf("%s %s: %w", name, s.Name, err)
		}
		var res [2]latency
		for k, clients := range []int{1, 8} {
			var next atomic.Int64
			res[k] = measure(ctx, clients, o.PerShape, o.MaxQueries, func(ctx context.Context) (int, error) {
				return fn(ctx, qs[int(next.Add(1)-1)%len(qs)])
			})
		}
		out[s.Name] = res
	}
	return out, nil
}

// benchBleve indexes the corpus in raw Bleve with a plain static mapping
// (standard analyzer text fields, keyword facet fields, stored and with
// term vectors as Bleve's defaults have them) and runs the shapes in
// process, without highlighting.
func benchBleve(ctx context.Context, c *corpus, path string, o options) (peerResult, error) {
	os.RemoveAll(path)
	m := bleve.NewIndexMapping()
	doc := bleve.NewDocumentStaticMapping()
	text := bleve.NewTextFieldMapping()
	text.Analyzer = "standard"
	kw := bleve.NewKeywordFieldMapping()
	for _, f := range []string{"title", "company", "text"} {
		doc.AddFieldMappingsAt(f, text)
	}
	for _, f := range []string{"remote", "type", "skills"} {
		doc.AddFieldMappingsAt(f, kw)
	}
	doc.AddFieldMappingsAt("paid", bleve.NewBooleanFieldMapping())
	doc.AddFieldMappingsAt("posted", bleve.NewDateTimeFieldMapping())
	m.DefaultMapping = doc
	m.DefaultAnalyzer = "standard"
	idx, err := bleve.New(path, m)
	if err != nil {
		return peerResult{}, err
	}
	defer idx.Close()
	var r peerResult
	r.IndexWall, r.IndexCPU, err = feed(ctx, c, func(ps []posting) error {
		b := idx.NewBatch()
		for _, p := range ps {
			skills := make([]string, len(p.Skills))
			for i, s := range p.Skills {
				skills[i] = strings.ToLower(s)
			}
			if err := b.Index(fmt.Sprint(p.ID), map[string]any{"title": p.Title, "company": p.Company, "text": p.Text,
				"remote": p.Remote, "type": p.Type, "skills": skills, "paid": p.Paid, "posted": p.Posted}); err != nil {
				return err
			}
		}
		return idx.Batch(b)
	})
	if err != nil {
		return r, err
	}
	r.Docs = c.N
	r.Bytes = dirSize(path)
	r.Search, err = runShapes(ctx, o, "bleve", func(ctx context.Context, pq peerQuery) (int, error) {
		var must []query.Query
		if pq.Text != "" {
			if pq.Phrase {
				must = append(must, bleve.NewMatchPhraseQuery(pq.Text))
			} else {
				mq := bleve.NewMatchQuery(pq.Text)
				mq.SetOperator(query.MatchQueryOperatorAnd)
				must = append(must, mq)
			}
		}
		term := func(field, val string) {
			if val != "" {
				tq := bleve.NewTermQuery(val)
				tq.SetField(field)
				must = append(must, tq)
			}
		}
		term("remote", pq.Remote)
		term("type", pq.Type)
		if pq.Paid {
			bq := bleve.NewBoolFieldQuery(true)
			bq.SetField("paid")
			must = append(must, bq)
		}
		var q query.Query = bleve.NewMatchAllQuery()
		if len(must) > 0 {
			q = bleve.NewConjunctionQuery(must...)
		}
		req := bleve.NewSearchRequestOptions(q, 20, pq.From, false)
		if pq.Newest {
			req.SortBy([]string{"-posted"})
		}
		if pq.Facets {
			for _, f := range []string{"remote", "type", "skills"} {
				req.AddFacet(f, bleve.NewFacetRequest(f, 10))
			}
		}
		res, err := idx.SearchInContext(ctx, req)
		if err != nil {
			return 0, err
		}
		return int(res.Total), nil
	})
	return r, err
}

var errNoFTS5 = errors.New("SQLite FTS5 is not compiled in (build gigbench with -tags sqlite_fts5)")

// benchFTS indexes the corpus in SQLite FTS5 (an external-content table
// over the rows, as an application would keep it) and runs the shapes
// with bm25 ranking, snippets and counts.
func benchFTS(ctx context.Context, c *corpus, path string, o options) (peerResult, error) {
	for _, f := range []string{path, path + "-wal", path + "-shm"} {
		os.Remove(f)
	}
	db, err := sql.Open("sqlite3", "file:"+path+"?_journal_mode=WAL&_synchronous=NORMAL&_busy_timeout=10000")
	if err != nil {
		return peerResult{}, err
	}
	defer db.Close()
	db.SetMaxOpenConns(8)
	schema := []string{
		`CREATE TABLE docs (id INTEGER PRIMARY KEY, title TEXT, company TEXT, text TEXT, remote TEXT, type TEXT, paid INTEGER, posted INTEGER)`,
		`CREATE TABLE doc_skills (doc INTEGER, skill TEXT)`,
		`CREATE INDEX doc_skills_doc ON doc_skills (doc)`,
		`CREATE INDEX docs_posted ON docs (posted)`,
		`CREATE INDEX docs_filters ON docs (remote, type, paid, posted)`,
		`CREATE VIRTUAL TABLE fts USING fts5(title, company, text, content='docs', content_rowid='id')`,
	}
	for _, s := range schema {
		if _, err := db.ExecContext(ctx, s); err != nil {
			if strings.Contains(err.Error(), "no such module: fts5") {
				return peerResult{}, errNoFTS5
			}
			return peerResult{}, err
		}
	}
	var r peerResult
	r.IndexWall, r.IndexCPU, err = feed(ctx, c, func(ps []posting) error {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		defer tx.Rollback()
		ins, _ := tx.PrepareContext(ctx, `INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
		insF, _ := tx.PrepareContext(ctx, `INSERT INTO fts (rowid, title, company, text) VALUES (?, ?, ?, ?)`)
		insS, _ := tx.PrepareContext(ctx, `INSERT INTO doc_skills VALUES (?, ?)`)
		for _, p := range ps {
			if _, err := ins.ExecContext(ctx, p.ID, p.Title, p.Company, p.Text, p.Remote, p.Type, p.Paid, p.Posted.Unix()); err != nil {
				return err
			}
			if _, err := insF.ExecContext(ctx, p.ID, p.Title, p.Company, p.Text); err != nil {
				return err
			}
			for _, s := range p.Skills {
				if _, err := insS.ExecContext(ctx, p.ID, strings.ToLower(s)); err != nil {
					return err
				}
			}
		}
		return tx.Commit()
	})
	if err != nil {
		return r, err
	}
	r.Docs = c.N
	db.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`)
	for _, f := range []string{path, path + "-wal"} {
		if info, err := os.Stat(f); err == nil {
			r.Bytes += info.Size()
		}
	}
	r.Search, err = runShapes(ctx, o, "fts5", func(ctx context.Context, pq peerQuery) (int, error) {
		return ftsQuery(ctx, db, pq)
	})
	return r, err
}

func ftsQuery(ctx context.Context, db *sql.DB, pq peerQuery) (int, error) {
	var where []string
	var args []any
	match := ""
	if pq.Text != "" {
		match = pq.Text
		if pq.Phrase {
			match = `"` + pq.Text + `"`
		}
	}
	filter := func(skip string) (string, []any) {
		var w []string
		var a []any
		if pq.Remote != "" && skip != "remote" {
			w, a = append(w, "d.remote = ?"), append(a, pq.Remote)
		}
		if pq.Type != "" && skip != "type" {
			w, a = append(w, "d.type = ?"), append(a, pq.Type)
		}
		if pq.Paid {
			w = append(w, "d.paid = 1")
		}
		return strings.Join(w, " AND "), a
	}
	from := "docs d"
	if match != "" {
		from = "fts JOIN docs d ON d.id = fts.rowid"
		where, args = append(where, "fts MATCH ?"), append(args, match)
	}
	fw, fa := filter("")
	if fw != "" {
		where, args = append(where, fw), append(args, fa...)
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	order := " ORDER BY d.posted DESC"
	cols := "d.id, substr(d.text, 1, 200)"
	if match != "" {
		cols = `d.id, snippet(fts, 2, '<mark>', '</mark>', '…', 16)`
		if !pq.Newest {
			order = " ORDER BY rank"
		}
	}
	var total int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM `+from+cond, args...).Scan(&total); err != nil {
		return 0, err
	}
	rows, err := db.QueryContext(ctx, `SELECT `+cols+` FROM `+from+cond+order+fmt.Sprintf(" LIMIT 20 OFFSET %d", pq.From), args...)
	if err != nil {
		return 0, err
	}
	for rows.Next() {
		var id int64
		var snip string
		if err := rows.Scan(&id, &snip); err != nil {
			rows.Close()
			return 0, err
		}
	}
	rows.Close()
	if pq.Facets { // disjunctive: each field's counts ignore its own filter
		for _, f := range []string{"remote", "type", "skill"} {
			w := []string{}
			a := []any{}
			if match != "" {
				w, a = append(w, "fts MATCH ?"), append(a, match)
			}
			fw, fa := filter(f)
			if fw != "" {
				w, a = append(w, fw), append(a, fa...)
			}
			fr, col := from, "d."+f
			if f == "skill" {
				fr, col = from+" JOIN doc_skills s ON s.doc = d.id", "s.skill"
			}
			q := `SELECT ` + col + `, count(*) AS n FROM ` + fr
			if len(w) > 0 {
				q += " WHERE " + strings.Join(w, " AND ")
			}
			q += " GROUP BY 1 ORDER BY n DESC LIMIT 10"
			rows, err := db.QueryContext(ctx, q, a...)
			if err != nil {
				return 0, err
			}
			for rows.Next() {
			}
			rows.Close()
		}
	}
	return total, nil
}
