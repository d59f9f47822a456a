package index

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	bindex "github.com/blevesearch/bleve_index_api"
)

// freqsString renders token frequencies for comparison: each term with
// its count and locations.
func freqsString(tfs bindex.TokenFrequencies) map[string]string {
	out := map[string]string{}
	for k, tf := range tfs {
		s := fmt.Sprintf("%q %d", tf.Term, tf.Frequency())
		for _, l := range tf.Locations {
			s += fmt.Sprintf(" %d:%d-%d%v%q", l.Position, l.Start, l.End, l.ArrayPositions, l.Field)
		}
		out[k] = s
	}
	return out
}

// diffFreqs compares analyzeFreqs with tokenFreqs of Analyze's tokens
// (which TestBuiltDocumentsSameAsMapped compares with Bleve's) on s, with
// and without term vectors and offsets.
func diffFreqs(a *fastEn, s []byte) string {
	for _, o := range []struct {
		options bindex.FieldIndexingOptions
		posOnly bool
	}{{bindex.IndexField, false}, {bindex.IndexField | bindex.IncludeTermVectors, false}, {bindex.IndexField | bindex.IncludeTermVectors, true}} {
		toks := a.Analyze(s)
		want, _ := tokenFreqs(toks, o.options, o.posOnly)
		n, got, _ := a.analyzeFreqs(s, o.options, o.posOnly)
		if n != len(toks) {
			return fmt.Sprintf("options %v posOnly %v: length %d, want %d", o.options, o.posOnly, n, len(toks))
		}
		if w, g := freqsString(want), freqsString(got); !reflect.DeepEqual(w, g) {
			return fmt.Sprintf("options %v posOnly %v:\n got %v\nwant %v", o.options, o.posOnly, g, w)
		}
	}
	return ""
}

func fastEnOf(tb testing.TB) *fastEn {
	_, got := analyzers(tb)
	a, ok := got.(*fastEn)
	if !ok {
		tb.Fatalf("%s is a %T", analyzerName, got)
	}
	return a
}

func TestAnalyzeFreqsSameAsTokens(t *testing.T) {
	a := fastEnOf(t)
	texts := append([]string(nil), fastEnCases...)
	texts = append(texts, "", "the", "Data data DATA data's", "bad \xff\xfe utf8 \xc3 Analysts' data's", "Café – “naïve” résumé’s 日本語 data data")
	rng := rand.New(rand.NewPCG(7, 7))
	for i := range 200 {
		texts = append(texts, listingText(rng, 20+rng.IntN(400), i%3 == 0))
	}
	for _, s := range texts {
		if d := diffFreqs(a, []byte(s)); d != "" {
			t.Errorf("%q: %s", s, d)
		}
	}
}

func FuzzAnalyzeFreqs(f *testing.F) {
	for _, c := range fastEnCases {
		f.Add(c)
	}
	f.Add(listingText(rand.New(rand.NewPCG(1, 1)), 80, true))
	a := fastEnOf(f)
	f.Fuzz(func(t *testing.T, s string) {
		if d := diffFreqs(a, []byte(s)); d != "" {
			t.Errorf("%q: %s", s, d)
		}
	})
}

var _ analysis.Analyzer = (*fastEn)(nil)
