package index

import (
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/numeric"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/gigscout/gigscout/internal/model"
)

// docBuilder builds a listing's Bleve document directly, where
// Batch.Index would walk docOf's struct by reflection through the mapping
// (MapDocument) and make Bleve's generic fields (see bleveseg_fields.go).
// It reads every field's type, options and analyzer from the index's own
// mapping, so it builds what MapDocument builds for any mapping of doc's
// fields it supports (the current one, also with other analyzers); for
// any other (enMapping's _all field, say), builderFor returns nil and
// apply keeps Batch.Index. Two departures, neither changing a result:
// positionsOnly, and the range values unmatchedNumber and unmatchedTime
// leave out.
type docBuilder struct {
	fields []fieldSpec // in doc's field order
	// shared are the token frequencies of the sharedKeywords fields'
	// values so far, by field (its place in fields) and values: see
	// keyword.
	shared []map[string]bindex.TokenFrequencies
}

// A fieldSpec is one property of doc and how the mapping indexes it.
type fieldSpec struct {
	name    string
	kind    valueKind
	mapped  bool // false: the mapping has no field for it (nothing indexed)
	typ     string
	options bindex.FieldIndexingOptions
	an      *analyzerRef
	posOnly bool // positionsOnly
	shared  bool // sharedKeywords
}

// positionsOnly are the text fields whose term vectors serve phrase
// queries alone, never highlighting or anything else that reads offsets:
// their locations keep the position and leave the start and end offsets
// 0, which zapx then writes as one byte each instead of two (most offsets
// in a listing's text are above 127): 3.37 -> 2.93 KB a listing on disk
// in BenchmarkIngestRealistic, and bytes every merge copies. The title keeps its offsets (its
// highlighting needs them).
var positionsOnly = map[string]bool{"all": true}

type analyzerRef struct {
	keyword bool
	fast    bool // the analyzer is fastEn, which never writes to its input
	an      analysis.Analyzer
}

// valueKind is the Go kind of a doc property's value.
type valueKind int

const (
	kindString valueKind = iota
	kindStrings
	kindBool
	kindFloat
	kindTime
)

// docProps are doc's properties (json names) with their kinds, in doc's
// field order. TestDocPropsCoverDoc keeps it in step with doc.
var docProps = []struct {
	name string
	kind valueKind
}{
	{"title", kindString}, {"company", kindString}, {"company_kw", kindString}, {"all", kindString},
	{"skills", kindStrings}, {"skills_lc", kindStrings}, {"remote", kindString}, {"region", kindStrings},
	{"type", kindString}, {"source", kindString}, {"flags", kindStrings}, {"show", kindStrings},
	{"paid", kindBool}, {"hourly_usd", kindFloat}, {"hours_max", kindFloat},
	{"posted_at", kindTime}, {"deadline_sort", kindTime},
	{"newest", kindString}, {"pay_key", kindString}, {"deadline", kindString},
}

// builderFor returns the document builder of m, or nil when m holds
// anything docBuilder does not build as MapDocument would. It is cheap
// (apply asks once per call).
func builderFor(m mapping.IndexMapping) *docBuilder {
	im, ok := m.(*mapping.IndexMappingImpl)
	if !ok {
		return nil
	}
	return newDocBuilder(im)
}

func newDocBuilder(im *mapping.IndexMappingImpl) *docBuilder {
	dm := im.TypeMapping[doc{}.Type()]
	if dm == nil || !dm.Enabled || dm.Dynamic || dm.StructTagKey != "" || len(dm.Fields) > 0 {
		return nil
	}
	if all := dm.Properties["_all"]; all == nil || all.Enabled {
		return nil // MapDocument adds the composite _all field
	}
	b := &docBuilder{}
	for _, p := range docProps {
		s := fieldSpec{name: p.name, kind: p.kind}
		pm := dm.Properties[p.name]
		if pm != nil && (!pm.Enabled || len(pm.Properties) > 0 || len(pm.Fields) > 1) {
			return nil
		}
		if pm != nil && len(pm.Fields) == 1 {
			fm := pm.Fields[0]
			if fm.Name != "" || fm.SkipFreqNorm {
				return nil
			}
			s.mapped, s.typ, s.options = true, fm.Type, fm.Options()
			s.shared = sharedKeywords[p.name] // kept for keyword and boolean fields only
			want := map[valueKind]string{kindString: "text", kindStrings: "text", kindBool: "boolean", kindFloat: "number", kindTime: "datetime"}[p.kind]
			if fm.Type != want {
				return nil // MapDocument would parse it, or skip it
			}
			vectorsOrStored := s.options.IncludeTermVectors() || s.options.IsStored()
			switch {
			case fm.Type == "text" && fm.Analyzer == keyword.Name:
				if vectorsOrStored {
					return nil // each value would be its own field, with its array position
				}
				s.an = &analyzerRef{keyword: true}
			case fm.Type == "text":
				if fm.Analyzer == "" || p.kind == kindStrings {
					return nil
				}
				an := im.AnalyzerNamed(fm.Analyzer)
				if an == nil {
					return nil
				}
				_, fast := an.(*fastEn)
				s.an = &analyzerRef{fast: fast, an: an}
				s.posOnly = positionsOnly[p.name]
			default:
				if vectorsOrStored {
					return nil
				}
			}
		}
		b.fields = append(b.fields, s)
	}
	return b
}

