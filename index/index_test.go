package index

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// memSource is an in-memory ChangeSource.
type memSource []model.Change

func (m memSource) ChangesSince(_ context.Context, after int64, limit int) ([]model.Change, error) {
	var out []model.Change
	for _, c := range m {
		if c.Seq > after && len(out) < limit {
			out = append(out, c)
		}
	}
	return out, nil
}

func mustOpen(tb testing.TB) *Index {
	tb.Helper()
	x, err := Open(filepath.Join(tb.TempDir(), "idx"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { x.Close() })
	return x
}

func mk(i int, title, remote, typ string, skills []string, hourly float64, risk model.Severity) *model.Listing {
	posted := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Hour)
	l := &model.Listing{ID: fmt.Sprintf("id%03d", i), Source: "gh", Title: title, Company: "Acme Labs",
		Text: title + " with real deliverables for students", Remote: model.Remote(remote), Type: model.JobType(typ),
		Skills: skills, PostedAt: &posted, Risk: risk, RemoteRegions: []string{"US"}}
	if hourly > 0 {
		l.Pay = &model.Pay{Min: hourly, Max: hourly, Currency: "USD", Unit: model.UnitHour, Hourly: hourly, HourlyUSD: hourly}
	}
	return l
}

func changes(ls ...*model.Listing) memSource {
	var out memSource
	for i, l := range ls {
		out = append(out, model.Change{Seq: int64(i + 1), ID: l.ID, Listing: l})
	}
	return out
}

func corpus() memSource {
	return changes(
		mk(1, "Data analysis micro-internship", "remote", "micro_internship", []string{"Python", "SQL"}, 25, model.SeverityLow),
		mk(2, "Marketing intern", "onsite", "internship", []string{"Marketing"}, 18, model.SeverityMedium),
		mk(3, "Python data cleaning project", "remote", "project", []string{"Python"}, 0, model.SeverityLow),
		mk(4, "Earn $500 daily data entry", "remote", "part_time", nil, 0, model.SeverityHigh),
		mk(5, "UX research project", "hybrid", "project", []string{"Figma"}, 30, model.SeverityLow),
	)
}

func TestSearch(t *testing.T) {
	ctx := context.Background()
	x := mustOpen(t)
	if n, err := x.CatchUp(ctx, corpus()); err != nil || n != 5 {
		t.Fatalf("CatchUp = %d, %v", n, err)
	}
	tests := []struct {
		name string
		q    Query
		want []string
	}{
		{"all newest first, high risk hidden", Query{}, []string{"id005", "id003", "id002", "id001"}},
		{"include flagged", Query{IncludeFlagged: true}, []string{"id005", "id004", "id003", "id002", "id001"}},
		{"words AND'ed", Query{Text: "python data", Sort: SortNewest}, []string{"id003", "id001"}},
		{"stemmed word", Query{Text: "cleaned"}, []string{"id003"}},
		{"phrase", Query{Text: `"data analysis"`}, []string{"id001"}},
		{"excluded word", Query{Text: "data -cleaning"}, []string{"id001"}},
		{"remote OR within field", Query{Remote: []string{"remote", "hybrid"}}, []string{"id005", "id003", "id001"}},
		{"fields AND'ed", Query{Remote: []string{"remote"}, Type: []string{"project"}}, []string{"id003"}},
		{"skill case-insensitive", Query{Skill: []string{"python"}}, []string{"id003", "id001"}},
		{"min hourly", Query{MinHourlyUSD: 20}, []string{"id005", "id001"}},
		{"sort by pay", Query{Sort: SortPay}, []string{"id005", "id001", "id002", "id003"}},
		{"company", Query{Company: []string{"ACME LABS"}, Remote: []string{"hybrid"}}, []string{"id005"}},
		{"company by a name word, any case", Query{Company: []string{"acme"}, Remote: []string{"hybrid"}}, []string{"id005"}},
		{"company by its words in another order", Query{Company: []string{"Labs acme"}, Remote: []string{"hybrid"}}, []string{"id005"}},
		{"company: every word must match", Query{Company: []string{"acme widgets"}}, nil},
		{"posted after", Query{PostedAfter: time.Date(2026, 10, 1, 2, 30, 0, 0, time.UTC)}, []string{"id005", "id003"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := x.Search(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.ID)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
			if int(res.Total) != len(tt.want) {
				t.Errorf("total %d, want %d", res.Total, len(tt.want))
			}
		})
	}
}

