package index

import (
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/numeric"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/gigscout/gigscout/internal/model"
)

// TestDocPropsCoverDoc keeps docProps in step with doc: every field of
// doc, by json name, in order, of the kind docBuilder reads it as.
func TestDocPropsCoverDoc(t *testing.T) {
	kinds := map[reflect.Type]valueKind{
		reflect.TypeFor[string](): kindString, reflect.TypeFor[[]string](): kindStrings, reflect.TypeFor[bool](): kindBool,
		reflect.TypeFor[float64](): kindFloat, reflect.TypeFor[time.Time](): kindTime,
	}
	typ := reflect.TypeFor[doc]()
	if typ.NumField() != len(docProps) {
		t.Fatalf("doc has %d fields, docProps %d", typ.NumField(), len(docProps))
	}
	for i := range typ.NumField() {
		f := typ.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		k, ok := kinds[f.Type]
		if !ok || name != docProps[i].name || k != docProps[i].kind {
			t.Errorf("doc field %s (%q, %s): docProps[%d] is %+v", f.Name, name, f.Type, i, docProps[i])
		}
	}
}

// edgeListings are listings with the values a walk might treat apart:
// empty and missing values, repeats, non-ASCII and invalid UTF-8 text,
// extreme numbers and dates.
func edgeListings() []*model.Listing {
	var out []*model.Listing
	add := func(f func(l *model.Listing)) {
		l := mk(len(out), "Data analyst intern", "remote", "internship", []string{"Python", "SQL"}, 20, model.SeverityLow)
		l.ID = fmt.Sprintf("e%03d", len(out))
		f(l)
		out = append(out, l)
	}
	add(func(l *model.Listing) {})
	add(func(l *model.Listing) {
		l.Company, l.Title, l.Text, l.Source, l.Remote, l.Type = "", "", "", "", "", ""
	})
	add(func(l *model.Listing) { l.Skills, l.RemoteRegions, l.Flags = nil, nil, nil })
	add(func(l *model.Listing) { l.Skills = []string{"Go", "go", "Go", "The", ""} })
	add(func(l *model.Listing) { l.RemoteRegions = []string{"US", "EU", "US"} })
	add(func(l *model.Listing) {
		l.Flags = []model.Flag{{ID: "pay_upfront"}, {ID: "vague"}, {ID: "pay_upfront"}}
		l.Risk = model.SeverityHigh
	})
	add(func(l *model.Listing) { l.PostedAt, l.FirstSeen = nil, time.Time{} })
	add(func(l *model.Listing) {
		l.PostedAt = nil
		l.FirstSeen = time.Date(2026, 11, 3, 4, 5, 6, 789, time.UTC)
	})
	add(func(l *model.Listing) {
		d := time.Date(1600, 1, 1, 0, 0, 0, 0, time.UTC)
		l.PostedAt, l.Deadline = &d, &d
	})
	add(func(l *model.Listing) {
		d := time.Date(2027, 3, 1, 12, 0, 0, 0, time.FixedZone("x", 3600))
		l.Deadline = &d
		now := time.Now()
		l.ClosedAt = &now
	})
	add(func(l *model.Listing) { l.Pay = nil; l.Unpaid = true })
	add(func(l *model.Listing) {
		l.Pay = &model.Pay{Min: 1e9, Max: 1e9, HourlyUSD: 1e12}
		l.Hours = &model.Range{Min: 0.5, Max: 1e-9}
	})
	add(func(l *model.Listing) { l.Pay = &model.Pay{Min: 0, Max: 0, HourlyUSD: -3.5} })
	add(func(l *model.Listing) {
		l.Title = "Café Straße ÉTUDIANT naïve résumé"
		l.Company = "Ünïcode & Söhne GmbH"
		l.Text = "Wir suchen – für 3 Monate – jemanden: “Daten” analysieren; don’t, it’s Priya’s 4.5 3,000 e-mail a@b.co https://x.y/z?q=1 日本語の文章 emoji 😀 done."
	})
	add(func(l *model.Listing) { l.Text = "bad \xff\xfe utf8 \xc3 bytes Analysts' data's" })
	add(func(l *model.Listing) { l.Title = "The A An Of"; l.Text = strings.Repeat("the and of ", 40) })
	add(func(l *model.Listing) { l.DuplicateOf = "e000" })
	return out
}

// fieldSummary is what zapx takes from a document's fields of one name:
// the options, the summed length, the merged token frequencies (terms,
// counts, term vectors; no offsets in the positionsOnly fields) and the
// stored values.
type fieldSummary struct {
	Options bindex.FieldIndexingOptions
	Length  int
	Freqs   map[string]termSummary
	Stored  []string
}

type termSummary struct {
	Freq int
	Locs []string // position, start, end, array positions
}