// document builds the document of listing l under id.
func (b *docBuilder) document(id string, l *model.Listing) *document.Document {
	d := docOf(l)
	out := &document.Document{Fields: make([]document.Field, 0, len(b.fields)+1)}
	out.SetID(id)
	for i := range b.fields {
		s := &b.fields[i]
		if !s.mapped {
			continue
		}
		var f document.Field
		switch s.kind {
		case kindString:
			v := d.stringProp(s.name)
			if s.an.keyword {
				f = b.keyword(i, []string{v}, 't')
			} else {
				value := readOnlyBytes(v) // fastEn never writes to it, nor does zapx
				if !s.an.fast {
					value = []byte(v) // the analyzer may write to its input
				}
				f = &textField{name: s.name, value: value, options: s.options, an: s.an.an, copyIn: !s.an.fast && s.options.IsStored(), posOnly: s.posOnly}
			}
		case kindStrings:
			vs := d.stringsProp(s.name)
			if len(vs) == 0 {
				continue
			}
			f = b.keyword(i, vs, 't')
		case kindBool:
			v := "F"
			if d.Paid {
				v = "T"
			}
			f = b.keyword(i, []string{v}, 'b')
		case kindFloat:
			v := d.floatProp(s.name)
			if unmatchedNumber(s.name, v) && !s.options.IncludeDocValues() {
				continue
			}
			f = &numField{Field: document.NewNumericFieldWithIndexingOptions(s.name, []uint64{}, v, s.options), v: numeric.Float64ToInt64(v), shifts: shiftsOf(s.name)}
		case kindTime:
			t := d.timeProp(s.name)
			if unmatchedTime(s.name, t) && !s.options.IncludeDocValues() {
				continue
			}
			df, err := document.NewDateTimeFieldWithIndexingOptions(s.name, []uint64{}, t, time.RFC3339, s.options)
			if err != nil {
				continue // outside what a date field can hold: MapDocument skips it too
			}
			f = &numField{Field: df, v: t.UnixNano(), shifts: shiftsOf(s.name)}
		}
		out.AddField(f)
	}
	out.SetIndexed()
	return out
}

// unmatchedNumber and unmatchedTime report whether v is a value of field
// name that no range filter of buildQuery matches, and which docBuilder
// therefore leaves out (its terms at every shift of fieldShifts). hourly_usd and
// hours_max are only asked for ranges above 0 (MinHourlyUSD > 0; MaxHours
// from 0.000001), deadline_sort only below noDeadline (DeadlineAfter):
// such a range's terms are blocks of values inside it, so a listing left
// out held none of them (filters score nothing: see filterQuery).
// A field with doc values keeps every value (a sort or facet would read
// it). TestUnmatchedValuesMatchNoFilter pins the ranges.
func unmatchedNumber(name string, v float64) bool {
	return (name == "hourly_usd" || name == "hours_max") && v <= 0
}

func unmatchedTime(name string, t time.Time) bool {
	return name == "deadline_sort" && !t.Before(noDeadline)
}

func (d *doc) stringProp(name string) string {
	switch name {
	case "title":
		return d.Title
	case "company":
		return d.Company
	case "company_kw":
		return d.CompanyKW
	case "all":
		return d.All
	case "remote":
		return d.Remote
	case "type":
		return d.JobType
	case "source":
		return d.Source
	case "newest":
		return d.Newest
	case "pay_key":
		return d.PayKey
	case "deadline":
		return d.Deadline
	}
	panic("index: no string property " + name)
}

func (d *doc) stringsProp(name string) []string {
	switch name {
	case "skills":
		return d.Skills
	case "skills_lc":
		return d.SkillsLC
	case "region":
		return d.Regions
	case "flags":
		return d.Flags
	case "show":
		return d.Show
	}
	panic("index: no strings property " + name)
}

func (d *doc) floatProp(name string) float64 {
	switch name {
	case "hourly_usd":
		return d.HourlyUSD
	case "hours_max":
		return d.HoursMax
	}
	panic("index: no number property " + name)
}

func (d *doc) timeProp(name string) time.Time {
	switch name {
	case "posted_at":
		return d.PostedAt
	case "deadline_sort":
		return d.DeadlineSort
	}
	panic("index: no time property " + name)
}

// indexListing adds l to batch under id: through b when the index's
// mapping has a builder, else through the mapping's walk.
func indexListing(batch *bleve.Batch, b *docBuilder, id string, l *model.Listing) error {
	if b == nil {
		return batch.Index(id, docOf(l))
	}
	return batch.IndexAdvanced(b.document(id, l))
}
