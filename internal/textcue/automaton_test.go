package textcue

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/coregx/ahocorasick"
)

// sortedMatches sorts matches by end, then pattern (an automaton reports
// the matches ending at one byte in an order of its own).
func sortedMatches(ms []ACMatch) []ACMatch {
	slices.SortFunc(ms, func(a, b ACMatch) int {
		return cmp.Or(cmp.Compare(a.End, b.End), cmp.Compare(a.PatternID, b.PatternID), cmp.Compare(a.Start, b.Start))
	})
	return ms
}

// libraryMatches is what github.com/coregx/ahocorasick finds.
func libraryMatches(t testing.TB, pats []string, hay string) []ACMatch {
	ac, err := ahocorasick.NewBuilder().AddStrings(pats).Build()
	if err != nil {
		t.Fatal(err)
	}
	var out []ACMatch
	for _, m := range ac.FindAllOverlapping([]byte(hay)) {
		out = append(out, ACMatch{PatternID: m.PatternID, Start: m.Start, End: m.End})
	}
	return sortedMatches(out)
}

// checkAutomaton compares the automaton of pats with the library's on hay.
func checkAutomaton(t testing.TB, pats []string, hay string) int {
	a, err := NewAutomaton(pats)
	if err != nil {
		t.Fatal(err)
	}
	got := sortedMatches(a.AppendOverlapping(nil, []byte(hay)))
	want := libraryMatches(t, pats, hay)
	if !slices.Equal(got, want) {
		t.Fatalf("patterns %q on %q:\n got %v\nwant %v", pats, hay, got, want)
	}
	return len(want)
}

// TestAutomatonSameAsLibrary: on random pattern sets (nested, repeated,
// overlapping, one byte, non-ASCII) and texts, the automaton finds the
// library's matches; a kept buffer is appended to.
func TestAutomatonSameAsLibrary(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	alpha := []string{"a", "b", "c", "ab", "ba", "é", " ", "\xff", "\x00"}
	word := func(n int) string { return randWord(rng, alpha, n) }
	found := 0
	for range 400 {
		var pats []string
		for range 1 + rng.IntN(20) {
			pats = append(pats, word(1+rng.IntN(4)))
		}
		for range 5 {
			found += checkAutomaton(t, pats, word(rng.IntN(60)))
		}
		// minPairScan bytes or more: the two walks.
		found += checkAutomaton(t, pats, word(100+rng.IntN(200)))
	}
	if found < 10000 {
		t.Fatalf("only %d matches", found)
	}
	for _, c := range []struct {
		pats []string
		hay  string
	}{
		{[]string{"he", "she", "his", "hers"}, "ushers and his shed"},
		{[]string{"a", "aa", "aaa", "a"}, "aaaaa"},
		{[]string{"report", "the ", "$", "repo"}, "the $5 report to the reporter"},
		{[]string{"x"}, ""},
	} {
		checkAutomaton(t, c.pats, c.hay)
	}
	// Past smallOut table entries but below smallOut states, the uint16
	// table without the pre-multiplied one.
	var mid []string
	for range 1500 {
		mid = append(mid, word(8))
	}
	if a, err := NewAutomaton(mid); err != nil || a.small == nil || a.pre != nil {
		t.Fatalf("%d patterns of 8 bytes: not the plain uint16 table (%v)", len(mid), err)
	}
	for range 20 {
		found += checkAutomaton(t, mid, word(200))
	}
	if a, err := NewAutomaton([]string{"he", "she"}); err != nil || a.pre == nil {
		t.Fatalf("two short patterns: no pre-multiplied table (%v)", err)
	}
	// Past smallOut states, the uint32 table.
	var many []string
	for range 6000 {
		many = append(many, word(8))
	}
	if a, err := NewAutomaton(many); err != nil || a.small != nil || a.trans == nil {
		t.Fatalf("%d patterns of 8 bytes: no large table (%v)", len(many), err)
	}
	for range 20 {
		found += checkAutomaton(t, many, word(200))
	}
	a, err := NewAutomaton([]string{"ab", "b"})
	if err != nil {
		t.Fatal(err)
	}
	buf := a.AppendOverlapping([]ACMatch{{PatternID: 7}}, []byte("abab"))
	if len(buf) != 5 || buf[0].PatternID != 7 {
		t.Fatalf("AppendOverlapping did not append: %v", buf)
	}
	if _, err := NewAutomaton([]string{"a", ""}); err == nil {
		t.Fatal("an empty pattern was accepted")
	}
}

