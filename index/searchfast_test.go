package index

import (
	"context"
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/gigscout/gigscout/internal/model"
)

// TestPhraseStaysInOneField: the all field holds the title, company,
// skills and text with a gap of positions between them; a phrase matches
// within one of them, never across the end of one and the start of the
// next.
func TestPhraseStaysInOneField(t *testing.T) {
	ctx := context.Background()
	x := mustOpen(t)
	across := mk(1, "Lead data", "remote", "project", []string{"Social"}, 0, model.SeverityLow)
	across.Company = "Analysis Works Research"       // title "...data", company "Analysis..."
	across.Text = "media campaigns for survey teams" // skills "Social", text "media..."
	within := mk(2, "Survey intern", "remote", "project", nil, 0, model.SeverityLow)
	within.Text = "we do data analysis for social media teams"
	skill := mk(3, "Campaign intern", "remote", "project", []string{"Machine Learning"}, 0, model.SeverityLow)
	skill.Company = "Research Labs"
	skill.Text = "help the team ship campaigns"
	if _, err := x.CatchUp(ctx, changes(across, within, skill)); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ q, want string }{
		{`"data analysis"`, "[id002]"},        // title "...data" then company "Analysis...": not a phrase
		{`"social media"`, "[id002]"},         // skills "Social" then text "media...": not a phrase
		{`"research social"`, "[]"},           // company "...Research" then skills "Social"
		{`"learning help"`, "[]"},             // skills "...Learning" then text "help..."
		{`"intern research"`, "[]"},           // title "...intern" then company "Research..."
		{`"machine learning"`, "[id003]"},     // within the skills
		{`"lead data"`, "[id001]"},            // within the title
		{`"analysis works"`, "[id001]"},       // within the company
		{`"data analysis" survey`, "[id002]"}, // phrase and word
	} {
		res, err := x.Search(ctx, Query{Text: tt.q, Sort: SortNewest})
		if err != nil {
			t.Fatal(err)
		}
		got := []string{}
		for _, h := range res.Hits {
			got = append(got, h.ID)
		}
		if fmt.Sprint(got) != tt.want {
			t.Errorf("%s: got %v, want %s", tt.q, got, tt.want)
		}
	}
}

