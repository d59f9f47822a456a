package normalize

import (
	"slices"
	"testing"
)

// TestEachInIfAgrees checks that eachInIf passes the matches findAllInIf
// returns, in order, and stops where fn asks.
func TestEachInIfAgrees(t *testing.T) {
	for _, text := range []string{
		"",
		"The term runs for 3 months, with 10 hours a week and about 40 hours in all over two weeks.",
		"Expect 5-8 hrs. Notice: 2 weeks. Contract of 6 months; 12 hours total, 20 hours more if needed",
		"No hours here, days only: 3 days",
		"A 10-week program; approximately 100 hours; at least 2 years of experience; for six months",
	} {
		hours, durs := effortWords(text)
		for _, c := range []struct {
			re   *cueRegexp
			trig [][]int
			may  func(string) bool
		}{{reTotal, hours, mayTotal}, {reDuration, durs, mayDuration}, {reDuration, durs, nil}} {
			want := findAllInIf(text, c.re, c.trig, 80, 10, c.may)
			for stop := 0; stop <= len(want); stop++ {
				var got [][]int
				eachInIf(text, c.re, c.trig, 80, 10, c.may, func(m []int) bool {
					got = append(got, m)
					return len(got) == stop
				})
				n := min(stop, len(want))
				if stop == 0 {
					n = len(want)
				}
				if !slices.EqualFunc(got, want[:n], slices.Equal) {
					t.Errorf("%q stop %d: got %v, want %v", text, stop, got, want[:n])
				}
			}
		}
	}
}
