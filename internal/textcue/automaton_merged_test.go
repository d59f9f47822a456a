package textcue

import (
	"math/rand/v2"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// checkMerged compares the merged automaton of pats (ids by ids) with the
// plain one, its pattern ids mapped, on hay, and returns the matches.
func checkMerged(t testing.TB, pats []string, ids []int, hay string) int {
	t.Helper()
	m, err := NewMergedAutomaton(pats, ids)
	if err != nil {
		t.Fatal(err)
	}
	a, err := NewAutomaton(pats)
	if err != nil {
		t.Fatal(err)
	}
	want := a.AppendOverlapping(nil, []byte(hay))
	for i := range want {
		want[i].PatternID = ids[want[i].PatternID]
	}
	got := sortedMatches(m.AppendOverlapping(nil, []byte(hay)))
	if want = sortedMatches(want); !slices.Equal(got, want) {
		t.Fatalf("patterns %q (ids %v) on %q:\n got %v\nwant %v", pats, ids, hay, got, want)
	}
	return len(want)
}

// lengthIDs gives the patterns of one length and one group one id.
func lengthIDs(pats []string, group func(i int) int) []int {
	key := map[[2]int]int{}
	ids := make([]int, len(pats))
	for i, p := range pats {
		k := [2]int{len(p), group(i)}
		if _, ok := key[k]; !ok {
			key[k] = len(key)
		}
		ids[i] = key[k]
	}
	return ids
}

// TestMergedAutomatonSameAsPlain: on random pattern sets with random
// groups, and on sets closed under a class (digits, as the rules'
// prefixes are), the merged automaton reports what the plain one does,
// with ids mapped; the closed sets get fewer classes and states.
func TestMergedAutomatonSameAsPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	alpha := []string{"a", "b", "c", "1", "2", "3", "é", " ", "\xff", "\x00"}
	word := func(n int) string { return randWord(rng, alpha, n) }
	found := 0
	for range 400 {
		var pats []string
		seen := map[string]bool{}
		for range 1 + rng.IntN(20) {
			if p := word(1 + rng.IntN(4)); !seen[p] {
				seen[p] = true
				pats = append(pats, p)
			}
		}
		groups := 1 + rng.IntN(3)
		ids := lengthIDs(pats, func(int) int { return rng.IntN(groups) })
		for range 5 {
			found += checkMerged(t, pats, ids, word(rng.IntN(60)))
		}
	}
	// Closed under the digits: "$" or "usd" before one or two digits, and
	// a literal that names one digit ("1099"), which keeps that digit
	// apart.
	var pats []string
	var group []int
	for _, lead := range []string{"$", "usd", "no. "} {
		for d := '0'; d <= '9'; d++ {
			pats = append(pats, lead+string(d))
			group = append(group, 0)
			for e := '0'; e <= '9'; e++ {
				pats = append(pats, lead+string(d)+string(e))
				group = append(group, 0)
			}
		}
	}
	pats = append(pats, "1099", "report", "the ")
	group = append(group, 1, 2, 3)
	ids := lengthIDs(pats, func(i int) int { return group[i] })
	for range 200 {
		found += checkMerged(t, pats, ids, "usd 45 and $1099 or $7, the report no. 12 "+word(40))
	}
	if found < 10000 {
		t.Fatalf("only %d matches", found)
	}
	m, _ := NewMergedAutomaton(pats, ids)
	a, _ := NewAutomaton(pats)
	if m.stride >= a.stride || len(m.outAt) >= len(a.outAt) {
		t.Fatalf("merged: %d classes, %d states; plain: %d classes, %d states", m.stride, len(m.outAt)-1, a.stride, len(a.outAt)-1)
	}
	// The same pattern twice reports both ids, as the plain automaton
	// reports both indexes.
	checkMerged(t, []string{"ab", "ab", "b"}, []int{0, 1, 2}, "abab")
	for _, c := range []struct {
		pats []string
		ids  []int
	}{
		{[]string{"a", ""}, []int{0, 1}},
		{[]string{"a", "bb"}, []int{0, 0}},
		{[]string{"a"}, []int{-1}},
		{[]string{"a", "b"}, []int{0}},
	} {
		if _, err := NewMergedAutomaton(c.pats, c.ids); err == nil {
			t.Errorf("NewMergedAutomaton(%q, %v) was accepted", c.pats, c.ids)
		}
	}
}

