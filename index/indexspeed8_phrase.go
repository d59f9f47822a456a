package index

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"sort"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// allPhraseQuery is a phrase query on the all field: Bleve's match phrase
// query (on the term vectors) on an index that has them, else the same
// search over the stored positions (positionsStored). Bleve's phrase
// searcher is a conjunction of one term searcher per phrase slot (a
// disjunction where a slot has several terms), whose every match it keeps
// when the terms' locations make the phrase, with the conjunction's
// score. allPhraseSearcher builds the same conjunction (the same
// searchers with the same options, so the same scores and query norms)
// and keeps a match when the listing's stored positions make the phrase.
type allPhraseQuery struct {
	phrase string
}

func (q allPhraseQuery) Searcher(ctx context.Context, i bindex.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	if !positionsStored(m) {
		mq := bleve.NewMatchPhraseQuery(q.phrase)
		mq.SetField("all")
		return mq.Searcher(ctx, i, m, options)
	}
	an := m.AnalyzerNamed(m.AnalyzerNameForPath("all"))
	if an == nil {
		return nil, fmt.Errorf("index: no analyzer for the all field")
	}
	tokens := an.Analyze([]byte(q.phrase))
	if len(tokens) == 0 {
		return query.NewMatchNoneQuery().Searcher(ctx, i, m, options)
	}
	snap, ok := i.(*scorch.IndexSnapshot)
	if !ok {
		return nil, fmt.Errorf("index: phrase search needs a scorch index, not %T", i)
	}
	return newAllPhraseSearcher(ctx, snap, tokenStreamToPhrase(tokens), "all", 1.0, options)
}

// tokenStreamToPhrase is Bleve's (search/query/match_phrase.go): the
// terms of each position from the first token's to the last's.
func tokenStreamToPhrase(tokens analysis.TokenStream) [][]string {
	firstPosition := int(^uint(0) >> 1)
	lastPosition := 0
	for _, token := range tokens {
		if token.Position < firstPosition {
			firstPosition = token.Position
		}
		if token.Position > lastPosition {
			lastPosition = token.Position
		}
	}
	phraseLen := lastPosition - firstPosition + 1
	if phraseLen > 0 {
		rv := make([][]string, phraseLen)
		for _, token := range tokens {
			pos := token.Position - firstPosition
			rv[pos] = append(rv[pos], string(token.Term))
		}
		return rv
	}
	return nil
}

// allPhraseSearcher is PhraseSearcher (search/searcher/search_phrase.go)
// without fuzziness or synonyms, reading the phrase from the stored
// positions instead of the matches' term locations.
type allPhraseSearcher struct {
	must        search.Searcher
	curr        *search.DocumentMatch
	terms       [][]string
	initialized bool
	locations   []search.Location

	segs    []segment.Segment
	offsets []uint64 // each segment's first document number (as IndexSnapshot's)
	toks    []posToken
}

func newAllPhraseSearcher(ctx context.Context, snap *scorch.IndexSnapshot, terms [][]string, field string, boost float64,
	options search.SearcherOptions) (*allPhraseSearcher, error) {
	// As NewMultiPhraseSearcher: term vectors asked for (the field has
	// none: nothing is read), one term searcher per slot, a disjunction
	// for a slot of several terms, none for an empty slot.
	options.IncludeTermVectors = true
	var parts []search.Searcher
	closeAll := func() {
		for _, s := range parts {
			_ = s.Close()
		}
	}
	for _, slot := range terms {
		if len(slot) == 1 && slot[0] != "" {
			ts, err := searcher.NewTermSearcher(ctx, snap, slot[0], field, boost, options)
			if err != nil {
				closeAll()
				return nil, fmt.Errorf("phrase searcher error building term searcher: %v", err)
			}
			parts = append(parts, ts)
		} else if len(slot) > 1 {
			var tss []search.Searcher
			for _, t := range slot {
				if t == "" {
					continue
				}
				ts, err := searcher.NewTermSearcher(ctx, snap, t, field, boost, options)
				if err != nil {
					closeAll()
					return nil, fmt.Errorf("phrase searcher error building term searcher: %v", err)
				}
				tss = append(tss, ts)
			}
			d, err := searcher.NewDisjunctionSearcher(ctx, snap, tss, 1, options)
			if err != nil {
				closeAll()
				return nil, fmt.Errorf("phrase searcher error building term position disjunction searcher: %v", err)
			}
			parts = append(parts, d)
		}
	}
	must, err := searcher.NewConjunctionSearcher(ctx, snap, parts, options)
	if err != nil {
		closeAll()
		return nil, fmt.Errorf("phrase searcher error building conjunction searcher: %v", err)
	}
	s := &allPhraseSearcher{must: must, terms: terms}
	// PhraseSearcher.computeQueryNorm.
	must.SetQueryNorm(1.0 / math.Sqrt(must.Weight()))
	var next uint64
	for _, ss := range snap.Segments() {
		seg := ss.Segment()
		s.segs = append(s.segs, seg)
		s.offsets = append(s.offsets, next)
		next += seg.Count()
	}
	return s, nil
}

