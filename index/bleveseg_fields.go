package index

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/numeric"
	bindex "github.com/blevesearch/bleve_index_api"
)

// The field types of the documents docBuilder makes. Each gives Scorch and
// zapx what Bleve's own field of the same mapping gives them — name,
// options, value, field length and token frequencies (terms, counts and
// term vectors) — for less: one allocation per slab where Bleve allocates
// per token, term and location, and a Size that does not walk every
// location (Scorch calls it once per document, on one goroutine, for its
// memory statistics only). TestBuiltDocumentsSameAsMapped compares them
// with what the mapping's walk builds.

// textField is a text field analyzed by a (non-keyword) analyzer.
type textField struct {
	name    string
	value   []byte
	options bindex.FieldIndexingOptions
	an      analysis.Analyzer
	// copyIn: the analyzer may write to its input (Bleve's own analyzers
	// lowercase in place), and a stored value must stay as written.
	copyIn bool
	// posOnly: the term vectors keep positions only, no offsets (see
	// positionsOnly).
	posOnly bool

	length int
	freqs  bindex.TokenFrequencies
	size   int
}

func (f *textField) Name() string                                      { return f.name }
func (f *textField) ArrayPositions() []uint64                          { return nil }
func (f *textField) Options() bindex.FieldIndexingOptions              { return f.options }
func (f *textField) Value() []byte                                     { return f.value }
func (f *textField) NumPlainTextBytes() uint64                         { return uint64(len(f.value)) }
func (f *textField) EncodedFieldType() byte                            { return 't' }
func (f *textField) AnalyzedLength() int                               { return f.length }
func (f *textField) AnalyzedTokenFrequencies() bindex.TokenFrequencies { return f.freqs }
func (f *textField) Size() int                                         { return 96 + len(f.name) + len(f.value) + f.size }
func (f *textField) Text() string                                      { return string(f.value) }

func (f *textField) Analyze() {
	if fe, ok := f.an.(*fastEn); ok {
		f.length, f.freqs, f.size = fe.analyzeFreqs(f.value, f.options, f.posOnly)
		return
	}
	in := f.value
	if f.copyIn {
		in = append([]byte(nil), in...)
	}
	toks := f.an.Analyze(in)
	f.length = len(toks)
	f.freqs, f.size = tokenFreqs(toks, f.options, f.posOnly)
}

// tokenFreqs is analysis.TokenFrequency for a field without array
// positions (and, with posOnly, without offsets: Start and End 0), with
// its TokenFreqs, locations and location lists in slabs; it returns an
// estimate of their size too. SkipFreqNorm is not supported (docBuilder
// uses no field with it). Text fields analyzed by gigscout_en skip the
// token stream (analyzeFreqs); this serves other analyzers.
func tokenFreqs(toks analysis.TokenStream, options bindex.FieldIndexingOptions, posOnly bool) (bindex.TokenFrequencies, int) {
	// About half the tokens of a listing's text are repeats: the map and
	// the first slab of TokenFreqs are sized for that, more slabs added
	// as needed (a slab never grows: pointers into it stay valid).
	guess := len(toks)/2 + 8
	rv := make(bindex.TokenFrequencies, guess)
	var tfs []bindex.TokenFreq
	terms := 0
	newFreq := func(term []byte) *bindex.TokenFreq {
		if len(tfs) == cap(tfs) {
			tfs = make([]bindex.TokenFreq, 0, max(16, min(guess, len(toks)-terms)))
		}
		terms++
		tfs = append(tfs, bindex.TokenFreq{Term: term})
		return &tfs[len(tfs)-1]
	}
	if !options.IncludeTermVectors() {
		for _, t := range toks {
			tf := rv[string(t.Term)]
			if tf == nil {
				tf = newFreq(t.Term)
				rv[string(t.Term)] = tf
			}
			tf.SetFrequency(tf.Frequency() + 1)
		}
		return rv, terms * 80
	}
	// Count each term's occurrences first, then give each term a part of
	// one slab of location pointers as long as its count: no list grows.
	owner := make([]*bindex.TokenFreq, len(toks))
	for i, t := range toks {
		tf := rv[string(t.Term)]
		if tf == nil {
			tf = newFreq(t.Term)
			rv[string(t.Term)] = tf
		}
		tf.SetFrequency(tf.Frequency() + 1)
		owner[i] = tf
	}
	ptrs := make([]*bindex.TokenLocation, len(toks))
	locs := make([]bindex.TokenLocation, len(toks))
	for i, t := range toks {
		locs[i].Position = t.Position
		if !posOnly {
			locs[i].Start, locs[i].End = t.Start, t.End
		}
		tf := owner[i]
		if tf.Locations == nil {
			n := tf.Frequency()
			tf.Locations, ptrs = ptrs[:0:n], ptrs[n:]
		}
		tf.Locations = append(tf.Locations, &locs[i])
	}
	return rv, terms*80 + len(toks)*72
}

