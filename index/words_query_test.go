package index

import (
	"context"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// wordQueries are n relevance searches of plain words over sameCorpus's
// vocabulary (most eligible for wordsSearch; some with stop words, words
// of two tokens or unknown words, which are not or find nothing), with
// page sizes, offsets, facets and highlighting varied.
func wordQueries(rng *rand.Rand, n int) []Query {
	pick := func(xs []string) string { return xs[rng.IntN(len(xs))] }
	var out []Query
	for i := range n {
		var ws []string
		for range 1 + rng.IntN(4) {
			w := pick([]string{pick(textNouns), pick(textVerbs), pick(textAdjs), pick(textTools), pick(textNames), pick(textCities), pick(textNouns)})
			switch rng.IntN(12) {
			case 0:
				w = strings.ToUpper(w)
			case 1:
				w += "s"
			case 2:
				w = pick(textFill) // a stop word, most often: not eligible
			case 3:
				w = "zzqx" // in no listing
			case 4:
				w = "e-mail" // two tokens: not eligible
			}
			ws = append(ws, w)
		}
		if i%10 == 0 {
			ws = append(ws, ws[0]) // a word twice
		}
		q := Query{Text: strings.Join(ws, " "), Limit: 1 + rng.IntN(25), Facets: i%2 == 0, Highlight: i%3 == 0}
		if i%3 == 1 {
			q.Sort = SortRelevance
		}
		if rng.IntN(5) == 0 {
			q.Offset = rng.IntN(40)
		}
		out = append(out, q)
	}
	return out
}

// TestWordsSearchSameAsBleve: on an index of several segments with hidden,
// deleted and re-indexed listings, every relevance search of plain words
// answers with wordsSearch exactly what Bleve's searchers answer (the
// oracle, wordsFast off): the same hits with the same scores to the bit,
// the same total, facets (counted, and cached), snippets and cursors, over
// three pages each.
func TestWordsSearchSameAsBleve(t *testing.T) {
	ctx := context.Background()
	x := mustOpen(t)
	cs := sameCorpus()
	for i := 0; i < len(cs); i += 150 { // one segment per batch (until merged)
		if err := x.Apply(cs[i:min(i+150, len(cs))]); err != nil {
			t.Fatal(err)
		}
	}
	defer func() { wordsFast = true }()
	rng := rand.New(rand.NewPCG(15, 7))
	fast, found := 0, 0
	for _, q := range wordQueries(rng, 500) {
		wordsFast = true
		if _, ok := wordsOnly(withSort(q), parseTerms(q.Text)); ok {
			fast++
		}
		for page := 0; page < 3; page++ {
			// The facet cache emptied (a new generation) before each
			// first page: wordsSearch counts the facets itself on it,
			// takes them from the cache on the next pages.
			if page == 0 {
				x.gen.Add(1)
			}
			wordsFast = true
			got, gerr := x.Search(ctx, q)
			if page == 0 {
				x.gen.Add(1)
			}
			wordsFast = false
			want, werr := x.Search(ctx, q)
			if (werr == nil) != (gerr == nil) {
				t.Fatalf("%+v: error %v, want %v", q, gerr, werr)
			}
			if werr != nil {
				break
			}
			want.Took, got.Took = 0, 0
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%+v (page %d):\n got %+v\nwant %+v", q, page, got, want)
			}
			if page == 0 && got.Total > 0 {
				found++
			}
			if got.NextCursor == "" {
				break
			}
			q.Cursor, q.Offset = got.NextCursor, 0
		}
	}
	if fast < 200 || found < 150 {
		t.Errorf("%d of 500 searches eligible, %d found anything: too few to compare", fast, found)
	}
}

// withSort is q with its default sort (as Search sets it).
func withSort(q Query) Query {
	if q.Sort == "" && !parseTerms(q.Text).empty() {
		q.Sort = SortRelevance
	}
	return q
}

// TestWordsOnlyEligible: only plain words with no filter, relevance
// sorted and default visibility, go through wordsSearch.
func TestWordsOnlyEligible(t *testing.T) {
	for _, tt := range []struct {
		q    Query
		want bool
	}{
		{Query{Text: "data", Sort: SortRelevance}, true},
		{Query{Text: "remote data project", Sort: SortRelevance}, true},
		{Query{Text: "Remote DATA projects", Sort: SortRelevance}, true},
		{Query{Text: "data", Sort: SortNewest}, false},
		{Query{Text: `"social media"`, Sort: SortRelevance}, false},
		{Query{Text: "data -remote", Sort: SortRelevance}, false},
		{Query{Text: "data the", Sort: SortRelevance}, false},    // a stop word: no token
		{Query{Text: "data e-mail", Sort: SortRelevance}, false}, // two tokens
		{Query{Text: "data", Sort: SortRelevance, Remote: []string{"remote"}}, false},
		{Query{Text: "data", Sort: SortRelevance, Paid: true}, false},
		{Query{Text: "data", Sort: SortRelevance, IncludeFlagged: true}, false},
		{Query{Text: "data", Sort: SortRelevance, IDs: []string{}}, false},
		{Query{Text: "a b c d e f g h i j", Sort: SortRelevance}, false},
	} {
		if _, got := wordsOnly(tt.q, parseTerms(tt.q.Text)); got != tt.want {
			t.Errorf("%+v: %v, want %v", tt.q, got, tt.want)
		}
	}
}