func (s *allPhraseSearcher) advanceNextMust(ctx *search.SearchContext) error {
	if s.curr != nil {
		ctx.DocumentMatchPool.Put(s.curr)
	}
	var err error
	s.curr, err = s.must.Next(ctx)
	return err
}

func (s *allPhraseSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	if !s.initialized {
		if err := s.advanceNextMust(ctx); err != nil {
			return nil, err
		}
		s.initialized = true
	}
	for s.curr != nil {
		rv, err := s.check()
		if err != nil {
			return nil, err
		}
		if err := s.advanceNextMust(ctx); err != nil {
			return nil, err
		}
		if rv != nil {
			return rv, nil
		}
	}
	return nil, nil
}

// check returns the current match when its listing holds the phrase (and
// takes it from s.curr), else nil. As PhraseSearcher's, the match keeps
// no term locations.
func (s *allPhraseSearcher) check() (*search.DocumentMatch, error) {
	s.locations = s.curr.Complete(s.locations)
	s.curr.Locations = nil
	ok, err := s.holdsPhrase(s.curr.IndexInternalID)
	if err != nil || !ok {
		return nil, err
	}
	rv := s.curr
	s.curr = nil
	return rv, nil
}

// holdsPhrase reads the stored positions of the listing numbered id.
func (s *allPhraseSearcher) holdsPhrase(id bindex.IndexInternalID) (bool, error) {
	if len(id) != 8 {
		return false, fmt.Errorf("index: phrase: internal id of %d bytes", len(id))
	}
	n := binary.BigEndian.Uint64(id)
	i := sort.Search(len(s.offsets), func(x int) bool { return s.offsets[x] > n }) - 1
	if i < 0 {
		return false, fmt.Errorf("index: phrase: document %d in no segment", n)
	}
	found, bad := false, false
	err := s.segs[i].VisitStoredFields(n-s.offsets[i], func(field string, _ byte, value []byte, _ []uint64) bool {
		if field != allPosField {
			return true
		}
		var ok bool
		if s.toks, ok = decodePositions(value, s.toks); !ok {
			bad = true
			return false
		}
		found = phraseAt(s.toks, s.terms)
		return false
	})
	if err == nil && bad {
		err = fmt.Errorf("index: phrase: document %d: bad stored positions", n)
	}
	return found, err
}

func (s *allPhraseSearcher) Advance(ctx *search.SearchContext, id bindex.IndexInternalID) (*search.DocumentMatch, error) {
	if !s.initialized {
		if err := s.advanceNextMust(ctx); err != nil {
			return nil, err
		}
		s.initialized = true
	}
	if s.curr != nil {
		if s.curr.IndexInternalID.Compare(id) >= 0 {
			return s.Next(ctx)
		}
		ctx.DocumentMatchPool.Put(s.curr)
	}
	if s.curr == nil {
		return nil, nil
	}
	var err error
	if s.curr, err = s.must.Advance(ctx, id); err != nil {
		return nil, err
	}
	return s.Next(ctx)
}

func (s *allPhraseSearcher) Close() error               { return s.must.Close() }
func (s *allPhraseSearcher) Weight() float64            { return s.must.Weight() }
func (s *allPhraseSearcher) SetQueryNorm(qn float64)    { s.must.SetQueryNorm(qn) }
func (s *allPhraseSearcher) Count() uint64              { return s.must.Count() }
func (s *allPhraseSearcher) Min() int                   { return 0 }
func (s *allPhraseSearcher) DocumentMatchPoolSize() int { return s.must.DocumentMatchPoolSize() + 1 }

func (s *allPhraseSearcher) Size() int {
	n := 128 + s.must.Size() + len(s.toks)*32
	if s.curr != nil {
		n += s.curr.Size()
	}
	return n
}
