package index

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Sort orders.
const (
	SortRelevance = "relevance"
	SortNewest    = "newest"
	SortPay       = "pay"
	SortDeadline  = "deadline"
)

// ErrBadCursor is returned for a cursor this index did not make for the query's sort.
var ErrBadCursor = errors.New("invalid cursor")

// FacetFields are the facets a search returns, by API name.
var FacetFields = []string{"remote", "type", "skills", "source", "flags", "region"}

// Query is a search. Within a filter field the values are OR'ed; fields are AND'ed.
type Query struct {
	Text string // words AND'ed, "phrase", -word

	Remote, Region, Type, Skill, Source, Company []string
	ExcludeFlag                                  []string

	Paid          bool
	MinHourlyUSD  float64 // 0: no minimum
	MaxHours      float64 // 0: no maximum
	PostedAfter   time.Time
	DeadlineAfter time.Time

	IncludeFlagged bool // include high-risk listings
	IncludeClosed  bool

	Sort   string // default relevance with Text, newest without
	Limit  int    // default 20
	Cursor string // opaque, from a previous Result
	// Offset skips that many results (numbered pages); ignored with a Cursor.
	Offset int

	Facets    bool // compute facets
	Highlight bool // compute snippets (costly: only for shown results)

	// IDs, when not nil, restricts the search to these listing ids (the
	// digests match new listings against a saved search).
	IDs []string
}

// FacetCount is one facet value.
type FacetCount struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// Hit is one result.
type Hit struct {
	ID      string
	Score   float64
	Snippet string // HTML with <mark>, from the text or title
}

// Result is a page of results.
type Result struct {
	Total      uint64
	Hits       []Hit
	Facets     map[string][]FacetCount
	NextCursor string
	Took       time.Duration
}

// filterField maps an API facet name to the indexed field.
var filterField = map[string]string{
	"remote": "remote", "region": "region", "type": "type", "skills": "skills",
	"source": "source", "flags": "flags",
}