func TestFacetsAreDisjunctive(t *testing.T) {
	ctx := context.Background()
	x := mustOpen(t)
	x.CatchUp(ctx, corpus())
	res, err := x.Search(ctx, Query{Remote: []string{"remote"}, Facets: true})
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	for _, f := range res.Facets["remote"] {
		counts[f.Value] = f.Count
	}
	// The remote facet ignores the remote filter; the type facet honors it.
	if counts["remote"] != 2 || counts["onsite"] != 1 || counts["hybrid"] != 1 {
		t.Errorf("remote facet = %v", res.Facets["remote"])
	}
	types := map[string]int{}
	for _, f := range res.Facets["type"] {
		types[f.Value] = f.Count
	}
	if types["internship"] != 0 || types["project"] != 1 || types["micro_internship"] != 1 {
		t.Errorf("type facet = %v", res.Facets["type"])
	}
}

func TestCursorPagesThroughAll(t *testing.T) {
	ctx := context.Background()
	x := mustOpen(t)
	var ls []*model.Listing
	for i := 0; i < 57; i++ {
		ls = append(ls, mk(i, fmt.Sprintf("Project %d data", i), "remote", "project", nil, float64(i%7*5), model.SeverityLow))
	}
	x.CatchUp(ctx, changes(ls...))
	for _, s := range []string{SortNewest, SortPay, SortDeadline, SortRelevance} {
		t.Run(s, func(t *testing.T) {
			seen := map[string]bool{}
			q := Query{Text: "data", Sort: s, Limit: 10}
			for page := 0; page < 20; page++ {
				res, err := x.Search(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				for _, h := range res.Hits {
					if seen[h.ID] {
						t.Fatalf("%s seen twice", h.ID)
					}
					seen[h.ID] = true
				}
				if res.NextCursor == "" {
					break
				}
				q.Cursor = res.NextCursor
			}
			if len(seen) != 57 {
				t.Fatalf("paged through %d of 57", len(seen))
			}
		})
	}
	if _, err := x.Search(ctx, Query{Sort: SortPay, Cursor: "bogus"}); err != ErrBadCursor {
		t.Errorf("bad cursor: %v", err)
	}
}

func TestSnippetMarks(t *testing.T) {
	ctx := context.Background()
	x := mustOpen(t)
	x.CatchUp(ctx, corpus())
	res, err := x.Search(ctx, Query{Text: "deliverables", Highlight: true, Limit: 1})
	if err != nil || len(res.Hits) == 0 {
		t.Fatal(err)
	}
	// The index stores no text: the snippet comes from the listing's text.
	var text string
	for _, c := range corpus() {
		if c.ID == res.Hits[0].ID {
			text = c.Listing.Text
		}
	}
	if got := Snippet(text, "deliverables"); !contains(got, "<mark>deliverables</mark>") {
		t.Errorf("snippet %q has no <mark>", got)
	}
	res, err = x.Search(ctx, Query{Text: "data", Highlight: true, Limit: 1})
	if err != nil || len(res.Hits) == 0 {
		t.Fatal(err)
	}
	if got := res.Hits[0].Snippet; !contains(got, "<mark>") {
		t.Errorf("title snippet %q has no <mark>", got)
	}
}

func contains(s, sub string) bool {
	return len(s) >= len(sub) && (s == sub || len(sub) == 0 || indexOf(s, sub) >= 0)
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// TestCatchUpAfterCrash: the store committed changes the index never
// applied (a crash between the two); reopening and catching up applies
// exactly those.
func TestCatchUpAfterCrash(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "idx")
	src := corpus()
	x, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := x.Apply(src[:2]); err != nil {
		t.Fatal(err)
	}
	x.Close() // "crash": changes 3..5 are in the store only
	x, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	if seq, _ := x.Seq(); seq != 2 {
		t.Fatalf("seq after reopen = %d, want 2", seq)
	}
	n, err := x.CatchUp(ctx, src)
	if err != nil || n != 3 {
		t.Fatalf("CatchUp = %d, %v; want 3", n, err)
	}
	if c, _ := x.Count(); c != 5 {
		t.Fatalf("count = %d", c)
	}
}

func TestRebuildAndClosed(t *testing.T) {
	ctx := context.Background()
	x := mustOpen(t)
	src := corpus()
	closed := *src[0].Listing
	now := time.Now()
	closed.ClosedAt = &now
	src = append(src, model.Change{Seq: 6, ID: closed.ID, Listing: &closed})
	var progress []int
	n, err := x.Rebuild(ctx, src, func(n int) { progress = append(progress, n) })
	if err != nil || n != 6 || len(progress) == 0 {
		t.Fatalf("Rebuild = %d, %v, progress %v", n, err, progress)
	}
	res, _ := x.Search(ctx, Query{Remote: []string{"remote"}})
	if res.Total != 1 {
		t.Errorf("closed listing still searchable: total %d", res.Total)
	}
	res, _ = x.Search(ctx, Query{Remote: []string{"remote"}, IncludeClosed: true})
	if res.Total != 2 {
		t.Errorf("include_closed total %d, want 2", res.Total)
	}
}

func TestParseTerms(t *testing.T) {
	got := parseTerms(`data "machine learning" -senior -"full time" python "unclosed`)
	want := terms{words: []string{"data", "python"}, phrases: []string{"machine learning", "unclosed"}, notWords: []string{"senior"}, notPhrases: []string{"full time"}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %+v", got)
	}
}

func BenchmarkApply(b *testing.B) {
	x := mustOpen(b)
	var seq int64
	for b.Loop() {
		var cs []model.Change
		for i := 0; i < BatchSize; i++ {
			seq++
			l := mk(int(seq), "Data analysis micro-internship", "remote", "project", []string{"Python"}, 25, model.SeverityLow)
			cs = append(cs, model.Change{Seq: seq, ID: l.ID, Listing: l})
		}
		if err := x.Apply(cs); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(seq)/b.Elapsed().Seconds(), "docs/s")
}

func BenchmarkSearch(b *testing.B) {
	ctx := context.Background()
	x := mustOpen(b)
	var cs []model.Change
	words := []string{"data", "design", "marketing", "python", "research", "writing"}
	for i := 0; i < 5000; i++ {
		l := mk(i, words[i%6]+" project "+words[(i/6)%6], []string{"remote", "onsite", "hybrid"}[i%3], "project", []string{"Python"}, float64(i%40), model.SeverityLow)
		cs = append(cs, model.Change{Seq: int64(i + 1), ID: fmt.Sprintf("d%05d", i), Listing: l})
	}
	if err := x.Apply(cs); err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		q    Query
	}{
		{"match", Query{Text: "data python"}},
		{"match+facets+highlight", Query{Text: "data python", Remote: []string{"remote"}, Facets: true, Highlight: true}},
		{"filters only", Query{Remote: []string{"remote"}, MinHourlyUSD: 20}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := x.Search(ctx, bc.q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

var _ = sort.Strings

func FuzzParseTerms(f *testing.F) {
	for _, s := range []string{`data "machine learning" -senior`, `"unclosed`, `- -"" "" -`, "ü\"-\u00a0x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		terms := parseTerms(q)
		for _, group := range [][]string{terms.words, terms.phrases, terms.notWords, terms.notPhrases} {
			for _, w := range group {
				if w == "" {
					t.Fatalf("empty term from %q: %+v", q, terms)
				}
			}
		}
		buildQuery(Query{Text: q}, "") // must not panic
	})
}

func TestOffsetPages(t *testing.T) {
	ctx := context.Background()
	x := mustOpen(t)
	x.CatchUp(ctx, corpus())
	for _, tt := range []struct {
		q    Query
		want string
	}{
		{Query{Offset: 2}, "[id002 id001]"},
		{Query{Offset: 1, Limit: 2}, "[id003 id002]"},
		{Query{Offset: 10}, "[]"},
	} {
		res, err := x.Search(ctx, tt.q)
		if err != nil {
			t.Fatal(err)
		}
		got := []string{}
		for _, h := range res.Hits {
			got = append(got, h.ID)
		}
		if fmt.Sprint(got) != tt.want || res.Total != 4 {
			t.Errorf("%+v: got %v of %d, want %s of 4", tt.q, got, res.Total, tt.want)
		}
	}
}
