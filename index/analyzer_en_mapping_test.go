package index

import (
	"fmt"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/gigscout/gigscout/internal/model"
)

// enMapping is the mapping as it was before analyzerName (mapping version
// 10): text fields analyzed by Bleve's en analyzer, doc values on
// company_kw and skills_lc, and Bleve's (empty) _all field.
func enMapping(tb testing.TB) mapping.IndexMapping {
	tb.Helper()
	m, err := newMapping()
	if err != nil {
		tb.Fatal(err)
	}
	im := m.(*mapping.IndexMappingImpl)
	im.DefaultAnalyzer = en.AnalyzerName
	dm := im.TypeMapping["listing"]
	delete(dm.Properties, "_all")
	for name, p := range dm.Properties {
		for _, f := range p.Fields {
			if f.Analyzer == analyzerName {
				f.Analyzer = en.AnalyzerName
			}
			if name == "company_kw" || name == "skills_lc" {
				f.DocValues = true
			}
		}
	}
	return im
}

// TestSameResultsAsEnMapping indexes the same realistic listings with the
// current mapping and with enMapping, and runs many searches, suggestions
// and respellings on both: the results (ids, scores, totals, facets,
// cursors, highlighted titles) must be the same.
func TestSameResultsAsEnMapping(t *testing.T) {
	var cs []model.Change
	for i := range 800 {
		c := realisticChange(i)
		if i%17 == 0 {
			c.Listing.Risk = model.SeverityHigh
		}
		if i%13 == 0 {
			c.Listing.Flags = []model.Flag{{ID: "pay_upfront"}}
		}
		cs = append(cs, c)
	}
	cur := mustOpen(t)
	if err := cur.Apply(cs); err != nil {
		t.Fatal(err)
	}
	old := newBareIndex(t, enMapping(t))
	if err := apply(old.idx, cs); err != nil {
		t.Fatal(err)
	}
	if fields, err := cur.bleve().Fields(); err != nil || strings.Contains(fmt.Sprint(fields), "_all") {
		t.Errorf("fields %v (%v): want no _all", fields, err)
	}

	// Searches with their next pages, suggestions (compared without ids, in
	// text order: equal hits come in the order a batch's documents were
	// analyzed, concurrently) and respellings.
	sameResults(t, old, cur, 4)
}