// Search runs q.
func (x *Index) Search(ctx context.Context, q Query) (*Result, error) {
	start := time.Now()
	if q.Limit <= 0 {
		q.Limit = 20
	}
	t := parseTerms(q.Text)
	if q.Sort == "" {
		q.Sort = SortNewest
		if !t.empty() {
			q.Sort = SortRelevance
		}
	}
	order, err := sortOrder(q.Sort)
	if err != nil {
		return nil, err
	}
	from := 0
	if q.Cursor == "" && q.Offset > 0 {
		from = q.Offset
	}
	var after []string
	if q.Cursor != "" {
		if after, err = decodeCursor(q.Cursor, q.Sort, order); err != nil {
			return nil, err
		}
	}
	// Highlighting is not asked of this search: it would read every hit's
	// term locations. The shown page's titles are highlighted afterwards
	// (titleFragments).
	req := bleve.NewSearchRequestOptions(buildQuery(q, ""), q.Limit+1, from, false)
	var rel *relCollector
	sctx := ctx // the main search's context
	if q.Sort == SortRelevance {
		// Sorted by score alone in Bleve (no per-hit doc values); the
		// tie-breakers are read only for hits that can enter the page.
		rel = newRelCollector(from+q.Limit+1, after)
		req.SortBy([]string{"-_score"})
		req.From = 0
		req.Size = from + q.Limit + 1
		sctx = context.WithValue(ctx, search.MakeDocumentMatchHandlerKey, search.MakeDocumentMatchHandler(rel.handler))
	} else {
		req.SortByCustom(order)
		req.Score = bleve.ScoreNone // sorted by a field: scores are never read
		req.SearchAfter = after
	}
	idx, gen := x.snapshot()
	disjunct := map[string]bool{}
	// The total and facets of a request are the same for every request
	// alike (any page, any sort) until the index changes: cached per index
	// generation and query. A cached request runs one Bleve search, without
	// facet builders (no per-hit doc value visits for them); an uncached
	// one runs one more per filtered facet field (its disjunctive counts).
	cacheKey := q.facetKey()
	cached, hit := x.facets.get(gen, cacheKey)
	if q.Facets && !hit {
		for _, name := range FacetFields {
			if len(q.filterValues(name)) > 0 {
				disjunct[name] = true // counted below with its own filter left out
				continue
			}
			req.AddFacet(name, bleve.NewFacetRequest(filterField[name], facetSize(name)))
		}
	}
	var res *bleve.SearchResult
	if toks, ok := wordsOnly(q, t); ok && rel != nil {
		res, err = searchWords(ctx, idx, toks, rel, req) // plain words: words_query.go
	} else if q.Sort == SortNewest {
		var total *uint64
		if hit {
			total = &cached.total
		}
		res, err = newestPage(sctx, idx, q, req, time.Now(), total)
	} else {
		res, err = idx.SearchInContext(sctx, req)
	}
	if err != nil {
		return nil, fmt.Errorf("index: search: %w", err)
	}
	if rel != nil && rel.err != nil {
		return nil, fmt.Errorf("index: search: %w", rel.err)
	}
	out := &Result{Total: res.Total, Facets: map[string][]FacetCount{}}
	if rel != nil {
		hits := rel.sorted()
		if from < len(hits) {
			hits = hits[from:]
		} else {
			hits = nil
		}
		for i, h := range hits {
			if i == q.Limit {
				out.NextCursor = encodeCursor(q.Sort, hits[i-1].afterValues())
				break
			}
			out.Hits = append(out.Hits, Hit{ID: h.id(), Score: h.score})
		}
	} else {
		for i, h := range res.Hits {
			if i == q.Limit {
				out.NextCursor = encodeCursor(q.Sort, afterValues(order, res.Hits[i-1]))
				break
			}
			out.Hits = append(out.Hits, Hit{ID: h.ID, Score: h.Score})
		}
	}
	if q.Highlight && !t.empty() && len(out.Hits) > 0 {
		if err := titleFragments(ctx, idx, t, out.Hits); err != nil {
			return nil, err
		}
	}
	for name, fr := range res.Facets {
		out.Facets[name] = facetCounts(fr)
	}
	for name := range disjunct {
		counts, err := x.facetWithout(ctx, idx, q, name)
		if err != nil {
			return nil, err
		}
		out.Facets[name] = counts
	}
	switch {
	case hit && q.Facets:
		out.Facets = cached.facets
	case !hit:
		c := counts{total: out.Total}
		if q.Facets {
			c.facets = out.Facets
		}
		x.facets.put(gen, cacheKey, c)
	}
	out.Took = time.Since(start)
	return out, nil
}

// newestWindows are the spans of recent listings a newest-first page is
// first looked for in, shortest first.
var newestWindows = []time.Duration{24 * time.Hour, 7 * 24 * time.Hour, 30 * 24 * time.Hour, 365 * 24 * time.Hour}

// newestPage runs req, sorted newest first, without reading the sort key
// of every hit: a field sort reads one doc value per hit, 60,000 of them
// for a common word. The total and the facets come from a search that
// reads no sort keys; the page comes from the first window of recent
// listings (posted at or after now minus the window) that holds it. Every
// listing in a window is newer than every listing outside it, so a window
// whose hits fill the page (after the cursor or offset) holds the same
// page as the whole set. The last resort is the whole set.
//
// total, when not nil, is the request's total from the cache: with no
// facets to count, the counting search is skipped.
func newestPage(ctx context.Context, idx bleve.Index, q Query, req *bleve.SearchRequest, now time.Time, total *uint64) (*bleve.SearchResult, error) {
	all := &bleve.SearchResult{}
	if total != nil && len(req.Facets) == 0 {
		all.Total = *total
	} else {
		count := *req
		count.Size, count.From, count.SearchAfter = 0, 0, nil
		count.Sort = search.SortOrder{&search.SortScore{Desc: true}} // scores are off: no sort work
		var err error
		if all, err = idx.SearchInContext(ctx, &count); err != nil {
			return nil, err
		}
	}
	page := *req
	page.Facets = nil
	for _, w := range newestWindows {
		if all.Total <= uint64(req.From+req.Size) {
			break // the whole set is as small as a window's page
		}
		cut := now.Add(-w)
		if !cut.After(q.PostedAfter) {
			continue // no narrower than the query's own filter
		}
		wq := q
		wq.PostedAfter = cut
		page.Query = buildQuery(wq, "")
		res, err := idx.SearchInContext(ctx, &page)
		if err != nil {
			return nil, err
		}
		if len(res.Hits) >= req.Size || res.Total == all.Total {
			res.Total, res.Facets = all.Total, all.Facets
			return res, nil
		}
	}
	page.Query = req.Query
	res, err := idx.SearchInContext(ctx, &page)
	if err != nil {
		return nil, err
	}
	res.Total, res.Facets = all.Total, all.Facets
	return res, nil
}

