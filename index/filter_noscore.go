package index

import (
	"context"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
)

// A search's filters (facet terms, company, paid, the number and date
// ranges, a visibility class, ids) restrict the hits and add nothing to
// their scores: the score, and so the relevance order, depends on the
// query's words alone. As scoring must clauses they did: a range filter's
// score depended on which prefix-coded term a listing's value matched,
// a skills filter's on how many skills the listing has, and every
// filter's weight entered the query norm.
//
// buildQuery makes each filter a filterQuery, a must clause: in a
// scored search its searcher runs the filter without scoring (Bleve then
// merges a disjunction of terms into one postings bitmap: the
// "unadorned" optimization), weighs 0 (the query norm is that of the
// words alone) and scores 0 (a hit's score is the words' sum, to the bit
// the same as without the filters). In a search that scores nothing
// (sorted by a field, or counting) it is the filter's own searcher, as
// before. (One filterQuery over a conjunction of the filters cost a
// filters-only search 13 and 46 % more CPU in two alternated runs of
// BenchmarkFilterShapes: a conjunction of one searcher around the
// filters' merged conjunction, a level more per hit.)
//
// Bleve v2.6.3's BooleanQuery has a Filter clause that scores nothing
// too, but applies it after the other clauses: a search of filters alone
// would walk every listing (match all) and test each.

// filterQuery matches what its query matches, with score 0 and weight 0.
type filterQuery struct{ q query.Query }

// Searcher implements query.Query.
func (f filterQuery) Searcher(ctx context.Context, i bindex.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	if options.Score == "none" && !options.IncludeTermVectors && !options.Explain {
		// Nothing scores (a sorted or counting search): the plain
		// searcher, which Bleve's optimizations know (a wrapper would
		// keep the enclosing conjunction from merging into one bitmap).
		return f.q.Searcher(ctx, i, m, options)
	}
	s, err := f.q.Searcher(ctx, i, m, search.SearcherOptions{Score: "none"})
	if err != nil {
		return nil, err
	}
	return &noScoreSearcher{Searcher: s}, nil
}

// noScoreSearcher is a searcher whose matches score 0 and whose weight is 0.
type noScoreSearcher struct{ search.Searcher }

// Optimize lets Bleve's conjunction push-down (each term searcher of a
// scored conjunction reads only the documents all its term searchers
// hold) take in a filter that is a term searcher: it restricts the
// postings read, never a score.
func (s *noScoreSearcher) Optimize(kind string, octx bindex.OptimizableContext) (bindex.OptimizableContext, error) {
	if o, ok := s.Searcher.(bindex.Optimizable); ok && kind == "conjunction" {
		return o.Optimize(kind, octx)
	}
	return nil, nil
}

func (s *noScoreSearcher) Weight() float64      { return 0 }
func (s *noScoreSearcher) SetQueryNorm(float64) {}

func (s *noScoreSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	return zeroScore(s.Searcher.Next(ctx))
}

func (s *noScoreSearcher) Advance(ctx *search.SearchContext, id bindex.IndexInternalID) (*search.DocumentMatch, error) {
	return zeroScore(s.Searcher.Advance(ctx, id))
}

func zeroScore(d *search.DocumentMatch, err error) (*search.DocumentMatch, error) {
	if d != nil {
		d.Score, d.Expl, d.FieldTermLocations = 0, nil, nil
	}
	return d, err
}
