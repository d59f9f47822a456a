package index

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/gigscout/gigscout/internal/model"
)

// vectorsMapping is the mapping before allPosField (mapping 12): the all
// field's positions as term vectors, which Bleve's phrase searcher reads.
func vectorsMapping(tb testing.TB) mapping.IndexMapping {
	tb.Helper()
	m, err := newMapping()
	if err != nil {
		tb.Fatal(err)
	}
	dm := m.(*mapping.IndexMappingImpl).TypeMapping["listing"]
	delete(dm.Properties, allPosField)
	dm.Properties["all"].Fields[0].IncludeTermVectors = true
	if positionsStored(m) {
		tb.Fatal("vectorsMapping stores positions")
	}
	return m
}

// corpusPhrases are phrases cut from the texts of cs (two to four words
// in a row, stop words and punctuation included, some changed in case or
// inflection), so most of them are found, with a few that are not.
func corpusPhrases(rng *rand.Rand, cs []model.Change, n int) []string {
	var out []string
	for len(out) < n {
		c := cs[rng.IntN(len(cs))]
		if c.Listing == nil {
			continue
		}
		words := strings.Fields(c.Listing.Text + " " + c.Listing.Title)
		if len(words) < 5 {
			continue
		}
		k := 2 + rng.IntN(3)
		i := rng.IntN(len(words) - k)
		p := strings.Join(words[i:i+k], " ")
		switch rng.IntN(8) {
		case 0:
			p = strings.ToUpper(p)
		case 1:
			r := slices.Clone(words[i : i+k])
			slices.Reverse(r)
			p = strings.Join(r, " ")
		case 2:
			p += "s"
		}
		out = append(out, p)
	}
	return out
}

// TestSameResultsAsVectorsMapping indexes the same changes (realistic
// listings with hidden, deleted and re-indexed ones, several segments)
// with the current mapping, whose phrase queries read the stored
// positions, and with mapping 12, whose phrase queries are Bleve's on the
// term vectors, and compares: every Bleve phrase search (hits in order,
// scores to the bit, total) for hundreds of phrases cut from the texts,
// alone and with words, exclusions and filters; the API's searches with
// phrases (three pages by cursor, facets, highlighted titles, every
// sort); and sameResults' random searches, suggestions and respellings.
// The current index is closed and reopened between (persisted segments).
func TestSameResultsAsVectorsMapping(t *testing.T) {
	ctx := context.Background()
	cs := sameCorpus()
	want := newBareIndex(t, vectorsMapping(t))
	if builderFor(want.bleve().Mapping()) == nil {
		t.Fatal("mapping 12 has no builder")
	}
	path := filepath.Join(t.TempDir(), "idx")
	got, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	// Batches of 300: several segments (and merges) on both.
	for start := 0; start < len(cs); start += 300 {
		part := cs[start:min(start+300, len(cs))]
		if err := want.Apply(part); err != nil {
			t.Fatal(err)
		}
		if err := got.Apply(part); err != nil {
			t.Fatal(err)
		}
	}
	if err := got.Close(); err != nil {
		t.Fatal(err)
	}
	if got, err = Open(path); err != nil {
		t.Fatal(err)
	}
	defer got.Close()
	if !positionsStored(got.bleve().Mapping()) {
		t.Fatal("the current mapping does not store positions")
	}

	rng := rand.New(rand.NewPCG(8, 15))
	phrases := corpusPhrases(rng, cs, 400)
	found := 0
	for i, p := range phrases {
		var q query.Query = phraseQuery(p)
		switch i % 5 {
		case 1:
			q = bleve.NewConjunctionQuery(q, wordQuery(pick(rng, textNouns)))
		case 2:
			q = bleve.NewBooleanQuery()
			q.(*query.BooleanQuery).AddMust(term("show", showAny))
			q.(*query.BooleanQuery).AddMustNot(phraseQuery(p))
		case 3:
			q = bleve.NewDisjunctionQuery(q, phraseQuery(phrases[(i+1)%len(phrases)]), titleQuery(pick(rng, textNouns)))
		case 4:
			q = buildQuery(Query{Text: `"` + p + `" ` + pick(rng, textFill), Remote: []string{"remote", "hybrid"}}, "")
		}
		w, g := bleveHits(t, want, q), bleveHits(t, got, q)
		if !reflect.DeepEqual(w, g) {
			t.Errorf("%q (shape %d):\n got %v\nwant %v", p, i%5, g, w)
		}
		if i%5 == 0 && len(g) > 0 {
			found++
		}
	}
	if found < 60 {
		t.Errorf("only %d of %d phrases found", found, len(phrases)/5)
	}

	// The API's searches with phrases, three pages each.
	for i, p := range phrases[:200] {
		q := Query{Text: `"` + p + `"`, Facets: i%2 == 0, Highlight: true, Limit: 1 + i%7}
		switch i % 6 {
		case 1:
			q.Text += " " + pick(rng, textVerbs)
		case 2:
			q.Text = pick(rng, textNouns) + ` -"` + p + `"`
		case 3:
			q.Sort, q.Skill = SortNewest, []string{pick(rng, textTools)}
		case 4:
			q.Sort, q.IncludeFlagged, q.IncludeClosed = SortPay, true, true
		case 5:
			q.Sort, q.PostedAfter = SortDeadline, time.Date(2026, 10, 5, 0, 0, 0, 0, time.UTC)
		}
		for page := 0; page < 3; page++ {
			w, werr := want.Search(ctx, q)
			g, gerr := got.Search(ctx, q)
			if werr != nil || gerr != nil {
				t.Fatalf("%+v: %v, %v", q, gerr, werr)
			}
			w.Took, g.Took = 0, 0
			if !reflect.DeepEqual(w, g) {
				t.Errorf("%+v (page %d):\n got %+v\nwant %+v", q, page, g, w)
				break
			}
			if g.NextCursor == "" {
				break
			}
			q.Cursor = g.NextCursor
		}
	}
	sameResults(t, want, got, 8)
}

