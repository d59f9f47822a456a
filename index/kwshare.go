package index

import (
	"strings"
	"unsafe"

	bindex "github.com/blevesearch/bleve_index_api"
)

// sharedKeywords are the keyword (and boolean) fields of few distinct
// values: the facets and the visibility classes. docBuilder gives every
// document of a batch with the same values of one of them the same token
// frequencies, analyzed once (keyword), where each document's field would
// make its own map and slab of them (0.9 % of a crawl's CPU went to
// kwField.Analyze). Nothing changes them once made: Scorch analyzes a
// field into them and zapx only reads them (zapx merges two fields' maps
// only for two fields of one name in a document, which docBuilder never
// makes). The company, skills and sort keys are near unique a listing
// and keep their own.
var sharedKeywords = map[string]bool{"remote": true, "type": true, "source": true, "region": true, "flags": true, "show": true, "paid": true}

// keyword is the keyword field of b.fields[i] with values (enc 't', or
// 'b' for a boolean's "T" or "F"), analyzed here, from the frequencies of
// an earlier document with the same values, when the field is shared.
func (b *docBuilder) keyword(i int, values []string, enc byte) *kwField {
	s := &b.fields[i]
	f := &kwField{name: s.name, values: values, options: s.options, enc: enc}
	if !s.shared {
		return f
	}
	key := values[0]
	if len(values) > 1 {
		key = strings.Join(values, "\x00")
	}
	if b.shared == nil {
		b.shared = make([]map[string]bindex.TokenFrequencies, len(b.fields))
	}
	m := b.shared[i]
	if m == nil {
		m = map[string]bindex.TokenFrequencies{}
		b.shared[i] = m
	}
	if freqs, ok := m[key]; ok {
		f.freqs = freqs
		return f
	}
	f.Analyze()
	m[key] = f.freqs
	return f
}

// readOnlyBytes is s's bytes, not a copy: for readers that never write to
// them.
func readOnlyBytes(s string) []byte {
	return unsafe.Slice(unsafe.StringData(s), len(s))
}