// FuzzMergedAutomaton: on any patterns (split from one string at '|',
// grouped by length and by a byte of the seed) and text, the merged
// automaton reports what the plain one does.
func FuzzMergedAutomaton(f *testing.F) {
	f.Add("$1|$2|$3|1099|the ", "pay $2 or $1099 to the", uint8(0))
	f.Add("a|aa|aaa|b|ab", "aaaaab", uint8(3))
	f.Add("é|\xff|\x00b|\x00c", "é\xff\x00b\x00c", uint8(1))
	f.Fuzz(func(t *testing.T, pats, hay string, seed uint8) {
		var ps []string
		seen := map[string]bool{}
		for _, p := range strings.Split(pats, "|") {
			if p != "" && !seen[p] {
				seen[p] = true
				ps = append(ps, p)
			}
		}
		if len(ps) == 0 || len(ps) > 200 {
			return
		}
		ids := lengthIDs(ps, func(i int) int { return int(ps[i][0]^seed) % 3 })
		checkMerged(t, ps, ids, hay)
	})
}

// TestPairScanSameAsOne: the two-walk scan of long texts reports the
// matches of one walk, in its order, for texts of every length around
// the threshold and patterns longer than the text's halves.
func TestPairScanSameAsOne(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	alpha := []string{"a", "b", "c", "ab", "1", " ", "é"}
	word := func(n int) string {
		var b strings.Builder
		for b.Len() < n {
			b.WriteString(alpha[rng.IntN(len(alpha))])
		}
		return b.String()[:n]
	}
	found := 0
	for range 300 {
		var pats []string
		for range 1 + rng.IntN(30) {
			pats = append(pats, word(1+rng.IntN(9)))
		}
		a, err := NewAutomaton(pats)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range []int{minPairScan - 1, minPairScan, minPairScan + 1, 200 + rng.IntN(300)} {
			hay := []byte(word(n))
			got, want := a.appendPair(nil, hay), a.AppendOverlapping(nil, hay)
			if !slices.Equal(got, want) {
				t.Fatalf("patterns %q on %q:\n got %v\nwant %v", pats, hay, got, want)
			}
			if !slices.Equal(a.AppendOverlappingHalves(nil, hay), want) {
				t.Fatalf("AppendOverlappingHalves of %q on %q differs from one walk", pats, hay)
			}
			found += len(want)
		}
	}
	if found < 10000 {
		t.Fatalf("only %d matches", found)
	}
}

// FuzzPairScan: on any patterns and text, the two-walk scan reports the
// matches of one walk.
func FuzzPairScan(f *testing.F) {
	f.Add("he|she|his|hers", strings.Repeat("ushers and his shed ", 8))
	f.Add("a|aa|aaaaaaaa", strings.Repeat("a", 131))
	f.Fuzz(func(t *testing.T, pats, hay string) {
		ps := fuzzPatterns(pats)
		if ps == nil {
			return
		}
		a, err := NewAutomaton(ps)
		if err != nil || a.small == nil {
			return
		}
		if got, want := a.appendPair(nil, []byte(hay)), a.AppendOverlapping(nil, []byte(hay)); !slices.Equal(got, want) {
			t.Fatalf("patterns %q on %q:\n got %v\nwant %v", ps, hay, got, want)
		}
	})
}

// BenchmarkPairScan: one overlapping scan of a 4 KB text for about 2,000
// prefixes of 1 to 8 bytes (BenchmarkAutomaton's), by one walk and by two
// at once; cpu-ns/op is steadier than wall time on a shared machine. Here
// a match ends at most bytes, the case where two walks lose (see
// redflag's BenchmarkCueScan for the sparse case).
func BenchmarkPairScan(b *testing.B) {
	pats, hay := benchPrefixes()
	a, err := NewAutomaton(pats)
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		scan func([]ACMatch, []byte) []ACMatch
	}{{"one", a.AppendOverlapping}, {"pair", a.appendPair}} {
		b.Run(c.name, func(b *testing.B) {
			var buf []ACMatch
			c0 := cpuTime()
			for b.Loop() {
				buf = c.scan(buf[:0], hay)
			}
			b.ReportMetric(float64(cpuTime()-c0)/float64(b.N), "cpu-ns/op")
		})
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
