package index

import (
	"testing"

	"github.com/blevesearch/bleve/v2/mapping"
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