func pick(rng *rand.Rand, xs []string) string { return xs[rng.IntN(len(xs))] }

// bleveHits runs q on x as a relevance search of every hit and returns
// the hits' ids with their scores (as the bits of the float), in order.
func bleveHits(t *testing.T, x *Index, q query.Query) []string {
	t.Helper()
	req := bleve.NewSearchRequestOptions(q, 10000, 0, false)
	req.SortBy([]string{"-_score", "newest"})
	res, err := x.bleve().Search(req)
	if err != nil {
		t.Fatal(err)
	}
	out := []string{fmt.Sprint(res.Total)}
	for _, h := range res.Hits {
		out = append(out, fmt.Sprintf("%s %x", h.ID, h.Score))
	}
	return out
}

// TestAllPositionsStored: in the current mapping the all field has no
// term vectors (its documents no locations) and all_pos holds, for every
// listing, exactly the all field's tokens, positions and terms as the
// analyzer makes them — through docBuilder (fast analyzer and Bleve's en)
// and through the mapping's walk.
func TestAllPositionsStored(t *testing.T) {
	var ls []*model.Listing
	for i := range 200 {
		ls = append(ls, realisticChange(i).Listing)
	}
	ls = append(ls, edgeListings()...)
	cur, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	for name, m := range map[string]mapping.IndexMapping{"current": cur, "en analyzer": enAnalyzerMapping(t)} {
		an := m.AnalyzerNamed(m.AnalyzerNameForPath("all"))
		b := builderFor(m)
		if b == nil || !positionsStored(m) {
			t.Fatalf("%s: builder %v, positions stored %v", name, b != nil, positionsStored(m))
		}
		for _, l := range ls {
			toks := an.Analyze([]byte(docOf(l).All))
			var blob []byte
			b.document(l.ID, l).VisitFields(func(f bindex.Field) {
				if f.Options().IsIndexed() {
					f.Analyze()
				}
				switch f.Name() {
				case "all":
					for _, tf := range f.AnalyzedTokenFrequencies() {
						if len(tf.Locations) > 0 {
							t.Fatalf("%s %s: all has locations", name, l.ID)
						}
					}
				case allPosField:
					if f.Options() != bindex.StoreField {
						t.Errorf("%s: all_pos options %v", name, f.Options())
					}
					blob = f.Value()
				}
			})
			dec, ok := decodePositions(blob, nil)
			if !ok || len(dec) != len(toks) {
				t.Fatalf("%s %s: %d positions (ok %v), want %d", name, l.ID, len(dec), ok, len(toks))
			}
			for i, tk := range toks {
				if dec[i].pos != tk.Position || string(dec[i].term) != string(tk.Term) {
					t.Fatalf("%s %s: position %d is %d %q, want %d %q", name, l.ID, i, dec[i].pos, dec[i].term, tk.Position, tk.Term)
				}
			}
			if mapped := mappedDocOf(m, l).AllPos; mapped != string(blob) {
				t.Fatalf("%s %s: the mapping's walk stores other positions", name, l.ID)
			}
		}
	}
}

