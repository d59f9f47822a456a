package redflag

import (
	"strings"
	"testing"
)

// BenchmarkPrefilter: the prefilter calls of one long description, for
// every pattern.
func BenchmarkPrefilter(b *testing.B) {
	v := newView(FieldText, benchListing(b).Text)
	b.ReportAllocs()
	for b.Loop() {
		for re := range prefilters {
			if possible(re, v.s) {
				v.findAllIn(re)
			}
		}
	}
}

// BenchmarkAssessLarge: Assess on a listing whose text is six times the
// realistic one (about 1,500 words).
func BenchmarkAssessLarge(b *testing.B) {
	l := benchListing(b)
	l.Text = strings.Repeat(l.Text+"\n", 6)
	eng := New(Options{})
	b.SetBytes(int64(len(l.Text)))
	b.ReportAllocs()
	for b.Loop() {
		c := l
		eng.Assess(&c)
	}
}

// BenchmarkPossible: the prefilter's yes or no for every pattern on one
// long description.
func BenchmarkPossible(b *testing.B) {
	v := newView(FieldText, benchListing(b).Text)
	b.ReportAllocs()
	for b.Loop() {
		for re := range prefilters {
			possible(re, v.s)
		}
	}
}
