package index

import (
	"context"
	"math/rand/v2"
	"testing"
	"time"
)

// denseRangeChanges are n realistic listings with dense values in the
// number and date fields: half posted in a crawl burst (one every 2 ms,
// nanosecond jitter), half on the hours of two months; pay converted
// from yearly salaries at several rates; deadlines to the second over
// 400 days.
func denseRangeChanges(n int, t0 time.Time) memSource {
	rng := rand.New(rand.NewPCG(5, 6))
	cs := make(memSource, n)
	for i := range cs {
		c := realisticChange(i)
		l := c.Listing
		p := t0.Add(-time.Duration(rng.IntN(60*24)) * time.Hour)
		if i%2 == 0 {
			p = t0.Add(time.Duration(i)*2*time.Millisecond + time.Duration(rng.IntN(1e6)))
		}
		l.PostedAt = &p
		if l.Pay != nil {
			l.Pay.HourlyUSD = float64(20000+rng.IntN(80000)) / 2080 * []float64{1, 1.08, 1.27, 0.0067}[rng.IntN(4)]
		}
		if l.Hours != nil {
			l.Hours.Max = float64(rng.IntN(80)) / 2
		}
		if l.Deadline != nil {
			d := t0.Add(time.Duration(rng.IntN(400*86400)) * time.Second)
			l.Deadline = &d
		}
		cs[i] = c
	}
	return cs
}

// BenchmarkRangeTerms reports the terms a range query of each number and
// date field searches (the mean of 300 ranges as the filters make them,
// ends at random and at values present), over 10,000 listings of dense
// values (denseRangeChanges), in an index of every field's own shifts
// (fieldShifts: <field>-terms) and in one of every 8 bits (<field>-every8),
// the cost on the search side of the shifts fieldShifts leaves out:
//
//	go test -run '^$' -bench RangeTerms -benchtime 1x ./index/
func BenchmarkRangeTerms(b *testing.B) {
	t0 := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	cs := denseRangeChanges(10000, t0)
	build := func(shifts map[string][]uint) *Index {
		saved := fieldShifts
		fieldShifts = shifts
		defer func() { fieldShifts = saved }()
		x := mustOpen(b)
		if _, err := x.CatchUp(context.Background(), cs); err != nil {
			b.Fatal(err)
		}
		return x
	}
	every8, own := build(nil), build(fieldShifts)
	terms := func(x *Index, shifts map[string][]uint, r rangeQuery) int {
		saved := fieldShifts
		fieldShifts = shifts
		defer func() { fieldShifts = saved }()
		adv, err := x.idx.Advanced()
		if err != nil {
			b.Fatal(err)
		}
		rd, err := adv.Reader()
		if err != nil {
			b.Fatal(err)
		}
		defer rd.Close()
		ts, err := r.terms(rd)
		if err != nil {
			b.Fatal(err)
		}
		return len(ts)
	}
	for b.Loop() {
		rng := rand.New(rand.NewPCG(8, 9))
		for _, field := range []string{"hourly_usd", "hours_max", "posted_at", "deadline_sort"} {
			const queries = 300
			var nEvery8, nOwn int
			for i := range queries {
				l := cs[rng.IntN(len(cs))].Listing
				var r rangeQuery
				switch field {
				case "hourly_usd":
					v := float64(rng.IntN(6000)) / 100
					if i%2 == 0 && l.Pay != nil {
						v = l.Pay.HourlyUSD
					}
					r = numRange(field, &v, nil, true, false)
				case "hours_max":
					lo, v := 0.000001, float64(rng.IntN(80))/2
					r = numRange(field, &lo, &v, true, true)
				case "posted_at":
					v := t0.Add(time.Duration(rng.Int64N(int64(60 * time.Second))))
					if i%2 == 0 {
						v = t0.Add(-time.Duration(rng.Int64N(int64(60 * 24 * time.Hour))))
					}
					r = dateRange(field, v, time.Time{}, true, false)
				case "deadline_sort":
					v := t0.Add(time.Duration(rng.Int64N(int64(400 * 24 * time.Hour))))
					r = dateRange(field, v, noDeadline, true, false)
				}
				nEvery8 += terms(every8, nil, r)
				nOwn += terms(own, fieldShifts, r)
			}
			b.ReportMetric(float64(nEvery8)/queries, field+"-every8")
			b.ReportMetric(float64(nOwn)/queries, field+"-terms")
		}
	}
}
