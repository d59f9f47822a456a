package index

import (
	"cmp"
	"context"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/gigscout/gigscout/internal/model"
)

// applyMapped is apply as it was before docBuilder: every listing through
// Batch.Index, which walks docOf's struct through the mapping.
func applyMapped(idx bleve.Index, changes []model.Change) error {
	for start := 0; start < len(changes); start += BatchSize {
		part := changes[start:min(start+BatchSize, len(changes))]
		b := idx.NewBatch()
		for _, c := range part {
			if c.Listing == nil {
				b.Delete(c.ID)
				continue
			}
			if err := b.Index(c.ID, docOf(c.Listing)); err != nil {
				return err
			}
		}
		if err := idx.Batch(b); err != nil {
			return err
		}
	}
	return nil
}

// sameCorpus is realistic listings with some high-risk, flagged, closed
// and duplicate ones, the edge-case listings, and a few deletions and
// re-indexings.
func sameCorpus() []model.Change {
	var cs []model.Change
	for i := range 900 {
		c := realisticChange(i)
		l := c.Listing
		switch {
		case i%17 == 0:
			l.Risk = model.SeverityHigh
		case i%23 == 0:
			closed := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
			l.ClosedAt = &closed
		case i%29 == 0:
			l.DuplicateOf = "r0000001"
		}
		if i%13 == 0 {
			l.Flags = []model.Flag{{ID: "pay_upfront"}}
		}
		if i%7 == 0 {
			l.RemoteRegions = []string{"US", "EU"}
		}
		if i%11 == 0 {
			l.Pay = nil
		}
		cs = append(cs, c)
	}
	for _, l := range edgeListings() {
		cs = append(cs, model.Change{ID: l.ID, Listing: l})
	}
	for i := 0; i < 900; i += 37 {
		cs = append(cs, model.Change{ID: cs[i].ID}) // deleted
	}
	for i := 5; i < 900; i += 41 {
		c := realisticChange(i + 5000)
		c.ID, c.Listing.ID = cs[i].ID, cs[i].ID // re-indexed with another text
		cs = append(cs, c)
	}
	for i := range cs {
		cs[i].Seq = int64(i + 1)
	}
	return cs
}

// randomQueries are n searches over sameCorpus's words and values: words,
// phrases and exclusions, every filter, sort, page and cursor shape.
func randomQueries(rng *rand.Rand, n int) []Query {
	pick := func(xs []string) string { return xs[rng.IntN(len(xs))] }
	word := func() string {
		w := pick([]string{pick(textNouns), pick(textVerbs), pick(textAdjs), pick(textTools), pick(textNames), pick(textFill), pick(textCities)})
		switch rng.IntN(6) {
		case 0:
			w = strings.ToUpper(w[:1]) + w[1:]
		case 1:
			w += pick([]string{"s", "ing", "ed", "'s", "’s", "er"})
		case 2:
			w = strings.ToUpper(w)
		}
		return w
	}
	var out []Query
	for i := range n {
		q := Query{Facets: i%2 == 0, Highlight: i%3 != 0, Limit: 1 + rng.IntN(25)}
		var parts []string
		for range rng.IntN(4) {
			switch rng.IntN(7) {
			case 0:
				parts = append(parts, `"`+word()+" "+word()+`"`)
			case 1:
				parts = append(parts, "-"+word())
			case 2:
				parts = append(parts, `-"`+word()+" "+word()+`"`)
			default:
				parts = append(parts, word())
			}
		}
		q.Text = strings.Join(parts, " ")
		for range rng.IntN(3) {
			switch rng.IntN(11) {
			case 0:
				q.Remote = []string{pick([]string{"remote", "onsite", "hybrid", ""})}
			case 1:
				q.Skill = []string{strings.ToLower(pick(textTools)), pick(textTools)}
			case 2:
				q.Company = []string{pick(textNames), strings.ToLower(pick(textNames)) + " labs"}
			case 3:
				q.MinHourlyUSD, q.MaxHours = float64(rng.IntN(30)), float64(rng.IntN(30))
			case 4:
				q.Type, q.Paid = []string{"internship", "project"}, true
			case 5:
				q.IncludeFlagged, q.ExcludeFlag = true, []string{"pay_upfront"}
			case 6:
				q.PostedAfter = time.Date(2026, 10, 1+rng.IntN(40), 0, 0, 0, 0, time.UTC)
				q.DeadlineAfter = time.Date(2027, time.Month(1+rng.IntN(3)), 1, 0, 0, 0, 0, time.UTC)
			case 7:
				q.IncludeClosed = true
			case 8:
				q.Region = []string{pick([]string{"US", "EU"})}
			case 9:
				q.Source = []string{"b0", "b1"}
			case 10:
				q.IDs = []string{"r0000003", "r0000004", "r0000010", "e001", "e005"}
			}
		}
		q.Sort = pick([]string{"", "", SortRelevance, SortNewest, SortPay, SortDeadline})
		if q.Sort == SortRelevance && q.Text == "" {
			q.Sort = ""
		}
		if rng.IntN(4) == 0 {
			q.Offset = rng.IntN(30)
		}
		out = append(out, q)
	}
	return out
}

