package index

import (
	"context"
	"slices"
	"testing"
	"time"
)

// TestFiltersDoNotReorder: a search of words and a filter returns, for
// every kind of filter, the hits of the same words without it, in the
// same order and with the same scores, less those the filter alone does
// not match.
func TestFiltersDoNotReorder(t *testing.T) {
	ctx := context.Background()
	x := mustOpen(t)
	if _, err := x.CatchUp(ctx, memSource(sameCorpus())); err != nil {
		t.Fatal(err)
	}
	filters := []struct {
		name string
		set  func(*Query)
	}{
		{"remote", func(q *Query) { q.Remote = []string{"remote", "hybrid"} }},
		{"region", func(q *Query) { q.Region = []string{"EU"} }},
		{"type", func(q *Query) { q.Type = []string{"internship", "project"} }},
		{"skills", func(q *Query) { q.Skill = []string{"python", "SQL", "figma", "excel"} }},
		{"source", func(q *Query) { q.Source = []string{"b0", "b1"} }},
		{"company", func(q *Query) { q.Company = []string{textNames[0], textNames[3], textNames[5]} }},
		{"paid", func(q *Query) { q.Paid = true }},
		{"min hourly", func(q *Query) { q.MinHourlyUSD = 19.99 }},
		{"max hours", func(q *Query) { q.MaxHours = 20 }},
		{"posted after", func(q *Query) { q.PostedAfter = time.Date(2026, 10, 20, 0, 0, 0, 0, time.UTC) }},
		{"deadline after", func(q *Query) { q.DeadlineAfter = time.Date(2027, 2, 1, 0, 0, 0, 0, time.UTC) }},
		{"exclude flag", func(q *Query) { q.ExcludeFlag = []string{"pay_upfront"} }},
		{"ids", func(q *Query) { q.IDs = []string{"r0000003", "r0000004", "r0000010", "r0000020", "r0000031", "e001"} }},
		{"all", func(q *Query) {
			q.Remote, q.Paid, q.MinHourlyUSD, q.PostedAfter = []string{"remote", "hybrid"}, true, 12.5, time.Date(2026, 10, 10, 0, 0, 0, 0, time.UTC)
		}},
	}
	texts := []string{"report", "survey dashboard", "analyze", "intern", `"weekly report"`, "dataset -python"}
	visibility := []struct{ flagged, closed bool }{{false, false}, {true, false}, {false, true}, {true, true}}
	ids := func(q Query) []Hit {
		t.Helper()
		q.Limit = 5000
		res, err := x.Search(ctx, q)
		if err != nil {
			t.Fatalf("%+v: %v", q, err)
		}
		return res.Hits
	}
	checked := 0
	for _, f := range filters {
		for _, v := range visibility {
			// The filter's own set, sorted newest first without words.
			only := Query{IncludeFlagged: v.flagged, IncludeClosed: v.closed}
			f.set(&only)
			in := map[string]bool{}
			for _, h := range ids(only) {
				in[h.ID] = true
			}
			for _, text := range texts {
				plain := Query{Text: text, IncludeFlagged: v.flagged, IncludeClosed: v.closed}
				var want []Hit
				for _, h := range ids(plain) {
					if in[h.ID] {
						h.Snippet = ""
						want = append(want, h)
					}
				}
				filtered := plain
				f.set(&filtered)
				got := ids(filtered)
				if !slices.Equal(got, want) {
					t.Errorf("%s %q %+v: got %d hits %v\nwant %d %v", f.name, text, v, len(got), got, len(want), want)
				}
				if len(want) > 1 && want[0].Score != want[len(want)-1].Score {
					checked++
				}
			}
		}
	}
	if checked < len(filters)*len(texts) {
		t.Errorf("only %d searches had more than one score", checked)
	}
}
