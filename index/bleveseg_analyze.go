package index

import (
	"github.com/blevesearch/bleve/v2/analysis"
	bindex "github.com/blevesearch/bleve_index_api"
)

// A freqSink takes fastEn's tokens as it makes them and counts them into
// a field's token frequencies (what tokenFreqs makes of a token stream),
// without the tokens: a fast-path word's term is the memo's stem (the
// map key, not copied), its location one entry in a slab.
type freqSink struct {
	freqs   bindex.TokenFrequencies
	vectors bool // term vectors: record each token's location
	posOnly bool // without offsets (positionsOnly)
	n       int  // tokens

	tfs   []bindex.TokenFreq // the current slab (never grows)
	slab  int                // the next slab's size: the guessed terms, then half as many each time
	text  []byte             // the terms of fast-path words, as TokenFreq.Term
	locs  []bindex.TokenLocation
	owner []*bindex.TokenFreq // each location's term
}

// analyzeFreqs analyzes input as Analyze does and returns the field
// length and token frequencies tokenFreqs(Analyze(input), ...) returns,
// and an estimate of their size.
func (a *fastEn) analyzeFreqs(input []byte, options bindex.FieldIndexingOptions, posOnly bool) (int, bindex.TokenFrequencies, int) {
	// About one token in 8 bytes of English, stop words left out, and
	// about half of them repeats.
	guess := len(input)/16 + 8
	k := &freqSink{freqs: make(bindex.TokenFrequencies, guess), vectors: options.IncludeTermVectors(), posOnly: posOnly, slab: guess}
	if k.vectors {
		k.locs = make([]bindex.TokenLocation, 0, len(input)/8+1)
		k.owner = make([]*bindex.TokenFreq, 0, len(input)/8+1)
	}
	a.analyze(input, k)
	if k.vectors {
		// Give each term a part of one slab of location pointers as long
		// as its count: no list grows.
		ptrs := make([]*bindex.TokenLocation, len(k.locs))
		for i, tf := range k.owner {
			if tf.Locations == nil {
				n := tf.Frequency()
				tf.Locations, ptrs = ptrs[:0:n], ptrs[n:]
			}
			tf.Locations = append(tf.Locations, &k.locs[i])
		}
	}
	return k.n, k.freqs, len(k.freqs)*80 + len(k.locs)*72
}

func (k *freqSink) newFreq(term []byte) *bindex.TokenFreq {
	if len(k.tfs) == cap(k.tfs) {
		k.tfs = make([]bindex.TokenFreq, 0, k.slab)
		k.slab = max(16, k.slab/2)
	}
	k.tfs = append(k.tfs, bindex.TokenFreq{Term: term})
	return &k.tfs[len(k.tfs)-1]
}

// addStem counts a fast-path word whose term is stem.
func (k *freqSink) addStem(stem string, start, end, pos int) {
	tf := k.freqs[stem]
	if tf == nil {
		off := len(k.text)
		k.text = append(k.text, stem...) // a new array when it grows: earlier terms keep theirs
		tf = k.newFreq(k.text[off:len(k.text):len(k.text)])
		k.freqs[stem] = tf
	}
	k.count(tf, start, end, pos)
}

// addTokens counts tokens of en's tokenizer and filters.
func (k *freqSink) addTokens(toks analysis.TokenStream) {
	for _, t := range toks {
		tf := k.freqs[string(t.Term)]
		if tf == nil {
			tf = k.newFreq(t.Term)
			k.freqs[string(t.Term)] = tf
		}
		k.count(tf, t.Start, t.End, t.Position)
	}
}

func (k *freqSink) count(tf *bindex.TokenFreq, start, end, pos int) {
	k.n++
	tf.SetFrequency(tf.Frequency() + 1)
	if k.vectors {
		loc := bindex.TokenLocation{Position: pos}
		if !k.posOnly {
			loc.Start, loc.End = start, end
		}
		k.locs = append(k.locs, loc)
		k.owner = append(k.owner, tf)
	}
}
