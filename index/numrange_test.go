package index

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/gigscout/gigscout/internal/model"
)

// checkBlocks reports how splitRange's blocks of [lo, hi] at shifts fail
// to cover it exactly once, in whole terms of those shifts.
func checkBlocks(lo, hi int64, shifts []uint) string {
	bs := splitRange(lo, hi, shifts)
	if lo > hi {
		if len(bs) > 0 {
			return fmt.Sprintf("[%d, %d]: %d blocks of an empty range", lo, hi, len(bs))
		}
		return ""
	}
	slices.SortFunc(bs, func(a, b block) int {
		if a.lo < b.lo {
			return -1
		}
		return 1
	})
	perShift := map[uint]uint64{}
	for i, b := range bs {
		mask := int64(1)<<b.shift - 1
		switch {
		case !slices.Contains(shifts, b.shift):
			return fmt.Sprintf("[%d, %d]: block %+v: shift", lo, hi, b)
		case b.lo&mask != 0 || b.hi&mask != mask || b.lo > b.hi:
			return fmt.Sprintf("[%d, %d]: block %+v: not whole terms", lo, hi, b)
		case i == 0 && b.lo != lo, i == len(bs)-1 && b.hi != hi:
			return fmt.Sprintf("[%d, %d]: blocks %+v: ends", lo, hi, bs)
		case i > 0 && bs[i-1].hi+1 != b.lo:
			return fmt.Sprintf("[%d, %d]: blocks %+v: gap or overlap at %d", lo, hi, bs, i)
		}
		perShift[b.shift] += uint64(b.hi-b.lo)>>b.shift + 1
	}
	for i, s := range shifts[:len(shifts)-1] {
		if n := perShift[s]; n > 2*(1<<(shifts[i+1]-s)-1) {
			return fmt.Sprintf("[%d, %d]: %d terms at shift %d", lo, hi, n, s)
		}
	}
	return ""
}

// shiftLists are every field's shifts, every 8 bits, and a few others.
func shiftLists() [][]uint {
	out := [][]uint{everyShift, {0}, {0, 4}, {0, 60}, {0, 4, 12, 36, 52, 60}}
	for _, name := range []string{"hourly_usd", "hours_max", "posted_at", "deadline_sort"} {
		out = append(out, shiftsOf(name))
	}
	return out
}

func TestSplitRange(t *testing.T) {
	ends := []int64{math.MinInt64, math.MinInt64 + 1, -1 << 40, -256, -255, -1, 0, 1, 255, 256, 257, 1 << 56, 1<<56 - 1, math.MaxInt64 - 1, math.MaxInt64}
	for _, shifts := range shiftLists() {
		for _, lo := range ends {
			for _, hi := range ends {
				if msg := checkBlocks(lo, hi, shifts); msg != "" {
					t.Error(shifts, msg)
				}
			}
		}
		rng := rand.New(rand.NewPCG(1, 2))
		for range 20000 {
			lo := int64(rng.Uint64()) >> rng.IntN(64)
			hi := lo + int64(rng.Uint64()>>rng.IntN(64))
			if hi < lo {
				hi = math.MaxInt64
			}
			if msg := checkBlocks(lo, hi, shifts); msg != "" {
				t.Fatal(shifts, msg)
			}
		}
	}
}