// titleFragments sets the snippets of hits to their highlighted titles:
// one small search over the shown hits only, for the query's words and
// phrases in the title (the main search reads no term locations).
func titleFragments(ctx context.Context, idx bleve.Index, t terms, hits []Hit) error {
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	d := bleve.NewDisjunctionQuery()
	for _, w := range t.words {
		m := bleve.NewMatchQuery(w)
		m.SetField("title")
		d.AddQuery(m)
	}
	for _, p := range t.phrases {
		m := bleve.NewMatchPhraseQuery(p)
		m.SetField("title")
		d.AddQuery(m)
	}
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(bleve.NewDocIDQuery(ids), d), len(ids), 0, false)
	req.Highlight = bleve.NewHighlightWithStyle("html")
	req.Highlight.Fields = []string{"title"} // the text is not stored: see Snippet
	res, err := idx.SearchInContext(ctx, req)
	if err != nil {
		return fmt.Errorf("index: highlight: %w", err)
	}
	frag := make(map[string]string, len(res.Hits))
	for _, h := range res.Hits {
		frag[h.ID] = snippet(h)
	}
	for i := range hits {
		hits[i].Snippet = frag[hits[i].ID]
	}
	return nil
}

// facetWithout counts facet name over the query with that field's own
// filter left out, so a user sees what choosing another value would give.
func (x *Index) facetWithout(ctx context.Context, idx bleve.Index, q Query, name string) ([]FacetCount, error) {
	req := bleve.NewSearchRequestOptions(buildQuery(q, name), 0, 0, false)
	req.Score = bleve.ScoreNone // counts only: no scoring, no hits, no highlighting
	req.AddFacet(name, bleve.NewFacetRequest(filterField[name], facetSize(name)))
	res, err := idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("index: facet %s: %w", name, err)
	}
	return facetCounts(res.Facets[name]), nil
}

func facetSize(name string) int {
	if name == "skills" {
		return 25
	}
	return 12
}

func facetCounts(fr *search.FacetResult) []FacetCount {
	out := []FacetCount{}
	if fr == nil || fr.Terms == nil {
		return out
	}
	for _, t := range fr.Terms.Terms() {
		out = append(out, FacetCount{Value: t.Term, Count: t.Count})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Value < out[j].Value
	})
	return out
}

// snippet is the highlighted title of h (the only stored field; the
// text's snippet is made from the store's text: see Snippet).
func snippet(h *search.DocumentMatch) string {
	if frags := h.Fragments["title"]; len(frags) > 0 {
		return strings.TrimSpace(frags[0])
	}
	return ""
}

// filterValues returns the values of the filter named like a facet.
func (q Query) filterValues(name string) []string {
	switch name {
	case "remote":
		return q.Remote
	case "region":
		return q.Region
	case "type":
		return q.Type
	case "skills":
		return q.Skill
	case "source":
		return q.Source
	}
	return nil
}

