package index

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestFinishKeysSameAsBefore: reading the tie-breaker of only the tied
// survivors (and of the page's last hit) answers every relevance search
// exactly as reading every survivor's did: on listings in groups of equal
// text (equal scores, different dates and ids) beside sameCorpus, for word
// searches through both search paths, with page sizes, offsets and three
// pages by cursor.
func TestFinishKeysSameAsBefore(t *testing.T) {
	ctx := context.Background()
	x := mustOpen(t)
	cs := sameCorpus()
	titles := []string{"Data survey intern", "Remote data project", "Survey project", "Dashboard report intern"}
	for i := range 300 {
		l := mk(i, titles[i%len(titles)], "remote", "project", nil, 0, model.SeverityLow)
		l.ID = fmt.Sprintf("t%03d", i)
		if i%5 == 0 {
			l.Text += " data data"
		}
		cs = append(cs, model.Change{Seq: int64(len(cs) + 1), ID: l.ID, Listing: l})
	}
	if err := x.Apply(cs); err != nil {
		t.Fatal(err)
	}
	defer func() { finishByKeys, wordsFast = false, true }()
	rng := rand.New(rand.NewPCG(9, 9))
	queries := wordQueries(rng, 150)
	for _, text := range []string{"data", "survey", "project", "remote data project", "intern", "dashboard report", "data survey"} {
		for _, limit := range []int{1, 2, 5, 20} {
			queries = append(queries, Query{Text: text, Limit: limit}, Query{Text: text, Limit: limit, Offset: 3})
		}
	}
	ties := 0
	for _, fast := range []bool{true, false} {
		for _, q := range queries {
			for page := 0; page < 3; page++ {
				wordsFast = fast
				finishByKeys = true
				want, werr := x.Search(ctx, q)
				finishByKeys = false
				got, gerr := x.Search(ctx, q)
				if werr != nil || gerr != nil {
					t.Fatalf("%+v: %v, %v", q, gerr, werr)
				}
				want.Took, got.Took = 0, 0
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("%+v (page %d, fast %v):\n got %+v\nwant %+v", q, page, fast, got, want)
				}
				for i := 1; i < len(got.Hits); i++ {
					if got.Hits[i].Score == got.Hits[i-1].Score {
						ties++
					}
				}
				if got.NextCursor == "" {
					break
				}
				q.Cursor, q.Offset = got.NextCursor, 0
			}
		}
	}
	if ties < 500 {
		t.Errorf("only %d tied neighbours on the pages: the tie path is barely compared", ties)
	}
}
