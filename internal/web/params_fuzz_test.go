package web

import (
	"errors"
	"net/url"
	"testing"
	"time"
)

// FuzzParseSearch: any query string either parses into a valid query or
// fails with a ParamError naming a parameter; it never panics.
func FuzzParseSearch(f *testing.F) {
	for _, s := range []string{"q=data&remote=remote&limit=5", "limit=0", "paid=maybe", "posted_within=7d&deadline_after=2026-12-01",
		"sort=pay&cursor=abc", "min_hourly_usd=NaN", "type=project,internship&region=us", "q=%ff", "colour=red"} {
		f.Add(s)
	}
	now := time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		q, _, err := ParseSearch(v, now)
		if err != nil {
			var pe *ParamError
			if !errors.As(err, &pe) || pe.Param == "" || pe.Message == "" {
				t.Fatalf("error %v is not a ParamError naming a parameter", err)
			}
			return
		}
		if q.Limit < 1 || q.Limit > 100 || q.MinHourlyUSD < 0 || q.MaxHours < 0 {
			t.Fatalf("out-of-range query from %q: %+v", raw, q)
		}
	})
}