// TestPhraseAt pins phraseAt to Bleve's phrase rules without slop.
func TestPhraseAt(t *testing.T) {
	toks := func(spec string) []posToken { // "1:a 2:b 4:c"
		var out []posToken
		for _, f := range strings.Fields(spec) {
			var p int
			var term string
			fmt.Sscanf(strings.Replace(f, ":", " ", 1), "%d %s", &p, &term)
			out = append(out, posToken{pos: p, term: []byte(term)})
		}
		return out
	}
	for _, c := range []struct {
		doc    string
		phrase [][]string
		want   bool
	}{
		{"1:a 2:b 3:c", [][]string{{"a"}, {"b"}}, true},
		{"1:a 2:b 3:c", [][]string{{"b"}, {"c"}}, true},
		{"1:a 2:b 3:c", [][]string{{"a"}, {"c"}}, false},
		{"1:a 2:b 3:c", [][]string{{"b"}, {"a"}}, false},
		{"1:a 3:b", [][]string{{"a"}, {"b"}}, false},         // a stop word between
		{"1:a 3:b", [][]string{{"a"}, nil, {"b"}}, true},     // the phrase's stop word
		{"1:a 2:x 3:b", [][]string{{"a"}, nil, {"b"}}, true}, // any word there
		{"1:a 2:b", [][]string{{"a"}, nil, {"b"}}, false},    // the gap is kept
		{"1:a 2:a 3:b", [][]string{{"a"}, {"b"}}, true},      // a later start
		{"1:a 2:c 5:a 6:b", [][]string{{"a"}, {"b"}}, true},  // the second start
		{"1:a 2:b 3:a 4:c", [][]string{{"a"}, {"b"}, {"a"}, {"c"}}, true},
		{"1:a 2:b 3:a 4:b", [][]string{{"a"}, {"b"}, {"a"}, {"c"}}, false},
		{"1:a 2:y", [][]string{{"a"}, {"x", "y"}}, true}, // a slot of two terms
		{"1:a", [][]string{{"a"}}, true},
		{"", [][]string{{"a"}}, false},
		{"1:a 2:b", nil, false},
		{"1:ab 2:b", [][]string{{"a"}, {"b"}}, false},
		{"1:a 1:z 2:b", [][]string{{"z"}, {"b"}}, true}, // two tokens at one position
		{"1:a 2:b 2:c", [][]string{{"a"}, {"c"}}, true},
	} {
		if got := phraseAt(toks(c.doc), c.phrase); got != c.want {
			t.Errorf("phraseAt(%q, %q) = %v, want %v", c.doc, c.phrase, got, c.want)
		}
	}
}

