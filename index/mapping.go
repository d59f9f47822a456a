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
const mappingVersion = "7"

// doc is what Bleve indexes for one listing.
type doc struct {
	Title      string    `json:"title"`
	Company    string    `json:"company"`
	CompanyKW  string    `json:"company_kw"`
	Text       string    `json:"text"`
	SkillsText string    `json:"skills_text"`
	Skills     []string  `json:"skills"`
	SkillsLC   []string  `json:"skills_lc"`
	Remote     string    `json:"remote"`
	Regions    []string  `json:"region"`
	JobType    string    `json:"type"`
	Source     string    `json:"source"`
	Flags      []string  `json:"flags"`
	Risk       string    `json:"risk"`
	Paid       bool      `json:"paid"`
	Closed     bool      `json:"closed"`
	Duplicate  bool      `json:"duplicate"`
	HourlyUSD  float64   `json:"hourly_usd"` // 0 when unknown: sorts last by pay
	HoursMax   float64   `json:"hours_max,omitempty"`
	PostedAt   time.Time `json:"posted_at,omitzero"`
	Deadline   time.Time `json:"deadline,omitzero"`
	// DeadlineSort is the deadline, or noDeadline: Bleve's SearchAfter
	// cannot page past documents missing a sort field.
	DeadlineSort time.Time `json:"deadline_sort"`
	// Key is the listing id again, as a keyword with doc values: the
	// sorts' last tie-breaker. Sorting on Bleve's _id instead loads every
	// hit's stored id (a decompression per hit), which cost more than the
	// scoring on broad queries.
	Key string `json:"key"`
}

// noDeadline sorts listings without a deadline last (within int64 nanoseconds).
var noDeadline = time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC)

// Type implements mapping.Classifier.
func (doc) Type() string { return "listing" }

func docOf(l *model.Listing) doc {
	d := doc{
		Title: l.Title, Company: l.Company, CompanyKW: strings.ToLower(l.Company), Text: l.Text,
		SkillsText: strings.Join(l.Skills, " "), Skills: l.Skills, Remote: string(l.Remote),
		Regions: l.RemoteRegions, JobType: string(l.Type), Source: l.Source, Risk: string(l.Risk),
		Paid: l.Pay != nil && !l.Unpaid && l.Pay.Max > 0, Closed: l.ClosedAt != nil, Duplicate: l.DuplicateOf != "",
		Key: l.ID,
	}
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
		d.Deadline = *l.Deadline
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
	textBody := text(false)            // snippets come from the store's text (Snippet)
	textBody.IncludeTermVectors = true // phrase queries need the positions
	add("text", textBody)
	add("skills_text", text(false))
	add("skills", kw(keyword.Name))
	add("skills_lc", kw(keyword.Name))
	add("key", kw(keyword.Name))
	for _, k := range []string{"remote", "region", "type", "source", "flags", "risk"} {
		add(k, kw(keyword.Name))
	}
	add("paid", boolean())
	add("closed", boolean())
	add("duplicate", boolean())
	add("hourly_usd", num())
	add("hours_max", num())
	add("posted_at", date())
	add("deadline", date())
	add("deadline_sort", date())
	im.AddDocumentMapping("listing", dm)
	im.DefaultMapping = bleve.NewDocumentDisabledMapping()
	im.DefaultAnalyzer = en.AnalyzerName
	return im, nil
}
