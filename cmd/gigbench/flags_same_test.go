package main

import (
	"reflect"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/normalize"
	"github.com/gigscout/gigscout/internal/redflag"
)

// generatedListings normalizes n generated postings as ingest does.
func generatedListings(n int) ([]*model.Listing, *redflag.Engine) {
	now := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	c := &corpus{N: n, BoardSize: 100, Now: now}
	eng, opts := defaultRules(now)
	out := make([]*model.Listing, n)
	for k := range out {
		p := generatedPosting(c, k/c.BoardSize, k%c.BoardSize)
		out[k] = normalize.Normalize(&p, opts)
	}
	return out, eng
}

// TestFlagsFastMatchesPlain: on the generated corpus, the red-flag engine
// gives the same flags (evidence spans and reasons included) with its
// prefix automaton as with plain regular expressions.
func TestFlagsFastMatchesPlain(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 300
	}
	ls, eng := generatedListings(n)
	o := eng.Options()
	o.PlainMatching = true
	plain := redflag.New(o)
	fired := map[string]int{}
	for i, l := range ls {
		a, b := *l, *l
		eng.Assess(&a)
		plain.Assess(&b)
		if !reflect.DeepEqual(a.Flags, b.Flags) || a.Risk != b.Risk {
			t.Fatalf("listing %d (%q): fast %+v\nplain %+v", i, l.Title, a.Flags, b.Flags)
		}
		for _, f := range a.Flags {
			fired[f.ID]++
		}
	}
	t.Logf("%d generated listings, flags fired: %v", len(ls), fired)
}

// BenchmarkAssessGenerated: the red-flag engine alone on generated
// listings, normalized beforehand; ns/op is per listing.
func BenchmarkAssessGenerated(b *testing.B) {
	ls, eng := generatedListings(2000)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		l := *ls[n%len(ls)]
		n++
		eng.Assess(&l)
	}
}
