package index

import (
	"encoding/binary"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/mapping"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/gigscout/gigscout/internal/model"
)

// The all field's token positions are stored, not indexed as term
// vectors. Phrase queries are all that read them (nothing highlights the
// all field), and term vectors cost zapx one location per token on every
// segment it builds and every merge: about a quarter of the index's
// build CPU and half its bytes. Instead the positions go into allPosField,
// a stored-only field written beside the all field: one compressed blob
// per listing, which a phrase query reads for the listings that hold all
// its terms only (allPhraseQuery), finding the same listings Bleve's
// phrase searcher finds from the term vectors, with the same scores.
// The cost: a listing's stored fields (title, all_pos) are one blob, so
// reading its title (highlighting, suggestions) decompresses and copies
// the positions too (titleFragments: about 60 µs more for 20 titles, 3% of such a search).

// allPosField is the stored-only field holding the all field's positions.
const allPosField = "all_pos"

// A positions blob is the tokens of a field in order: for each, a uvarint
// of its term's length times 8 plus the difference of its position from
// the previous token's (the first from 0) when that is 0 to 6 (almost
// always 1 or 2), else plus 7 and followed by the difference (a zigzag
// varint); then the term.

// appendPosition appends one token of a positions blob to dst.
func appendPosition(dst []byte, delta int, term []byte) []byte {
	if delta >= 0 && delta < 7 {
		dst = binary.AppendUvarint(dst, uint64(len(term))<<3|uint64(delta))
	} else {
		dst = binary.AppendUvarint(dst, uint64(len(term))<<3|7)
		dst = binary.AppendVarint(dst, int64(delta))
	}
	return append(dst, term...)
}

// appendTokenPositions appends the positions blob of toks to dst.
func appendTokenPositions(dst []byte, toks analysis.TokenStream) []byte {
	prev := 0
	for _, t := range toks {
		dst = appendPosition(dst, t.Position-prev, t.Term)
		prev = t.Position
	}
	return dst
}

// posToken is one token of a decoded positions blob; its term is a part
// of the blob.
type posToken struct {
	pos  int
	term []byte
}

// decodePositions decodes blob into buf (reused). ok is false for a blob
// that is not one (never written by appendTokenPositions).
func decodePositions(blob []byte, buf []posToken) ([]posToken, bool) {
	buf = buf[:0]
	pos := 0
	for len(blob) > 0 {
		v, n := binary.Uvarint(blob)
		if n <= 0 {
			return buf, false
		}
		blob = blob[n:]
		d := int64(v & 7)
		if d == 7 {
			if d, n = binary.Varint(blob); n <= 0 {
				return buf, false
			}
			blob = blob[n:]
		}
		l := v >> 3
		if uint64(len(blob)) < l {
			return buf, false
		}
		pos += int(d)
		buf = append(buf, posToken{pos: pos, term: blob[:l]})
		blob = blob[l:]
	}
	return buf, true
}

// phraseAt reports whether toks (in position order) hold phrase as
// Bleve's phrase searcher matches it without slop (findPhrasePaths): a
// token of one of phrase[0]'s terms at some position p and, for every
// later slot k that is not empty, a token of one of phrase[k]'s terms at
// p+k (an empty slot, a stop word left out of the phrase, matches any).
func phraseAt(toks []posToken, phrase [][]string) bool {
	if len(phrase) == 0 {
		return false
	}
	for i := range toks {
		if !termIn(toks[i].term, phrase[0]) {
			continue
		}
		ok, j := true, i+1
		for k := 1; k < len(phrase) && ok; k++ {
			if len(phrase[k]) == 0 || (len(phrase[k]) == 1 && phrase[k][0] == "") {
				continue
			}
			target := toks[i].pos + k
			for j < len(toks) && toks[j].pos < target {
				j++
			}
			ok = false
			for m := j; m < len(toks) && toks[m].pos == target; m++ {
				if termIn(toks[m].term, phrase[k]) {
					ok = true
					break
				}
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func termIn(term []byte, terms []string) bool {
	for _, t := range terms {
		if len(t) == len(term) && string(term) == t {
			return true
		}
	}
	return false
}

// positionsStored reports whether m stores the all field's positions in
// allPosField (and indexes no term vectors for it): the phrase queries
// on all then read those. Otherwise (an index of another mapping) they
// are Bleve's, on the term vectors.
func positionsStored(m mapping.IndexMapping) bool {
	im, ok := m.(*mapping.IndexMappingImpl)
	if !ok {
		return false
	}
	dm := im.TypeMapping[doc{}.Type()]
	if dm == nil {
		return false
	}
	pm, all := dm.Properties[allPosField], dm.Properties["all"]
	if pm == nil || all == nil || len(pm.Fields) != 1 || len(all.Fields) != 1 {
		return false
	}
	return pm.Fields[0].Options() == bindex.StoreField && !all.Fields[0].IncludeTermVectors
}

// positionsField is allPosField of a document docBuilder builds: the
// positions blob of the all field's tokens, made as that field is
// analyzed (its value is read when zapx writes the stored fields, after
// every field was analyzed).
type positionsField struct {
	name    string
	options bindex.FieldIndexingOptions
	of      *textField // the field whose positions it holds
}

func (f *positionsField) Name() string                         { return f.name }
func (f *positionsField) ArrayPositions() []uint64             { return nil }
func (f *positionsField) Options() bindex.FieldIndexingOptions { return f.options }
func (f *positionsField) Value() []byte                        { return f.of.positions }
func (f *positionsField) EncodedFieldType() byte               { return 't' }
func (f *positionsField) AnalyzedLength() int                  { return 0 }
func (f *positionsField) AnalyzedTokenFrequencies() bindex.TokenFrequencies {
	return nil
}
func (f *positionsField) Analyze() {} // stored only: never analyzed

// NumPlainTextBytes is 0: Scorch reads it (for its bytes-indexed
// statistic only) before the documents are analyzed, so before the blob
// exists; the all field's text is counted already.
func (f *positionsField) NumPlainTextBytes() uint64 { return 0 }
func (f *positionsField) Size() int                 { return 64 + len(f.name) + len(f.of.positions) }

// positionsOf is the positions blob of text analyzed by an.
func positionsOf(an analysis.Analyzer, text string) []byte {
	if fe, ok := an.(*fastEn); ok {
		var blob []byte
		fe.analyzeFreqsPos([]byte(text), 0, true, &blob)
		return blob
	}
	return appendTokenPositions(nil, an.Analyze([]byte(text)))
}

// mappedDocOf is docOf(l) for the mapping's walk (Batch.Index): with the
// all field's positions in AllPos when m stores them.
func mappedDocOf(m mapping.IndexMapping, l *model.Listing) doc {
	d := docOf(l)
	if positionsStored(m) {
		d.AllPos = string(positionsOf(m.AnalyzerNamed(m.AnalyzerNameForPath("all")), d.All))
	}
	return d
}
