package index

import (
	"context"
	"fmt"
	"math"
	"sort"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/scorer"
	bindex "github.com/blevesearch/bleve_index_api"
)

// The commonest search is a few plain words, sorted by relevance, with no
// filter: buildQuery makes it a boolean query of one term query per word
// on the all field (must), one per word on the title boosted (should) and
// the hidden listings' show pad (must not). Bleve runs it through a tree
// of searchers that hands a pooled DocumentMatch up through every level
// for every posting it visits (a term searcher's match, the conjunction's,
// the disjunction's, the boolean's), and about half of such a search's CPU
// is that machinery, not reading postings. wordsSearch reads the same
// postings through the same term field readers (the conjunction's shared
// bitmap included) and computes each hit's score with Bleve's own
// formulas, in Bleve's order of operations, so that every score, and so
// every page, total and cursor, is the same to the bit:
//
//   - a term's idf is 1 + ln(docs / (docFreq + 1)), its weight
//     (boost * idf)^2 (TermQueryScorer);
//   - the conjunction's and the disjunction's children are sorted by
//     docFreq (sort.Sort with OrderedSearcherList's Less), their weights
//     summed in that order; the boolean's query norm is
//     1 / sqrt(0 + must + should), and each term's query weight
//     boost * idf * norm;
//   - a term's score is sqrt(freq) * fieldNorm * idf, times the query
//     weight when that is not 1;
//   - the must score is the sum of the words' scores in the conjunction's
//     order; the should score, when any title term matches, the sum of
//     the matching ones in the disjunction's order times matched/total;
//     the hit's score must + should.
//
// TestWordsSearchSameAsBleve compares it with Bleve's searcher on every
// score, page, total and cursor; wordsFast turns it off.

// wordsFast: eligible searches go through wordsSearch (false: Bleve's
// searchers, the oracle of the tests).
var wordsFast = true

// maxFastWords bounds the words of a fast search: Bleve's disjunction of
// the title terms is a slice searcher up to DisjunctionHeapTakeover (10)
// children, whose order of scoring wordsSearch follows.
const maxFastWords = 9

// wordsOnly returns the one analyzed token of each word of q when q is a
// search wordsSearch answers: relevance order, plain words only (no
// phrase, no exclusion, each word one token, as fieldWord makes it a term
// query), default visibility and no filter.
func wordsOnly(q Query, t terms) ([]string, bool) {
	if !wordsFast || q.Sort != SortRelevance || len(t.words) == 0 || len(t.words) > maxFastWords ||
		len(t.phrases)+len(t.notWords)+len(t.notPhrases) > 0 || titleBoost <= 0 ||
		showClass(q.IncludeFlagged, q.IncludeClosed) != showVisible ||
		len(q.Remote)+len(q.Region)+len(q.Type)+len(q.Skill)+len(q.Source)+len(q.Company)+len(q.ExcludeFlag) > 0 ||
		q.Paid || q.MinHourlyUSD > 0 || q.MaxHours > 0 || !q.PostedAfter.IsZero() || !q.DeadlineAfter.IsZero() || q.IDs != nil {
		return nil, false
	}
	toks := make([]string, len(t.words))
	for i, w := range t.words {
		ts := analyzer().Analyze([]byte(w))
		if len(ts) != 1 {
			return nil, false
		}
		toks[i] = string(ts[0].Term)
	}
	return toks, true
}

// wordTerm is one term query of a words search: its reader and scoring.
type wordTerm struct {
	r     bindex.TermFieldReader
	tfd   bindex.TermFieldDoc
	cur   *bindex.TermFieldDoc // the reader's current posting; nil: not started or done
	done  bool
	count uint64 // the term's docFreq (the reader's Count, as TermSearcher.Count)
	boost float64
	idf   float64
	qw    float64 // the query weight, set by queryNorm
}

// weight is TermQueryScorer.Weight.
func (w *wordTerm) weight() float64 {
	sum := w.boost * w.idf
	return sum * sum
}

// score is TermQueryScorer.Score of the current posting (tf-idf).
func (w *wordTerm) score() float64 {
	var tf float64
	if w.cur.Freq < scorer.MaxSqrtCache {
		tf = scorer.SqrtCache[int(w.cur.Freq)]
	} else {
		tf = math.Sqrt(float64(w.cur.Freq))
	}
	score := float64(tf * w.cur.Norm * w.idf)
	if w.qw != 1.0 {
		score = float64(score * w.qw)
	}
	return score
}

// next moves the reader to its next posting.
func (w *wordTerm) next() error {
	var err error
	if w.cur, err = w.r.Next(w.tfd.Reset()); err != nil {
		return err
	}
	w.done = w.cur == nil
	return nil
}

// advanceTo moves the reader to its first posting at or after id; a
// reader already there stays (Bleve's readers restart on a backward seek).
func (w *wordTerm) advanceTo(id bindex.IndexInternalID) error {
	if w.done || (w.cur != nil && w.cur.ID.Compare(id) >= 0) {
		return nil
	}
	var err error
	if w.cur, err = w.r.Advance(id, w.tfd.Reset()); err != nil {
		return err
	}
	w.done = w.cur == nil
	return nil
}

// byCount sorts as Bleve's OrderedSearcherList (same Less, same sort).
type byCount []*wordTerm

func (s byCount) Len() int           { return len(s) }
func (s byCount) Less(i, j int) bool { return s[i].count < s[j].count }
func (s byCount) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