// buildQuery makes the Bleve query of q, leaving out the filter of the
// facet named skip.
func buildQuery(q Query, skip string) query.Query {
	b := bleve.NewBooleanQuery()
	t := parseTerms(q.Text)
	var filters []query.Query // restrict, never score: filterQuery
	// Visibility is one term. By default (the common case) a must-not on
	// the hidden listings' padding value: they are few, and the boolean
	// searcher advances a must-not clause only past the candidates the
	// other clauses find. Otherwise a must on the class asked for.
	if class := showClass(q.IncludeFlagged, q.IncludeClosed); class == showVisible {
		b.AddMustNot(term("show", showPad))
	} else {
		filters = append(filters, term("show", class))
	}
	for _, w := range t.words {
		b.AddMust(wordQuery(w))
		if titleBoost > 0 {
			b.AddShould(titleQuery(w))
		}
	}
	for _, p := range t.phrases {
		b.AddMust(phraseQuery(p))
	}
	for _, w := range t.notWords {
		b.AddMustNot(wordQuery(w))
	}
	for _, p := range t.notPhrases {
		b.AddMustNot(phraseQuery(p))
	}
	for _, name := range FacetFields {
		if name == skip {
			continue
		}
		if vals := q.filterValues(name); len(vals) > 0 {
			if name == "region" {
				vals = RegionsOpenTo(vals)
			}
			filters = append(filters, anyTerm(filterField[name], vals, name == "skills"))
		}
	}
	if len(q.Company) > 0 {
		filters = append(filters, companyQuery(q.Company))
	}
	if len(q.ExcludeFlag) > 0 {
		b.AddMustNot(anyTerm("flags", q.ExcludeFlag, false))
	}
	if q.Paid {
		filters = append(filters, boolField("paid", true))
	}
	if q.MinHourlyUSD > 0 {
		v := q.MinHourlyUSD
		filters = append(filters, numRange("hourly_usd", &v, nil, true, false))
	}
	if q.MaxHours > 0 {
		lo, v := 0.000001, q.MaxHours
		filters = append(filters, numRange("hours_max", &lo, &v, true, true))
	}
	if !q.PostedAfter.IsZero() {
		filters = append(filters, dateRange("posted_at", q.PostedAfter, time.Time{}, true, false))
	}
	if !q.DeadlineAfter.IsZero() {
		// deadline_sort holds noDeadline for listings without one.
		filters = append(filters, dateRange("deadline_sort", q.DeadlineAfter, noDeadline, true, false))
	}
	if q.IDs != nil {
		filters = append(filters, bleve.NewDocIDQuery(q.IDs))
	}
	for _, f := range filters {
		b.AddMust(filterQuery{f})
	}
	if b.Must == nil && b.Should == nil {
		b.AddMust(bleve.NewMatchAllQuery())
	}
	return b
}

func term(field, v string) query.Query {
	t := bleve.NewTermQuery(v)
	t.SetField(field)
	return t
}

func boolField(field string, v bool) query.Query {
	q := bleve.NewBoolFieldQuery(v)
	q.SetField(field)
	return q
}

// anyTerm matches any of vals exactly in field (lowercased fields take
// lowercased values).
func anyTerm(field string, vals []string, lower bool) query.Query {
	if lower && field == "skills" {
		field = "skills_lc"
	}
	d := bleve.NewDisjunctionQuery()
	for _, v := range vals {
		if lower {
			v = strings.ToLower(v)
		}
		d.AddQuery(term(field, v))
	}
	return d
}

// titleBoost is the weight of a word found in the title, beside its
// weight in the all field (which holds the title too).
const titleBoost = 2

// wordQuery matches a word in the title, company, skills or text (the all
// field holds them).
func wordQuery(w string) query.Query { return fieldWord("all", w, 0) }

// titleQuery scores a word found in the title higher: a should clause,
// advanced only to the documents the must clauses match.
func titleQuery(w string) query.Query { return fieldWord("title", w, titleBoost) }