// sameResults runs searches (with their next pages), suggestions and
// respellings on want and got and reports every difference.
func sameResults(t *testing.T, want, got *Index, seed uint64) {
	t.Helper()
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(seed, 9))
	nonEmpty := 0
	queries := randomQueries(rng, 400)
	for _, q := range queries {
		for page := 0; page < 3; page++ {
			w, werr := want.Search(ctx, q)
			g, gerr := got.Search(ctx, q)
			if (werr == nil) != (gerr == nil) {
				t.Fatalf("%+v: errors %v, want %v", q, gerr, werr)
			}
			if werr != nil {
				break
			}
			w.Took, g.Took = 0, 0
			if !reflect.DeepEqual(w, g) {
				t.Errorf("%+v (page %d):\n got %+v\nwant %+v", q, page, g, w)
				break
			}
			if page == 0 && len(g.Hits) > 0 {
				nonEmpty++
			}
			if g.NextCursor == "" {
				break
			}
			q.Cursor = g.NextCursor
		}
	}
	if nonEmpty < len(queries)/3 {
		t.Errorf("only %d of %d searches found anything", nonEmpty, len(queries))
	}
	pick := func(xs []string) string { return xs[rng.IntN(len(xs))] }
	for range 150 {
		w := pick([]string{pick(textNouns), pick(textAdjs), pick(textTools), pick(textNames), pick(textVerbs)})
		prefix := w[:1+rng.IntN(len(w))]
		if rng.IntN(3) == 0 {
			prefix = pick(textAdjs) + " " + prefix
		}
		// Equal hits come in the order a batch's documents were analyzed
		// (concurrently): compared without ids, in text order (see
		// TestSameResultsAsEnMapping).
		ws, werr := want.Suggest(ctx, prefix, 1000)
		gs, gerr := got.Suggest(ctx, prefix, 1000)
		for _, ss := range [][]Suggestion{ws, gs} {
			for i := range ss {
				ss[i].ID = ""
			}
			slices.SortFunc(ss, func(a, b Suggestion) int { return cmp.Or(cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Text, b.Text)) })
		}
		if !reflect.DeepEqual(ws, gs) || (werr == nil) != (gerr == nil) {
			t.Errorf("Suggest(%q): got %+v (%v), want %+v (%v)", prefix, gs, gerr, ws, werr)
		}
		text := w + " " + strings.ReplaceAll(pick(textNouns), "e", "a")
		wd, werr := want.DidYouMean(ctx, text)
		gd, gerr := got.DidYouMean(ctx, text)
		if wd != gd || (werr == nil) != (gerr == nil) {
			t.Errorf("DidYouMean(%q): got %q (%v), want %q (%v)", text, gd, gerr, wd, werr)
		}
	}
}