func summarize(d *document.Document) map[string]*fieldSummary {
	out := map[string]*fieldSummary{}
	d.VisitFields(func(f bindex.Field) {
		s := out[f.Name()]
		if s == nil {
			s = &fieldSummary{Freqs: map[string]termSummary{}}
			out[f.Name()] = s
		}
		s.Options |= f.Options()
		if f.Options().IsStored() {
			s.Stored = append(s.Stored, fmt.Sprintf("%c %q %v", f.EncodedFieldType(), f.Value(), f.ArrayPositions()))
		}
		if !f.Options().IsIndexed() {
			return
		}
		f.Analyze()
		s.Length += f.AnalyzedLength()
		for term, tf := range f.AnalyzedTokenFrequencies() {
			if term != string(tf.Term) {
				panic("term key " + term + " != " + string(tf.Term))
			}
			ts := s.Freqs[term]
			ts.Freq += tf.Frequency()
			for _, l := range tf.Locations {
				var ap []uint64
				if len(l.ArrayPositions) > 0 {
					ap = l.ArrayPositions
				}
				start, end := l.Start, l.End
				if positionsOnly[f.Name()] {
					start, end = 0, 0 // docBuilder keeps no offsets there
				}
				ts.Locs = append(ts.Locs, fmt.Sprint(l.Position, start, end, ap))
			}
			s.Freqs[term] = ts
		}
	})
	return out
}

// TestBuiltDocumentsSameAsMapped compares docBuilder's documents with
// MapDocument's, field name by field name, as zapx reads them, for the
// current mapping and enMapping, on realistic and edge-case listings.
func TestBuiltDocumentsSameAsMapped(t *testing.T) {
	var ls []*model.Listing
	for i := range 300 {
		ls = append(ls, realisticChange(i).Listing)
	}
	ls = append(ls, edgeListings()...)
	cur, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []struct {
		name string
		m    mapping.IndexMapping
	}{{"current", cur}, {"en analyzer", enAnalyzerMapping(t)}} {
		b := builderFor(m.m)
		if b == nil {
			t.Fatalf("%s: no builder", m.name)
		}
		for _, l := range ls {
			want := document.NewDocument(l.ID)
			if err := m.m.MapDocument(want, docOf(l)); err != nil {
				t.Fatal(err)
			}
			got := b.document(l.ID, l)
			if got.ID() != want.ID() || got.Indexed() != want.Indexed() || len(got.CompositeFields) != len(want.CompositeFields) {
				t.Fatalf("%s %s: id %q indexed %v composite %d, want %q %v %d", m.name, l.ID,
					got.ID(), got.Indexed(), len(got.CompositeFields), want.ID(), want.Indexed(), len(want.CompositeFields))
			}
			gs, ws := summarize(got), summarize(want)
			d := docOf(l)
			for _, name := range []string{"hourly_usd", "hours_max"} {
				if unmatchedNumber(name, d.floatProp(name)) {
					delete(ws, name)
				}
			}
			if unmatchedTime("deadline_sort", d.DeadlineSort) {
				delete(ws, "deadline_sort")
			}
			fieldShiftsOnly(ws)
			if !reflect.DeepEqual(gs, ws) {
				for name := range ws {
					if !reflect.DeepEqual(gs[name], ws[name]) {
						t.Errorf("%s %s field %s:\n got %+v\nwant %+v", m.name, l.ID, name, gs[name], ws[name])
					}
				}
				for name := range gs {
					if ws[name] == nil {
						t.Errorf("%s %s: extra field %s %+v", m.name, l.ID, name, gs[name])
					}
				}
			}
		}
	}
}

// fieldShiftsOnly keeps, of the number and date fields of a mapped
// document (terms every 4 bits), the terms docBuilder makes (at the
// field's shifts: see fieldShifts), and their count as the length.
func fieldShiftsOnly(s map[string]*fieldSummary) {
	for _, name := range []string{"hourly_usd", "hours_max", "posted_at", "deadline_sort"} {
		f := s[name]
		if f == nil {
			continue
		}
		for term := range f.Freqs {
			if shift, err := numeric.PrefixCoded(term).Shift(); err != nil || !slices.Contains(shiftsOf(name), shift) {
				delete(f.Freqs, term)
			}
		}
		f.Length = len(f.Freqs)
	}
}

// enAnalyzerMapping is the current mapping with Bleve's en analyzer for
// gigscout_en: textField's path for analyzers that write to their input.
func enAnalyzerMapping(tb testing.TB) mapping.IndexMapping {
	m, err := newMapping()
	if err != nil {
		tb.Fatal(err)
	}
	im := m.(*mapping.IndexMappingImpl)
	for _, p := range im.TypeMapping["listing"].Properties {
		for _, f := range p.Fields {
			if f.Analyzer == analyzerName {
				f.Analyzer = en.AnalyzerName
			}
		}
	}
	return im
}