// fieldWord matches w in field as a match query does (any of its
// analyzed tokens; none for a stop word), but a word of one token is a
// plain term query: Bleve wraps a match query's tokens in a disjunction
// searcher even when there is one, a cost on every hit.
func fieldWord(field, w string, boost float64) query.Query {
	var q interface {
		query.Query
		SetField(string)
		SetBoost(float64)
	}
	if toks := analyzer().Analyze([]byte(w)); len(toks) == 1 {
		q = bleve.NewTermQuery(string(toks[0].Term))
	} else {
		q = bleve.NewMatchQuery(w)
	}
	q.SetField(field)
	if boost > 0 {
		q.SetBoost(boost)
	}
	return q
}

func phraseQuery(p string) query.Query {
	m := bleve.NewMatchPhraseQuery(p)
	m.SetField("all")
	return m
}

// sortKeyField is the sort key field of each order but relevance (see doc).
var sortKeyField = map[string]string{SortNewest: "newest", SortPay: "pay_key", SortDeadline: "deadline"}

// sortOrder is the sort of each order: one sort key field, whose values
// end in the listing id, the tie-breaker that makes cursors exact.
// Relevance is the score, then the newest key (relCollector).
func sortOrder(name string) (search.SortOrder, error) {
	if name == SortRelevance {
		return search.SortOrder{&search.SortScore{Desc: true}, &search.SortField{Field: "newest", Type: search.SortFieldAsString}}, nil
	}
	f, ok := sortKeyField[name]
	if !ok {
		return nil, fmt.Errorf("unknown sort %q", name)
	}
	return search.SortOrder{&search.SortField{Field: f, Type: search.SortFieldAsString}}, nil
}

type cursor struct {
	Sort  string   `json:"s"`
	After []string `json:"a"`
}

func encodeCursor(sortName string, after []string) string {
	b, _ := json.Marshal(cursor{Sort: sortName, After: after})
	return base64.RawURLEncoding.EncodeToString(b)
}

// afterValues are the SearchAfter values of hit h: decoded field values,
// and the score itself where the order sorts by score (Bleve puts the
// placeholder "_score" in the hit's sort values).
func afterValues(order search.SortOrder, h *search.DocumentMatch) []string {
	out := make([]string, len(order))
	for i, s := range order {
		switch {
		case s.RequiresScoring():
			out[i] = strconv.FormatFloat(h.Score, 'g', -1, 64)
		case i < len(h.DecodedSort):
			out[i] = h.DecodedSort[i]
		}
	}
	return out
}

// decodeCursor reads a cursor made for sortName and checks each value
// parses as its sort key's type.
func decodeCursor(s, sortName string, order search.SortOrder) ([]string, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return nil, ErrBadCursor
	}
	var c cursor
	if err := json.Unmarshal(b, &c); err != nil || c.Sort != sortName || len(c.After) != len(order) {
		return nil, ErrBadCursor
	}
	for i, o := range order {
		var err error
		switch o := o.(type) {
		case *search.SortScore:
			_, err = strconv.ParseFloat(c.After[i], 64)
		case *search.SortField:
			if o.Type == search.SortFieldAsNumber {
				_, err = strconv.ParseFloat(c.After[i], 64)
			} else if o.Type == search.SortFieldAsDate {
				_, err = time.Parse(time.RFC3339Nano, c.After[i])
			}
		}
		if err != nil {
			return nil, ErrBadCursor
		}
	}
	return c.After, nil
}

// companyQuery matches any of names as the suggest box offers companies:
// the whole name in any case, or every word of it among the company's
// name words ("acme" finds "Acme Studio").
func companyQuery(names []string) query.Query {
	d := bleve.NewDisjunctionQuery()
	for _, n := range names {
		d.AddQuery(term("company_kw", strings.ToLower(n)))
		m := bleve.NewMatchQuery(n)
		m.SetField("company")
		m.SetOperator(query.MatchQueryOperatorAnd)
		d.AddQuery(m)
	}
	return d
}