// kwField is a keyword field: each value one term, as Bleve's keyword
// analyzer makes it. The values of an array are one field (of their
// count's length, their terms counted together), as zapx merges the
// fields of one name of a document: only for fields without stored values
// or term vectors (docBuilder checks), which would record each value's
// array position.
type kwField struct {
	name    string
	values  []string
	options bindex.FieldIndexingOptions
	enc     byte // 't' for text, 'b' for a boolean's "T" or "F"

	freqs bindex.TokenFrequencies
}

func (f *kwField) Name() string                         { return f.name }
func (f *kwField) ArrayPositions() []uint64             { return nil }
func (f *kwField) Options() bindex.FieldIndexingOptions { return f.options }
func (f *kwField) EncodedFieldType() byte               { return f.enc }
func (f *kwField) AnalyzedLength() int                  { return len(f.values) }
func (f *kwField) AnalyzedTokenFrequencies() bindex.TokenFrequencies {
	return f.freqs
}

func (f *kwField) Value() []byte {
	if len(f.values) == 0 {
		return nil
	}
	return []byte(f.values[0])
}

func (f *kwField) NumPlainTextBytes() uint64 {
	n := 0
	for _, v := range f.values {
		n += len(v)
	}
	return uint64(n)
}

func (f *kwField) Size() int { return 96 + len(f.name) + int(f.NumPlainTextBytes()) + len(f.values)*96 }

// Analyze makes the field's token frequencies, unless it has them (a
// shared keyword's: see docBuilder.keyword).
func (f *kwField) Analyze() {
	if f.freqs != nil {
		return
	}
	f.freqs = make(bindex.TokenFrequencies, len(f.values))
	tfs := make([]bindex.TokenFreq, 0, len(f.values))
	for _, v := range f.values {
		tf := f.freqs[v]
		if tf == nil {
			tfs = append(tfs, bindex.TokenFreq{Term: readOnlyBytes(v)}) // zapx reads the map's keys
			tf = &tfs[len(tfs)-1]
			f.freqs[v] = tf
		}
		tf.SetFrequency(tf.Frequency() + 1)
	}
}

// numField is a number or date field: Bleve's field (its value, options
// and type), analyzed into the value prefix coded at each of shifts (the
// field's: see fieldShifts; Bleve's own field: every 4 bits up to 60; see
// rangeQuery), in one slab.
type numField struct {
	document.Field
	v      int64  // the value as Bleve's field encodes it (numeric.Float64ToInt64, or UnixNano)
	shifts []uint // shiftsOf the field

	freqs bindex.TokenFrequencies
}

// A term at shift s takes (63-s)/7+2 bytes.

func (f *numField) AnalyzedLength() int                               { return len(f.shifts) }
func (f *numField) AnalyzedTokenFrequencies() bindex.TokenFrequencies { return f.freqs }
func (f *numField) Size() int                                         { return 96 + len(f.Name()) + len(f.shifts)*96 }

func (f *numField) Analyze() {
	buf := make([]byte, 0, 64) // at most 8 terms of 3 to 11 bytes: 53
	var ends [maxShifts]int
	for i, shift := range f.shifts {
		start := len(buf)
		buf = buf[:start+int((63-shift)/7+2)]
		if _, _, err := numeric.NewPrefixCodedInt64Prealloc(f.v, shift, buf[start:]); err != nil {
			panic("index: prefix coding: " + err.Error()) // shift is at most 60
		}
		ends[i] = len(buf)
	}
	keys := string(buf) // the map keys: one string for all
	f.freqs = make(bindex.TokenFrequencies, len(f.shifts))
	tfs := make([]bindex.TokenFreq, len(f.shifts))
	start := 0
	for i, end := range ends[:len(f.shifts)] {
		tfs[i].Term = buf[start:end:end]
		tfs[i].SetFrequency(1)
		f.freqs[keys[start:end]] = &tfs[i]
		start = end
	}
}
