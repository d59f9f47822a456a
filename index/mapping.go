package index

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/gigscout/gigscout/internal/model"
)

// mappingVersion changes whenever the mapping or the document shape does;
// an index built with another version is rebuilt from the store on Open.
const mappingVersion = "14"

// doc is what Bleve indexes for one listing: only what search, filters,
// facets and sorting need (the store holds the listing itself).
type doc struct {
	// Title is stored with term vectors: the shown hits' title is
	// highlighted, and the suggest box completes titles.
	Title string `json:"title"`
	// Company is analyzed for the company filter's name words.
	Company   string `json:"company"`
	CompanyKW string `json:"company_kw"`
	// All is what a query's words and phrases search: the title, the
	// company, the skills and the text in one field, so a word is one term
	// search. Parts are joined by allGap, stop words the analyzer drops
	// but counts: a phrase cannot span two parts. (An array value per
	// part would do that too, but every term location then carries its
	// array position, an allocation each: phrases were 1.4x slower.)
	All      string   `json:"all"`
	Skills   []string `json:"skills"`
	SkillsLC []string `json:"skills_lc"`
	Remote   string   `json:"remote"`
	Regions  []string `json:"region"`
	JobType  string   `json:"type"`
	Source   string   `json:"source"`
	Flags    []string `json:"flags"`
	// Show holds the visibility classes the listing belongs to (see
	// showClass) and pads: every search asks for visibility with a single
	// term (buildQuery), not three clauses over risk, closed and duplicate.
	Show      []string  `json:"show"`
	Paid      bool      `json:"paid"`
	HourlyUSD float64   `json:"hourly_usd"` // the min_hourly_usd filter
	HoursMax  float64   `json:"hours_max,omitempty"`
	PostedAt  time.Time `json:"posted_at,omitzero"` // the posted_within filter
	// DeadlineSort is the deadline, or noDeadline: the deadline_after
	// filter is a range below noDeadline on it.
	DeadlineSort time.Time `json:"deadline_sort"`
	// The sort keys, one keyword with doc values per order: the order's
	// value in a fixed-width form that sorts as text, then the listing id
	// (the tie-breaker that makes cursors exact). A sorted search reads one
	// doc value per hit, where a date or number field's doc values hold
	// every precision of the value and the id would be a second field.
	Newest   string `json:"newest"`   // posted_at descending, then id
	PayKey   string `json:"pay_key"`  // hourly_usd descending (0, unknown, last), then id
	Deadline string `json:"deadline"` // deadline ascending (none last), then id
}

// allGap separates the parts of the all field: eight stop words leave
// eight positions free between two parts (a phrase of two words needs
// adjacent positions).
const allGap = " . the the the the the the the the . "

// Visibility classes of the show field. A listing that duplicates another
// is in none: search never shows duplicates.
const (
	showVisible = "v" // not high risk, not closed: the default
	showOpen    = "o" // not closed (include_flagged)
	showSafe    = "s" // not high risk (include_closed)
	showAny     = "a" // any (include_flagged and include_closed)
)

// showPad pads the show field to four values: the show term then adds
// the same score to every listing it matches (Bleve's field norm counts
// the field's values). A listing has a pad exactly when it is hidden by
// default (high risk, closed or a duplicate).
const showPad = "-"

// showClasses are the visibility classes of l, padded to four values.
func showClasses(l *model.Listing) []string {
	var out []string
	if l.DuplicateOf == "" {
		high, closed := l.Risk == model.SeverityHigh, l.ClosedAt != nil
		out = append(out, showAny)
		if !high {
			out = append(out, showSafe)
		}
		if !closed {
			out = append(out, showOpen)
		}
		if !high && !closed {
			out = append(out, showVisible)
		}
	}
	for len(out) < 4 {
		out = append(out, showPad)
	}
	return out
}

// showClass is the class a query asks for.
func showClass(includeFlagged, includeClosed bool) string {
	switch {
	case includeFlagged && includeClosed:
		return showAny
	case includeFlagged:
		return showOpen
	case includeClosed:
		return showSafe
	}
	return showVisible
}

// sortKey is v as 16 hex digits, then id: keys sort as text in v's order,
// then id's.
func sortKey(v uint64, id string) string {
	return fmt.Sprintf("%016x%s", v, id)
}

// orderedInt maps v to a uint64 in the same order.
func orderedInt(v int64) uint64 { return uint64(v) ^ (1 << 63) }

// orderedFloat maps v (not NaN) to a uint64 in the same order.
func orderedFloat(v float64) uint64 {
	b := math.Float64bits(v)
	if b>>63 == 1 {
		return ^b
	}
	return b | 1<<63
}

// noDeadline sorts listings without a deadline last (within int64 nanoseconds).
var noDeadline = time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC)

// Type implements mapping.Classifier.
func (doc) Type() string { return "listing" }