// rangeListings are listings with the values the range tests search:
// edge values of every field, and random ones, dates before 1970 too.
func rangeListings(rng *rand.Rand, n int) []*model.Listing {
	floats := []float64{0, 0.000001, 0.0000011, 1e-300, 0.5, 1, 19.99, 19.989999999, 20, 20.000000001, 40, 1e6, math.MaxFloat64}
	times := []time.Time{time.Unix(0, 0), time.Unix(0, -1), time.Unix(0, 1), time.Date(1969, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(1700, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC), noDeadline.Add(-1), noDeadline,
		time.Date(2262, 1, 1, 0, 0, 0, 0, time.UTC)}
	float := func() float64 {
		if rng.IntN(3) == 0 {
			return floats[rng.IntN(len(floats))]
		}
		return math.Round(rng.Float64()*6000) / 100 * float64(1+rng.IntN(2))
	}
	date := func() time.Time {
		if rng.IntN(4) == 0 {
			return times[rng.IntN(len(times))]
		}
		return time.Date(1900+rng.IntN(320), time.Month(1+rng.IntN(12)), 1+rng.IntN(28), rng.IntN(24), 0, 0, rng.IntN(1e9), time.UTC)
	}
	var out []*model.Listing
	for i := range n {
		l := mk(i, "Data intern", "remote", "project", nil, float(), model.SeverityLow)
		l.ID = fmt.Sprintf("n%04d", i)
		if l.Pay == nil && rng.IntN(2) == 0 {
			l.Pay = &model.Pay{Max: 1, Currency: "USD", Unit: model.UnitHour}
		}
		if rng.IntN(3) > 0 {
			l.Hours = &model.Range{Max: float()}
		}
		posted := date()
		l.PostedAt = &posted
		if rng.IntN(3) > 0 {
			d := date()
			l.Deadline = &d
		}
		out = append(out, l)
	}
	return out
}

// fieldValue is listing l's value of field as the index holds it, false
// when the index holds none: docBuilder leaves out the values no filter
// asks for (see unmatchedNumber and unmatchedTime), the mapping's walk
// (mapped) none. Neither holds a date outside what a date field can.
func fieldValue(l *model.Listing, field string, mapped bool) (float64, time.Time, bool) {
	d := docOf(l)
	switch field {
	case "hourly_usd", "hours_max":
		v := d.floatProp(field)
		if mapped {
			return v, time.Time{}, true
		}
		return v, time.Time{}, !unmatchedNumber(field, v)
	}
	v := d.timeProp(field)
	ok := (mapped || !unmatchedTime(field, v)) && !v.Before(query.MinRFC3339CompatibleTime) && !v.After(query.MaxRFC3339CompatibleTime)
	return 0, v, ok
}

// rangeHits are the ids rq finds in idx.
func rangeHits(t testing.TB, idx bleve.Index, rq query.Query) []string {
	t.Helper()
	req := bleve.NewSearchRequestOptions(rq, 100000, 0, false)
	req.SortBy([]string{"_id"})
	res, err := idx.SearchInContext(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	return ids
}

// TestRangeQuerySameAsPlainFilter: for random ranges of every number and
// date field (open and closed ends, included or not, edge values), the
// range query finds exactly the listings whose values a plain filter
// keeps, in an index built with terms at the field's shifts (apply) and in one of
// Bleve's own step-4 terms (the mapping's walk).
func TestRangeQuerySameAsPlainFilter(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 9))
	ls := rangeListings(rng, 600)
	built := mustOpen(t)
	if _, err := built.CatchUp(context.Background(), changes(ls...)); err != nil {
		t.Fatal(err)
	}
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	mapped := newBareIndex(t, m)
	if err := applyMapped(mapped.idx, changes(ls...)); err != nil {
		t.Fatal(err)
	}
	for _, field := range []string{"hourly_usd", "hours_max", "posted_at", "deadline_sort"} {
		for i := range 150 {
			pickL, pickH := ls[rng.IntN(len(ls))], ls[rng.IntN(len(ls))]
			loIncl, hiIncl := rng.IntN(2) == 0, rng.IntN(2) == 0
			var rq rangeQuery
			var keep func(l *model.Listing, mapped bool) bool
			if field == "hourly_usd" || field == "hours_max" {
				lo, _, _ := fieldValue(pickL, field, false)
				hi, _, _ := fieldValue(pickH, field, false)
				switch i % 5 {
				case 1:
					lo = math.Nextafter(lo, math.Inf(1))
				case 2:
					hi = 0.000001
				case 3:
					lo, hi = -rng.Float64()*100, 19.99
				}
				var lp, hp *float64
				if i%7 != 0 {
					lp = &lo
				}
				if i%11 != 0 {
					hp = &hi
				}
				rq = numRange(field, lp, hp, loIncl, hiIncl)
				keep = func(l *model.Listing, mapped bool) bool {
					v, _, ok := fieldValue(l, field, mapped)
					return ok && (lp == nil || v > lo || loIncl && v == lo) && (hp == nil || v < hi || hiIncl && v == hi)
				}
			} else {
				_, lo, _ := fieldValue(pickL, field, false)
				_, hi, _ := fieldValue(pickH, field, false)
				switch i % 5 {
				case 1:
					lo = lo.Add(time.Duration(rng.IntN(3) - 1))
				case 2:
					hi = noDeadline
				case 3:
					lo = time.Date(1969, 12, 31, 23, 59, 59, 999999999, time.UTC)
				}
				if lo.Before(query.MinRFC3339CompatibleTime) || lo.After(query.MaxRFC3339CompatibleTime) {
					lo = time.Unix(0, -1)
				}
				if hi.Before(query.MinRFC3339CompatibleTime) || hi.After(query.MaxRFC3339CompatibleTime) {
					hi = noDeadline
				}
				if i%7 == 0 {
					lo = time.Time{}
				}
				if i%11 == 0 {
					hi = time.Time{}
				}
				rq = dateRange(field, lo, hi, loIncl, hiIncl)
				keep = func(l *model.Listing, mapped bool) bool {
					_, v, ok := fieldValue(l, field, mapped)
					return ok && (lo.IsZero() || v.After(lo) || loIncl && v.Equal(lo)) && (hi.IsZero() || v.Before(hi) || hiIncl && v.Equal(hi))
				}
			}
			for name, x := range map[string]*Index{"built": built, "mapped": mapped} {
				var want []string
				for _, l := range ls {
					if keep(l, name == "mapped") {
						want = append(want, l.ID)
					}
				}
				slices.Sort(want)
				if got := rangeHits(t, x.idx, rq); !slices.Equal(got, want) {
					t.Errorf("%s %s %+v: got %d %v\nwant %d %v", name, field, rq, len(got), got, len(want), want)
				}
			}
		}
	}
}

