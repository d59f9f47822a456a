package web

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/index"
	"github.com/gigscout/gigscout/internal/model"
)

// searchBefore is Searcher.Search as it was before searchspeed7 (the
// index highlighted every shown title in the search itself; the title's
// fragment was used where the text's snippet was empty): the oracle of
// TestSearchSameAsBefore.
func searchBefore(ctx context.Context, s *Searcher, q index.Query, warnings []string) (*SearchResponse, error) {
	q.Facets, q.Highlight = true, true
	res, err := s.Index.Search(ctx, q)
	if err != nil {
		return nil, err
	}
	out, byID, err := s.respond(ctx, q, res, warnings)
	if err != nil {
		return nil, err
	}
	for _, h := range res.Hits {
		l, ok := byID[h.ID]
		if !ok {
			continue
		}
		snip := index.Snippet(l.Text, q.Text)
		if snip == "" {
			snip = h.Snippet
		}
		out.add(l, snip)
	}
	return out, nil
}

// sameWords are the words of sameListings and sameQueries: a query word
// is often only in some listings' titles, companies or skills.
var sameWords = strings.Fields("data analysis remote project social media research design python survey report " +
	"mentor portfolio video grant audit budget marketing campaign writing translation figma tableau the and of")

// sameListings are n listings whose titles, companies, skills and texts
// draw on sameWords independently; some have no text at all.
func sameListings(rng *rand.Rand, n int) []*model.Listing {
	words := func(k int) string {
		var w []string
		for range k {
			w = append(w, sameWords[rng.IntN(len(sameWords))])
		}
		return strings.Join(w, " ")
	}
	var ls []*model.Listing
	for i := range n {
		text := words(5 + rng.IntN(60))
		if i%9 == 0 {
			text = ""
		}
		title := words(1 + rng.IntN(4))
		l := fixture(fmt.Sprintf("s%03d", i), []string{"b0", "b1", "b2"}[i%3], strings.ToUpper(title[:1])+title[1:],
			"Co "+words(1), []model.Remote{model.RemoteRemote, model.RemoteHybrid, model.RemoteOnsite}[i%3], []string{"US"},
			[]model.JobType{model.TypeInternship, model.TypeProject}[i%2], strings.Fields(words(rng.IntN(3))), text)
		l.PostedAt = day(-rng.IntN(60))
		if i%4 == 0 {
			hourly(l, 15, 25)
		}
		ls = append(ls, l)
	}
	return ls
}

// TestSearchSameAsBefore: Searcher.Search answers hundreds of random
// searches (words, phrases, exclusions, filters, sorts, three pages each)
// exactly as searchBefore does, and some of its answers use a title's
// fragment (the path searchspeed7 changed).
func TestSearchSameAsBefore(t *testing.T) {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(7, 15))
	st, x := mustData(t, sameListings(rng, 400))
	s := &Searcher{Index: x, Store: st}
	pick := func() string { return sameWords[rng.IntN(len(sameWords))] }
	titled, compared := 0, 0
	for i := range 300 {
		var parts []string
		for range 1 + rng.IntN(3) {
			switch rng.IntN(6) {
			case 0:
				parts = append(parts, `"`+pick()+" "+pick()+`"`)
			case 1:
				parts = append(parts, "-"+pick())
			default:
				parts = append(parts, pick())
			}
		}
		q := index.Query{Text: strings.Join(parts, " "), Limit: 1 + rng.IntN(20)}
		switch i % 5 {
		case 1:
			q.Remote = []string{"remote"}
		case 2:
			q.Type, q.Paid = []string{"internship"}, true
		case 3:
			q.Sort = index.SortNewest
		}
		for page := 0; page < 3; page++ {
			want, werr := searchBefore(ctx, s, q, nil)
			got, gerr := s.Search(ctx, q, nil)
			if (werr == nil) != (gerr == nil) {
				t.Fatalf("%+v: error %v, want %v", q, gerr, werr)
			}
			if werr != nil {
				break
			}
			want.Meta.TookMS, got.Meta.TookMS = 0, 0
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%+v (page %d):\n got %+v\nwant %+v", q, page, got, want)
			}
			compared++
			for _, r := range got.Data {
				if strings.Contains(r.Snippet, "<mark>") && index.Snippet(textOf(t, st, r.ID), q.Text) == "" {
					titled++ // the title's fragment
				}
			}
			if got.Meta.NextCursor == "" {
				break
			}
			q.Cursor = got.Meta.NextCursor
		}
	}
	if titled < 10 {
		t.Errorf("only %d of %d answers' results showed a title's fragment: the test does not reach the title path", titled, compared)
	}
}

// textOf is the stored text of listing id.
func textOf(t *testing.T, st interface {
	GetMany(context.Context, []string) ([]*model.Listing, error)
}, id string) string {
	t.Helper()
	ls, err := st.GetMany(context.Background(), []string{id})
	if err != nil || len(ls) != 1 {
		t.Fatalf("GetMany(%s): %v %d", id, err, len(ls))
	}
	return ls[0].Text
}