// sumWeights is a conjunction's or disjunction's Weight: its children's in order.
func sumWeights(ws []*wordTerm) float64 {
	var rv float64
	for _, w := range ws {
		rv += w.weight()
	}
	return rv
}

// wordsSearch runs the words search of toks (wordsOnly) over idx, offers
// every hit to rel, finishes it, and returns the total.
func wordsSearch(ctx context.Context, idx bleve.Index, toks []string, rel *relCollector) (uint64, error) {
	ai, err := idx.Advanced()
	if err != nil {
		return 0, err
	}
	r, err := ai.Reader()
	if err != nil {
		return 0, err
	}
	defer r.Close()
	docs, err := r.DocCount()
	if err != nil {
		return 0, err
	}
	var all []*wordTerm
	defer func() {
		for _, w := range all {
			w.r.Close()
		}
	}()
	open := func(term, field string, boost float64, scored bool) (*wordTerm, error) {
		tr, err := r.TermFieldReader(ctx, []byte(term), field, scored, scored, false)
		if err != nil {
			return nil, err
		}
		w := &wordTerm{r: tr, count: tr.Count(), boost: boost, qw: 1.0}
		w.idf = 1.0 + math.Log(float64(docs)/float64(w.count+1.0))
		all = append(all, w)
		return w, nil
	}
	must := make([]*wordTerm, len(toks))
	should := make([]*wordTerm, len(toks))
	for i, tok := range toks {
		if must[i], err = open(tok, "all", 1.0, true); err != nil {
			return 0, err
		}
		if should[i], err = open(tok, "title", titleBoost, true); err != nil {
			return 0, err
		}
	}
	hidden, err := open(showPad, "show", 1.0, false)
	if err != nil {
		return 0, err
	}
	sort.Sort(byCount(must))
	sort.Sort(byCount(should))
	// The conjunction's optimization: its term readers share the AND of
	// their postings bitmaps, segment by segment (NewConjunctionSearcher).
	if len(must) > 1 {
		var octx bindex.OptimizableContext
		for _, w := range must {
			o, ok := w.r.(bindex.Optimizable)
			if !ok {
				return 0, fmt.Errorf("index: words search: %T is not optimizable", w.r)
			}
			if octx, err = o.Optimize("conjunction", octx); err != nil {
				return 0, err
			}
		}
		if octx != nil {
			if _, err := octx.Finish(); err != nil {
				return 0, err
			}
		}
	}
	// BooleanSearcher.computeQueryNorm.
	sumSq := 0.0
	sumSq += sumWeights(must)
	sumSq += sumWeights(should)
	norm := 1.0 / math.Sqrt(sumSq)
	for _, w := range append(append([]*wordTerm{}, must...), should...) {
		w.qw = w.boost * w.idf * norm
	}
	for _, w := range must {
		if err := w.next(); err != nil {
			return 0, err
		}
	}
	var total uint64
	id := make(bindex.IndexInternalID, 0, 8)
	for n := 0; ; n++ {
		if n&1023 == 0 {
			if err := ctx.Err(); err != nil {
				return 0, err
			}
		}
		// The next document every word's reader is at.
		agreed := false
		for !agreed {
			id = id[:0]
			for _, w := range must {
				if w.done {
					return total, rel.finish(r)
				}
				if len(id) == 0 || w.cur.ID.Compare(id) > 0 {
					id = append(id[:0], w.cur.ID...)
				}
			}
			agreed = true
			for _, w := range must {
				if w.cur.ID.Compare(id) < 0 {
					if err := w.advanceTo(id); err != nil {
						return 0, err
					}
					if w.done {
						return total, rel.finish(r)
					}
					if !w.cur.ID.Equals(id) {
						agreed = false
					}
				}
			}
		}
		if err := hidden.advanceTo(id); err != nil {
			return 0, err
		}
		if hidden.done || !hidden.cur.ID.Equals(id) {
			var mustScore float64
			for _, w := range must {
				mustScore += w.score()
			}
			var sum float64
			matched := 0
			for _, w := range should {
				if err := w.advanceTo(id); err != nil {
					return 0, err
				}
				if !w.done && w.cur.ID.Equals(id) {
					sum += w.score()
					matched++
				}
			}
			score := mustScore
			if matched > 0 {
				coord := float64(matched) / float64(len(should))
				var both float64
				both += mustScore
				both += float64(sum * coord)
				score = both
			}
			total++
			rel.offer(score, id)
		}
		for _, w := range must {
			if err := w.next(); err != nil {
				return 0, err
			}
		}
	}
}

// searchWords answers a relevance search of plain words (wordsOnly): the
// page goes to rel, the total is wordsSearch's. The facets req asks for
// (none once they are cached) are counted by one more search of the same
// query without scoring: its words' postings are intersected as bitmaps
// (Bleve's unadorned conjunction), and the facets visit the same hits'
// doc values as in the scored search.
func searchWords(ctx context.Context, idx bleve.Index, toks []string, rel *relCollector, req *bleve.SearchRequest) (*bleve.SearchResult, error) {
	start := time.Now()
	total, err := wordsSearch(ctx, idx, toks, rel)
	if err != nil {
		return nil, err
	}
	res := &bleve.SearchResult{Total: total}
	if len(req.Facets) > 0 {
		count := bleve.NewSearchRequestOptions(req.Query, 0, 0, false)
		count.Score = bleve.ScoreNone
		count.Facets = req.Facets
		counted, err := idx.SearchInContext(ctx, count)
		if err != nil {
			return nil, err
		}
		res.Facets = counted.Facets
	}
	res.Took = time.Since(start)
	return res, nil
}