// FuzzAutomaton: on any patterns (split from one string at '|') and text,
// the automaton finds what the library finds.
func FuzzAutomaton(f *testing.F) {
	f.Add("he|she|his|hers", "ushers and his shed")
	f.Add("a|aa|aaa", "aaaaa")
	f.Add("é|\xff|\x00b", "é\xff\x00b")
	f.Fuzz(func(t *testing.T, pats, hay string) {
		ps := fuzzPatterns(pats)
		if ps == nil {
			return
		}
		checkAutomaton(t, ps, hay)
	})
}

// BenchmarkAutomaton: one overlapping scan of a 4 KB folded text for
// about 2,000 prefixes of 1 to 8 bytes, by the automaton into a kept
// buffer and by the library.
func BenchmarkAutomaton(b *testing.B) {
	pats, hay := benchPrefixes()
	b.Run("own", func(b *testing.B) {
		a, err := NewAutomaton(pats)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		var buf []ACMatch
		for b.Loop() {
			buf = a.AppendOverlapping(buf[:0], hay)
		}
	})
	b.Run("library", func(b *testing.B) {
		a, err := ahocorasick.NewBuilder().AddStrings(pats).Build()
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			a.FindAllOverlapping(hay)
		}
	})
}

// TestAutomatonAllBytes: patterns using all 256 byte values are refused
// (a uint8 class cannot name them all), and 255 still build and match.
func TestAutomatonAllBytes(t *testing.T) {
	all := make([]string, 256)
	for i := range all {
		all[i] = string([]byte{byte(i)})
	}
	if _, err := NewAutomaton(all); err == nil {
		t.Fatal("NewAutomaton with all 256 byte values: no error")
	}
	a, err := NewAutomaton(all[1:])
	if err != nil {
		t.Fatalf("NewAutomaton with 255 byte values: %v", err)
	}
	got := a.AppendOverlapping(nil, []byte{0, 1, 255})
	want := []ACMatch{{PatternID: 0, Start: 1, End: 2}, {PatternID: 254, Start: 2, End: 3}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("matches = %v, want %v", got, want)
	}
}

// benchPrefixes is about 2,000 prefixes of 1 to 8 bytes of two-word cue
// phrases and a 4 KB text of the same words: the automaton benchmarks' input.
func benchPrefixes() (pats []string, hay []byte) {
	rng := rand.New(rand.NewPCG(3, 3))
	words := strings.Fields("the a an of to and report lead team pay paid unpaid fee fees we you our $ @ hours weeks " +
		"apply by due remote office work home data entry interview telegram bank check money only now today volunteer")
	seen := map[string]bool{}
	for len(pats) < 2000 {
		w := words[rng.IntN(len(words))] + " " + words[rng.IntN(len(words))]
		w = w[:min(len(w), 1+rng.IntN(8))]
		if !seen[w] {
			seen[w] = true
			pats = append(pats, w)
		}
	}
	var text strings.Builder
	for text.Len() < 4096 {
		text.WriteString(words[rng.IntN(len(words))])
		text.WriteString(" ")
	}
	return pats, []byte(text.String())
}

// randWord is n pieces of alpha drawn at random: the random tests'
// patterns and texts.
func randWord(rng *rand.Rand, alpha []string, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(alpha[rng.IntN(len(alpha))])
	}
	return b.String()
}

// fuzzPatterns splits a fuzz input's "|"-separated patterns, dropping
// empty ones; nil when none are left or more than 200.
func fuzzPatterns(pats string) []string {
	var ps []string
	for _, p := range strings.Split(pats, "|") {
		if p != "" {
			ps = append(ps, p)
		}
	}
	if len(ps) > 200 {
		return nil
	}
	return ps
}