// FuzzRangeQuery checks splitRange and the range query over fuzzed ends
// against a plain filter of a fixed index's posted_at values.
func FuzzRangeQuery(f *testing.F) {
	f.Add(int64(0), int64(math.MaxInt64), true, false)
	f.Add(int64(-1), int64(1), false, true)
	f.Add(int64(math.MinInt64), int64(math.MaxInt64), true, true)
	f.Add(time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC).UnixNano(), noDeadline.UnixNano(), true, false)
	rng := rand.New(rand.NewPCG(3, 4))
	ls := rangeListings(rng, 300)
	x := mustOpen(f)
	if _, err := x.CatchUp(context.Background(), changes(ls...)); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, lo, hi int64, loIncl, hiIncl bool) {
		for _, shifts := range shiftLists() {
			if msg := checkBlocks(lo, hi, shifts); msg != "" {
				t.Fatal(shifts, msg)
			}
		}
		rq := dateRange("posted_at", time.Unix(0, lo), time.Unix(0, hi), loIncl, hiIncl)
		if rq.err != nil {
			return
		}
		var want []string
		for _, l := range ls {
			_, v, ok := fieldValue(l, "posted_at", false)
			n := v.UnixNano()
			if ok && (n > lo || loIncl && n == lo) && (n < hi || hiIncl && n == hi) {
				want = append(want, l.ID)
			}
		}
		slices.Sort(want)
		if got := rangeHits(t, x.idx, rq); !slices.Equal(got, want) {
			t.Errorf("%+v: got %v, want %v", rq, got, want)
		}
	})
}