// TestVisibilityClasses: high risk, closed and duplicate listings are
// hidden by default; include_flagged and include_closed show them; a
// duplicate is never shown.
func TestVisibilityClasses(t *testing.T) {
	ctx := context.Background()
	x := mustOpen(t)
	now := time.Now()
	ok := mk(1, "Data intern", "remote", "project", nil, 0, model.SeverityLow)
	high := mk(2, "Data intern", "remote", "project", nil, 0, model.SeverityHigh)
	closed := mk(3, "Data intern", "remote", "project", nil, 0, model.SeverityLow)
	closed.ClosedAt = &now
	both := mk(4, "Data intern", "remote", "project", nil, 0, model.SeverityHigh)
	both.ClosedAt = &now
	dup := mk(5, "Data intern", "remote", "project", nil, 0, model.SeverityLow)
	dup.DuplicateOf = "id001"
	if _, err := x.CatchUp(ctx, changes(ok, high, closed, both, dup)); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		flagged, closed bool
		want            string
	}{
		{false, false, "[id001]"},
		{true, false, "[id002 id001]"},
		{false, true, "[id003 id001]"},
		{true, true, "[id004 id003 id002 id001]"},
	} {
		for _, text := range []string{"", "data"} {
			res, err := x.Search(ctx, Query{Text: text, IncludeFlagged: tt.flagged, IncludeClosed: tt.closed, Sort: SortNewest})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.ID)
			}
			if fmt.Sprint(got) != tt.want {
				t.Errorf("q=%q flagged=%v closed=%v: got %v, want %s", text, tt.flagged, tt.closed, got, tt.want)
			}
		}
	}
	// The show term adds the same score to every class: with flagged
	// listings included, equal listings score equally.
	res, err := x.Search(ctx, Query{Text: "data", IncludeFlagged: true, IncludeClosed: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range res.Hits[1:] {
		if h.Score != res.Hits[0].Score {
			t.Errorf("%s scores %v, %s %v", h.ID, h.Score, res.Hits[0].ID, res.Hits[0].Score)
		}
	}
}

// TestTitleWordsRankFirst: a word in the title outranks the same word
// only in the text.
func TestTitleWordsRankFirst(t *testing.T) {
	ctx := context.Background()
	x := mustOpen(t)
	inText := mk(1, "Research intern", "remote", "project", nil, 0, model.SeverityLow)
	inText.Text = "analyze marketing data and write a short report for the team"
	inTitle := mk(0, "Marketing data intern", "remote", "project", nil, 0, model.SeverityLow)
	inTitle.Text = "analyze campaign results and write a short report for the team"
	if _, err := x.CatchUp(ctx, changes(inText, inTitle)); err != nil {
		t.Fatal(err)
	}
	res, err := x.Search(ctx, Query{Text: "marketing"})
	if err != nil || len(res.Hits) != 2 {
		t.Fatalf("%v %v", res, err)
	}
	if res.Hits[0].ID != "id000" {
		t.Errorf("first hit %s, want the title match id000", res.Hits[0].ID)
	}
}

func TestDeadlineAfter(t *testing.T) {
	ctx := context.Background()
	x := mustOpen(t)
	soon, later := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC), time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)
	a := mk(1, "Data intern", "remote", "project", nil, 0, model.SeverityLow)
	a.Deadline = &soon
	b := mk(2, "Data intern", "remote", "project", nil, 0, model.SeverityLow)
	b.Deadline = &later
	c := mk(3, "Data intern", "remote", "project", nil, 0, model.SeverityLow) // no deadline
	if _, err := x.CatchUp(ctx, changes(a, b, c)); err != nil {
		t.Fatal(err)
	}
	res, err := x.Search(ctx, Query{DeadlineAfter: time.Date(2026, 12, 15, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 1 || res.Hits[0].ID != "id002" {
		t.Errorf("deadline after: %+v", res.Hits)
	}
}

// TestRelevanceOrderMatchesBleveSort: the relevance collector's pages,
// by cursor and by offset, are Bleve's own sort by score, newest and key
// (many scores tie here), with nothing missing or repeated.
func TestRelevanceOrderMatchesBleveSort(t *testing.T) {
	ctx := context.Background()
	x := mustOpen(t)
	var ls []*model.Listing
	for i := range 83 {
		l := mk(i%29, fmt.Sprintf("Data project %d", i%5), "remote", "project", nil, 0, model.SeverityLow)
		l.ID = fmt.Sprintf("r%03d", i)
		if i%3 == 0 {
			l.Text = "data data cleaning for a survey"
		}
		ls = append(ls, l)
	}
	if _, err := x.CatchUp(ctx, changes(ls...)); err != nil {
		t.Fatal(err)
	}
	q := Query{Text: "data"}
	want, _ := bleveSorted(t, x, q, SortRelevance)
	if len(want) != 83 {
		t.Fatalf("reference has %d hits", len(want))
	}
	var byCursor, byOffset []string
	q.Limit = 10
	for page := 0; page < 20; page++ {
		res, err := x.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range res.Hits {
			byCursor = append(byCursor, h.ID)
		}
		if res.NextCursor == "" {
			break
		}
		q.Cursor = res.NextCursor
	}
	for off := 0; off < 90; off += 7 {
		res, err := x.Search(ctx, Query{Text: "data", Limit: 7, Offset: off})
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != 83 {
			t.Fatalf("total %d", res.Total)
		}
		for _, h := range res.Hits {
			byOffset = append(byOffset, h.ID)
		}
	}
	if fmt.Sprint(byCursor) != fmt.Sprint(want) {
		t.Errorf("by cursor:\n%v\nwant\n%v", byCursor, want)
	}
	if fmt.Sprint(byOffset) != fmt.Sprint(want) {
		t.Errorf("by offset:\n%v\nwant\n%v", byOffset, want)
	}
}

func TestSortKeysOrder(t *testing.T) {
	ints := []int64{math.MinInt64, -5, -1, 0, 1, 7, 1 << 40, math.MaxInt64}
	for i := 1; i < len(ints); i++ {
		if !(orderedInt(ints[i-1]) < orderedInt(ints[i])) {
			t.Errorf("orderedInt(%d) >= orderedInt(%d)", ints[i-1], ints[i])
		}
	}
	floats := []float64{math.Inf(-1), -3.5, -0.25, 0, 0.25, 7.5, 18, 1e9, math.Inf(1)}
	for i := 1; i < len(floats); i++ {
		if !(orderedFloat(floats[i-1]) < orderedFloat(floats[i])) {
			t.Errorf("orderedFloat(%v) >= orderedFloat(%v)", floats[i-1], floats[i])
		}
	}
	if !(sortKey(1, "zzz") < sortKey(2, "aaa")) || !(sortKey(1, "a") < sortKey(1, "b")) {
		t.Error("sortKey does not sort by value, then id")
	}
}

// TestNewestWindowsMatchFullSort: newest-first pages looked up in windows
// of recent listings are the pages of Bleve's full sort, by cursor and by
// offset, with listings in every window, in the future, without a date,
// and with the query's own posted filter.
func TestNewestWindowsMatchFullSort(t *testing.T) {
	ctx := context.Background()
	x := mustOpen(t)
	now := time.Now()
	ages := []time.Duration{-time.Hour, 0, 3 * time.Hour, 30 * time.Hour, 5 * 24 * time.Hour, 20 * 24 * time.Hour,
		100 * 24 * time.Hour, 400 * 24 * time.Hour, 900 * 24 * time.Hour}
	var ls []*model.Listing
	for i := range 240 {
		l := mk(i, fmt.Sprintf("Data project %d", i%7), "remote", "project", nil, 0, model.SeverityLow)
		l.ID = fmt.Sprintf("n%03d", i)
		// Ages grow with i in steps, many ties: the id breaks them.
		posted := now.Add(-ages[min(i/25, len(ages)-1)]).Truncate(time.Hour)
		l.PostedAt = &posted
		if i%37 == 0 {
			l.PostedAt, l.FirstSeen = nil, time.Time{} // no date: last
		}
		if i%11 == 0 {
			l.Title = "Marketing intern"
			l.Text = "marketing only"
		}
		ls = append(ls, l)
	}
	if _, err := x.CatchUp(ctx, changes(ls...)); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		q    Query
	}{
		{"all", Query{}},
		{"word", Query{Text: "data"}},
		{"rare word", Query{Text: "marketing"}},
		{"posted filter", Query{Text: "data", PostedAfter: now.Add(-10 * 24 * time.Hour)}},
		{"old posted filter", Query{PostedAfter: now.Add(-500 * 24 * time.Hour)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := tc.q
			q.Sort = SortNewest
			want, total := bleveSorted(t, x, q, SortNewest)
			for _, limit := range []int{1, 3, 20} {
				var byCursor, byOffset []string
				q.Limit, q.Cursor, q.Facets = limit, "", true
				for range 300 {
					res, err := x.Search(ctx, q)
					if err != nil {
						t.Fatal(err)
					}
					if res.Total != total {
						t.Fatalf("total %d, want %d", res.Total, total)
					}
					if len(res.Facets["remote"]) == 0 {
						t.Fatal("no facets")
					}
					for _, h := range res.Hits {
						byCursor = append(byCursor, h.ID)
					}
					if res.NextCursor == "" {
						break
					}
					q.Cursor = res.NextCursor
				}
				q.Cursor = ""
				for off := 0; off < len(want)+limit; off += limit {
					q.Offset = off
					res, err := x.Search(ctx, q)
					if err != nil {
						t.Fatal(err)
					}
					for _, h := range res.Hits {
						byOffset = append(byOffset, h.ID)
					}
				}
				q.Offset = 0
				if fmt.Sprint(byCursor) != fmt.Sprint(want) {
					t.Errorf("limit %d by cursor:\n%v\nwant\n%v", limit, byCursor, want)
				}
				if fmt.Sprint(byOffset) != fmt.Sprint(want) {
					t.Errorf("limit %d by offset:\n%v\nwant\n%v", limit, byOffset, want)
				}
			}
		})
	}
}

// bleveSorted returns the ids of q's first 1,000 hits in Bleve's own full
// sort by the named order, and the total: the reference the fast paths
// must match.
func bleveSorted(t *testing.T, x *Index, q Query, sortName string) ([]string, uint64) {
	t.Helper()
	order, err := sortOrder(sortName)
	if err != nil {
		t.Fatal(err)
	}
	req := bleve.NewSearchRequestOptions(buildQuery(q, ""), 1000, 0, false)
	req.SortByCustom(order)
	ref, err := x.bleve().SearchInContext(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, h := range ref.Hits {
		ids = append(ids, h.ID)
	}
	return ids, ref.Total
}