// TestOutdatedIndexRebuilt: a data dir written with mapping 12 (term
// vectors on all, no stored positions) is recognized by its mapping
// version on Open, replaced by an empty index of the current mapping
// (seq 0), and filled again by CatchUp.
func TestOutdatedIndexRebuilt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "idx")
	old, err := bleve.NewUsing(path, vectorsMapping(t), scorch.Name, scorch.Name, nil)
	if err != nil {
		t.Fatal(err)
	}
	cs := sameCorpus()[:200]
	if err := apply(old, cs); err != nil {
		t.Fatal(err)
	}
	if err := old.SetInternal(keyMapping, []byte("12")); err != nil {
		t.Fatal(err)
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}
	x, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	if n, _ := x.Count(); n != 0 {
		t.Fatalf("%d documents kept from mapping 12", n)
	}
	if seq, _ := x.Seq(); seq != 0 || !positionsStored(x.bleve().Mapping()) {
		t.Fatalf("seq %d, positions stored %v", seq, positionsStored(x.bleve().Mapping()))
	}
	if n, err := x.CatchUp(context.Background(), changeList(cs)); err != nil || n != len(cs) {
		t.Fatalf("CatchUp: %d, %v", n, err)
	}
	res, err := x.Search(context.Background(), Query{Text: `"` + cs[3].Listing.Title + `"`, IncludeClosed: true, IncludeFlagged: true})
	if err != nil || res.Total == 0 {
		t.Fatalf("phrase after rebuild: %+v, %v", res, err)
	}
}

// changeList is a ChangeSource over cs (in seq order).
type changeList []model.Change

func (l changeList) ChangesSince(_ context.Context, after int64, limit int) ([]model.Change, error) {
	var out []model.Change
	for _, c := range l {
		if c.Seq > after && len(out) < limit {
			out = append(out, c)
		}
	}
	return out, nil
}

// FuzzPositions: any text's positions blob decodes to its tokens, and
// decodePositions never panics on other bytes (nor phraseAt on what it
// returns).
func FuzzPositions(f *testing.F) {
	f.Add("Data analyst intern. Build the weekly dashboard", []byte{2, 4, 'd', 'a', 't', 'a'})
	f.Add("café ÜNÏCODE don’t 3,000 日本語", []byte{0x80})
	f.Add("", []byte{2, 10, 'a'})
	an := analyzer()
	f.Fuzz(func(t *testing.T, text string, raw []byte) {
		toks := an.Analyze([]byte(text))
		blob := appendTokenPositions(nil, toks)
		if fast := positionsOf(an, text); string(fast) != string(blob) {
			t.Fatalf("positionsOf %q differs from the token stream's", text)
		}
		dec, ok := decodePositions(blob, nil)
		if !ok || len(dec) != len(toks) {
			t.Fatalf("%q: %d positions (ok %v), want %d", text, len(dec), ok, len(toks))
		}
		for i, tk := range toks {
			if dec[i].pos != tk.Position || string(dec[i].term) != string(tk.Term) {
				t.Fatalf("%q: position %d is %d %q, want %d %q", text, i, dec[i].pos, dec[i].term, tk.Position, tk.Term)
			}
		}
		if len(toks) > 1 {
			phrase := tokenStreamToPhrase(analysis.TokenStream{toks[0], toks[1]})
			if !phraseAt(dec, phrase) {
				t.Fatalf("%q: its own first two tokens not found", text)
			}
		}
		got, _ := decodePositions(raw, nil)
		phraseAt(got, [][]string{{"a"}, nil, {"b"}})
	})
}

// TestPositionsRoundTrip: every position difference (negative, in the
// length byte, past it) and term length decodes as written.
func TestPositionsRoundTrip(t *testing.T) {
	long := strings.Repeat("x", 300)
	var toks analysis.TokenStream
	pos := 0
	for i, d := range []int{1, 0, 6, 7, 8, -3, 1000, 2, 1, -1000, 5} {
		pos += d
		term := []string{"a", "", long, "ünï", "data"}[i%5]
		toks = append(toks, &analysis.Token{Position: pos, Term: []byte(term)})
	}
	dec, ok := decodePositions(appendTokenPositions([]byte{}, toks), nil)
	if !ok || len(dec) != len(toks) {
		t.Fatalf("%d positions (ok %v), want %d", len(dec), ok, len(toks))
	}
	for i, tk := range toks {
		if dec[i].pos != tk.Position || string(dec[i].term) != string(tk.Term) {
			t.Errorf("token %d: %d %q, want %d %q", i, dec[i].pos, dec[i].term, tk.Position, tk.Term)
		}
	}
	for _, bad := range [][]byte{{0x80}, {7 << 3}, {2<<3 | 1, 'a'}, {7, 0x80}} {
		if _, ok := decodePositions(bad, nil); ok {
			t.Errorf("decodePositions(%v) ok", bad)
		}
	}
}