// newBareIndex is an Index over a new Bleve index of mapping m at a
// temporary path.
func newBareIndex(t *testing.T, m mapping.IndexMapping) *Index {
	t.Helper()
	idx, err := bleve.NewUsing(filepath.Join(t.TempDir(), "idx"), m, scorch.Name, scorch.Name, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	return &Index{idx: idx}
}

// TestSameResultsAsMappedDocuments indexes the same changes through
// Batch.Index (the mapping's walk) and through apply (docBuilder), with
// the current mapping, and compares hundreds of searches, suggestions and
// respellings on both.
func TestSameResultsAsMappedDocuments(t *testing.T) {
	cs := sameCorpus()
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	want := newBareIndex(t, m)
	if err := applyMapped(want.idx, cs); err != nil {
		t.Fatal(err)
	}
	got := mustOpen(t)
	if builderFor(got.bleve().Mapping()) == nil {
		t.Fatal("the current mapping has no builder")
	}
	if err := got.Apply(cs); err != nil {
		t.Fatal(err)
	}
	wn, _ := want.Count()
	gn, _ := got.Count()
	if wn != gn || wn == 0 {
		t.Fatalf("%d documents, want %d", gn, wn)
	}
	sameResults(t, want, got, 1)
}

// TestUnmatchedValuesMatchNoFilter pins what unmatchedNumber and
// unmatchedTime assume of buildQuery: on listings whose pay, hours and
// deadline sit at and around the left-out values (and on an index where
// every listing has them, so the fields have no terms at all), every
// number and date filter, at and around those values, finds the same
// listings with the same scores through Batch.Index and through
// docBuilder.
func TestUnmatchedValuesMatchNoFilter(t *testing.T) {
	ctx := context.Background()
	hourly := []float64{0, -5, 1e-9, 1e-6, 0.5, 1, 12, 25, 1e6}
	hours := []float64{0, -1, 1e-7, 1e-6, 2e-6, 1, 10, 40}
	deadlines := []time.Time{noDeadline, noDeadline.Add(-time.Nanosecond), noDeadline.Add(time.Hour),
		time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)}
	var mixed, none []model.Change
	for i := range 300 {
		c := realisticChange(i)
		l := c.Listing
		h := hourly[i%len(hourly)]
		l.Pay = &model.Pay{Min: h, Max: h, HourlyUSD: h}
		l.Hours = &model.Range{Max: hours[i/len(hourly)%len(hours)]}
		d := deadlines[i%len(deadlines)]
		l.Deadline = &d
		mixed = append(mixed, c)
		c = realisticChange(i + 1000)
		c.Listing.Pay, c.Listing.Hours, c.Listing.Deadline = nil, nil, nil
		none = append(none, c)
	}
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	var queries []Query
	for _, v := range append([]float64{-1}, append(hourly, hours...)...) {
		queries = append(queries, Query{MinHourlyUSD: v}, Query{MaxHours: v}, Query{Text: "data", MinHourlyUSD: v, MaxHours: v, Limit: 50})
	}
	for _, d := range append(deadlines, time.Time{}, noDeadline.Add(-time.Hour), noDeadline.Add(100*365*24*time.Hour)) {
		queries = append(queries, Query{DeadlineAfter: d, Limit: 100}, Query{Text: "report", DeadlineAfter: d, Sort: SortDeadline})
	}
	for name, cs := range map[string][]model.Change{"mixed": mixed, "none": none} {
		want := newBareIndex(t, m)
		if err := applyMapped(want.idx, cs); err != nil {
			t.Fatal(err)
		}
		got := mustOpen(t)
		if err := got.Apply(cs); err != nil {
			t.Fatal(err)
		}
		found := 0
		for _, q := range queries {
			w, werr := want.Search(ctx, q)
			g, gerr := got.Search(ctx, q)
			if (werr == nil) != (gerr == nil) {
				t.Fatalf("%s %+v: errors %v, want %v", name, q, gerr, werr)
			}
			if werr != nil {
				continue // a range Bleve refuses (beyond noDeadline) is refused alike
			}
			w.Took, g.Took = 0, 0
			if !reflect.DeepEqual(w, g) {
				t.Errorf("%s %+v:\n got %+v\nwant %+v", name, q, g, w)
			}
			if g.Total > 0 {
				found++
			}
		}
		if name == "mixed" && found < len(queries)/2 {
			t.Errorf("%s: only %d of %d searches found anything", name, found, len(queries))
		}
	}
}