func docOf(l *model.Listing) doc {
	d := docBut(l)
	d.All = strings.Join(allParts(l), allGap)
	return d
}

// allParts are the parts of l's all field, joined by allGap.
func allParts(l *model.Listing) []string {
	return []string{l.Title, l.Company, strings.Join(l.Skills, " "), l.Text}
}

// docBut is docOf without the all field (All empty): DocHash hashes its
// parts where it is, without joining them.
func docBut(l *model.Listing) doc {
	d := doc{
		Title: l.Title, Company: l.Company, CompanyKW: strings.ToLower(l.Company),
		Skills: l.Skills, Remote: string(l.Remote), Regions: l.RemoteRegions, JobType: string(l.Type), Source: l.Source,
		Paid: l.Pay != nil && !l.Unpaid && l.Pay.Max > 0,
	}
	d.Show = showClasses(l)
	for _, s := range l.Skills {
		d.SkillsLC = append(d.SkillsLC, strings.ToLower(s))
	}
	for _, f := range l.Flags {
		d.Flags = append(d.Flags, f.ID)
	}
	if l.Pay != nil {
		d.HourlyUSD = l.Pay.HourlyUSD
	}
	if l.Hours != nil {
		d.HoursMax = l.Hours.Max
	}
	if l.PostedAt != nil {
		d.PostedAt = *l.PostedAt
	} else {
		d.PostedAt = l.FirstSeen
	}
	d.DeadlineSort = noDeadline
	if l.Deadline != nil {
		d.DeadlineSort = *l.Deadline
	}
	posted := ^uint64(0) // no date: last
	if !d.PostedAt.IsZero() {
		posted = ^orderedInt(d.PostedAt.UnixNano())
	}
	d.Newest = sortKey(posted, l.ID)
	d.PayKey = sortKey(^orderedFloat(d.HourlyUSD), l.ID)
	d.Deadline = sortKey(orderedInt(d.DeadlineSort.UnixNano()), l.ID)
	return d
}

// newMapping is the explicit mapping: text fields analyzed in English
// (analyzerName: Bleve's "en" analyzer's tokens, made faster),
// only the title stored (with term vectors) for highlighting — the
// description's snippet is made from the store's text; keyword fields with doc values for
// filters, facets and sorting; nothing dynamic.
func newMapping() (mapping.IndexMapping, error) {
	im := bleve.NewIndexMapping()
	text := func(store bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzerName
		f.Store = store
		f.IncludeTermVectors = store // highlighting needs stored text and vectors
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	kw := func(analyzer string) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = analyzer
		f.Store = false
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = true
		return f
	}
	num := func() *mapping.FieldMapping {
		f := bleve.NewNumericFieldMapping()
		f.Store, f.IncludeInAll = false, false
		return f
	}
	date := func() *mapping.FieldMapping {
		f := bleve.NewDateTimeFieldMapping()
		f.Store, f.IncludeInAll = false, false
		return f
	}
	boolean := func() *mapping.FieldMapping {
		f := bleve.NewBooleanFieldMapping()
		f.Store, f.IncludeInAll = false, false
		return f
	}
	dm := bleve.NewDocumentStaticMapping()
	add := func(name string, f *mapping.FieldMapping) { dm.AddFieldMappingsAt(name, f) }
	add("title", text(true))
	add("company", text(false))
	companyKW := kw(keyword.Name)
	companyKW.DocValues = false // matched and listed from the term dictionary (suggest), never sorted or counted
	add("company_kw", companyKW)
	all := text(false)            // snippets come from the store's text (Snippet)
	all.IncludeTermVectors = true // phrase queries need the positions
	add("all", all)
	add("skills", kw(keyword.Name))
	skillsLC := kw(keyword.Name)
	skillsLC.DocValues = false // the skill filter's terms; the facet counts skills
	add("skills_lc", skillsLC)
	for _, k := range []string{"remote", "region", "type", "source", "flags", "newest", "pay_key", "deadline"} {
		add(k, kw(keyword.Name))
	}
	show := kw(keyword.Name)
	show.DocValues = false // matched, never sorted or counted
	add("show", show)
	paid := boolean()
	paid.DocValues = false // the filters read no doc values
	add("paid", paid)
	for _, k := range []string{"hourly_usd", "hours_max"} {
		f := num()
		f.DocValues = false
		add(k, f)
	}
	for _, k := range []string{"posted_at", "deadline_sort"} {
		f := date()
		f.DocValues = false
		add(k, f)
	}
	// No _all field: every field is IncludeInAll false and every query
	// names its field, but Bleve would still build an empty composite field
	// per document (a map of the excluded fields included) and index it.
	dm.AddSubDocumentMapping("_all", bleve.NewDocumentDisabledMapping())
	im.AddDocumentMapping("listing", dm)
	im.DefaultMapping = bleve.NewDocumentDisabledMapping()
	im.DefaultAnalyzer = analyzerName
	return im, nil
}