// TestBuilderForOtherMappings: a mapping docBuilder cannot follow exactly
// has no builder (apply then walks the document through the mapping).
func TestBuilderForOtherMappings(t *testing.T) {
	for name, change := range map[string]func(dm *mapping.DocumentMapping, im *mapping.IndexMappingImpl){
		"_all on": func(dm *mapping.DocumentMapping, im *mapping.IndexMappingImpl) { delete(dm.Properties, "_all") },
		"dynamic": func(dm *mapping.DocumentMapping, im *mapping.IndexMappingImpl) { dm.Dynamic = true },
		"stored keyword": func(dm *mapping.DocumentMapping, im *mapping.IndexMappingImpl) {
			dm.Properties["skills"].Fields[0].Store = true
		},
		"vectors on a number": func(dm *mapping.DocumentMapping, im *mapping.IndexMappingImpl) {
			dm.Properties["hourly_usd"].Fields[0].IncludeTermVectors = true
		},
		"renamed field": func(dm *mapping.DocumentMapping, im *mapping.IndexMappingImpl) {
			dm.Properties["title"].Fields[0].Name = "t"
		},
		"number as text": func(dm *mapping.DocumentMapping, im *mapping.IndexMappingImpl) {
			dm.Properties["hours_max"].Fields[0].Type = "text"
		},
		"default analyzer": func(dm *mapping.DocumentMapping, im *mapping.IndexMappingImpl) {
			dm.Properties["all"].Fields[0].Analyzer = ""
		},
		"skip freq norm": func(dm *mapping.DocumentMapping, im *mapping.IndexMappingImpl) {
			dm.Properties["show"].Fields[0].SkipFreqNorm = true
		},
	} {
		m, err := newMapping()
		if err != nil {
			t.Fatal(err)
		}
		im := m.(*mapping.IndexMappingImpl)
		change(im.TypeMapping["listing"], im)
		if builderFor(m) != nil {
			t.Errorf("%s: got a builder", name)
		}
	}
}

// TestBuilderForEnMapping: enMapping (mapping version 10) indexes the
// composite _all field, which docBuilder does not build.
func TestBuilderForEnMapping(t *testing.T) {
	if builderFor(enMapping(t)) != nil {
		t.Error("enMapping has a builder")
	}
}

// TestBuilderForReopenedIndex: the mapping an index reads back from disk
// (JSON) has a builder too.
func TestBuilderForReopenedIndex(t *testing.T) {
	path := filepath.Join(t.TempDir(), "idx")
	x, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if builderFor(x.bleve().Mapping()) == nil {
		t.Error("new index: no builder")
	}
	x.Close()
	if x, err = Open(path); err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	if builderFor(x.bleve().Mapping()) == nil {
		t.Error("reopened index: no builder")
	}
}

// TestPositionsOnlyFields: the positionsOnly fields have term vectors
// (phrase queries), are not stored (nothing highlights them), and their
// documents' locations have positions and no offsets; the title keeps
// its offsets.
func TestPositionsOnlyFields(t *testing.T) {
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	dm := m.(*mapping.IndexMappingImpl).TypeMapping["listing"]
	for name := range positionsOnly {
		fm := dm.Properties[name].Fields[0]
		if !fm.IncludeTermVectors || fm.Store {
			t.Errorf("%s: term vectors %v, stored %v", name, fm.IncludeTermVectors, fm.Store)
		}
	}
	d := builderFor(m).document("x", realisticChange(1).Listing)
	seen := map[string]bool{}
	d.VisitFields(func(f bindex.Field) {
		f.Analyze()
		for _, tf := range f.AnalyzedTokenFrequencies() {
			for _, l := range tf.Locations {
				seen[f.Name()] = true
				if l.Position <= 0 || (positionsOnly[f.Name()] != (l.Start == 0 && l.End == 0)) {
					t.Fatalf("%s %q: location %+v", f.Name(), tf.Term, l)
				}
			}
		}
	})
	if !seen["all"] || !seen["title"] {
		t.Errorf("locations in %v", seen)
	}
}

// TestUnmatchedValuesKeptWithDocValues: a number or date field with doc
// values keeps the values no filter matches (a sort would read them).
func TestUnmatchedValuesKeptWithDocValues(t *testing.T) {
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	dm := m.(*mapping.IndexMappingImpl).TypeMapping["listing"]
	for _, name := range []string{"hourly_usd", "hours_max", "deadline_sort"} {
		dm.Properties[name].Fields[0].DocValues = true
	}
	l := edgeListings()[0]
	l.Pay, l.Hours, l.Deadline = nil, nil, nil
	b := builderFor(m)
	if b == nil {
		t.Fatal("no builder")
	}
	got := summarize(b.document(l.ID, l))
	for _, name := range []string{"hourly_usd", "hours_max", "deadline_sort"} {
		if got[name] == nil || got[name].Length != len(shiftsOf(name)) {
			t.Errorf("%s: %+v", name, got[name])
		}
	}
}
