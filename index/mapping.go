package index

import (
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/gigscout/gigscout/internal/model"
)

// mappingVersion changes whenever the mapping or the document shape does;
// an index built with another version is rebuilt from the store on Open.
const mappingVersion = "8"

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
	// company, the skills and the text, one array value each, so a word is
	// one term search and a phrase cannot span two of them (Bleve matches
	// a phrase within one array position only).
	All      []string `json:"all"`
	Skills   []string `json:"skills"`
	SkillsLC []string `json:"skills_lc"`
	Remote   string   `json:"remote"`
	Regions  []string `json:"region"`
	JobType  string   `json:"type"`
	Source   string   `json:"source"`
	Flags    []string `json:"flags"`
	// Show holds the visibility classes the listing belongs to (see
	// showClass): every search asks for one of them with a single term, a
	// must clause the other clauses leapfrog, instead of must-not clauses
	// walking the postings of high risk, closed and duplicate listings.
	Show      []string  `json:"show"`
	Paid      bool      `json:"paid"`
	HourlyUSD float64   `json:"hourly_usd"` // 0 when unknown: sorts last by pay
	HoursMax  float64   `json:"hours_max,omitempty"`
	PostedAt  time.Time `json:"posted_at,omitzero"`
	// DeadlineSort is the deadline, or noDeadline: Bleve's SearchAfter
	// cannot page past documents missing a sort field. The deadline_after
	// filter is a range below noDeadline on it.
	DeadlineSort time.Time `json:"deadline_sort"`
	// Key is the listing id again, as a keyword with doc values: the
	// sorts' last tie-breaker. Sorting on Bleve's _id instead loads every
	// hit's stored id (a decompression per hit), which cost more than the
	// scoring on broad queries.
	Key string `json:"key"`
}

// Visibility classes of the show field. A listing that duplicates another
// is in none: search never shows duplicates.
const (
	showVisible = "v" // not high risk, not closed: the default
	showOpen    = "o" // not closed (include_flagged)
	showSafe    = "s" // not high risk (include_closed)
	showAny     = "a" // any (include_flagged and include_closed)
)

// showClasses are the visibility classes of l, padded to four values: the
// show term then adds the same score to every listing it matches (Bleve's
// field norm counts the field's values).
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
		out = append(out, "-")
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

// noDeadline sorts listings without a deadline last (within int64 nanoseconds).
var noDeadline = time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC)

// Type implements mapping.Classifier.
func (doc) Type() string { return "listing" }

func docOf(l *model.Listing) doc {
	d := doc{
		Title: l.Title, Company: l.Company, CompanyKW: strings.ToLower(l.Company),
		All:    []string{l.Title, l.Company, strings.Join(l.Skills, " "), l.Text},
		Skills: l.Skills, Remote: string(l.Remote), Regions: l.RemoteRegions, JobType: string(l.Type), Source: l.Source,
		Paid: l.Pay != nil && !l.Unpaid && l.Pay.Max > 0,
		Key:  l.ID,
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
	return d
}

// newMapping is the explicit mapping: text fields analyzed in English,
// only the title stored (with term vectors) for highlighting — the
// description's snippet is made from the store's text; keyword fields with doc values for
// filters, facets and sorting; nothing dynamic.
func newMapping() (mapping.IndexMapping, error) {
	im := bleve.NewIndexMapping()
	text := func(store bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = en.AnalyzerName
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
	add("company_kw", kw(keyword.Name))
	all := text(false)            // snippets come from the store's text (Snippet)
	all.IncludeTermVectors = true // phrase queries need the positions
	add("all", all)
	add("skills", kw(keyword.Name))
	add("skills_lc", kw(keyword.Name))
	add("key", kw(keyword.Name))
	for _, k := range []string{"remote", "region", "type", "source", "flags"} {
		add(k, kw(keyword.Name))
	}
	show := kw(keyword.Name)
	show.DocValues = false // matched, never sorted or counted
	add("show", show)
	paid := boolean()
	paid.DocValues = false // a filter only
	add("paid", paid)
	add("hourly_usd", num())
	hours := num()
	hours.DocValues = false // a filter only
	add("hours_max", hours)
	add("posted_at", date())
	add("deadline_sort", date())
	im.AddDocumentMapping("listing", dm)
	im.DefaultMapping = bleve.NewDocumentDisabledMapping()
	im.DefaultAnalyzer = en.AnalyzerName
	return im, nil
}
