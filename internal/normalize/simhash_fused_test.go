package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSimHashFusedSame pins simHashFused to the two passes it fuses,
// lowerWordsTable then simHashShingles, on the SimHash texts, the
// fixtures and random texts of mixed scripts, cases and separators
// (1 to 700 words: past the lane counters' flush at 255 shingles).
func TestSimHashFusedSame(t *testing.T) {
	texts := append(simTexts(), fixtureTextsOrNone(t)...)
	texts = append(texts, "", " ", "one", "one two", "one two three", "Ⱥ ⱥ İstanbul ǅ", "a\xffb \xe2\x82 c", "٣٤ ١")
	rng := rand.New(rand.NewPCG(13, 13))
	words := strings.Fields("We build Dashboards for clinics in C++ C# and SQL; 15 hours a WEEK, über-fast Straße ٣ 2026 R&D + # ǅemal Ⱥx KELVIN \xff 東京 ſtop")
	for n := 1; n <= 700; n += 1 + n/10 {
		var b strings.Builder
		for range n {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteString([]string{" ", "\n", ", ", "-", "  ", "", "…"}[rng.IntN(7)])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		want := uint64(0)
		if low, ends := lowerWordsTable(s, nil, nil); len(ends) > 0 {
			want = simHashShingles(low, ends)
		}
		if got := simHashFused(s); got != want {
			t.Fatalf("simHashFused(%q) = %x, two passes %x", s, got, want)
		}
	}
}

func FuzzSimHashFused(f *testing.F) {
	for _, s := range simTexts()[:20] {
		f.Add(s)
	}
	f.Add("a\xffb \xe2\x82 c Ⱥ")
	f.Fuzz(func(t *testing.T, s string) {
		want := uint64(0)
		if low, ends := lowerWordsTable(s, nil, nil); len(ends) > 0 {
			want = simHashShingles(low, ends)
		}
		if got := simHashFused(s); got != want {
			t.Errorf("simHashFused(%q) = %x, two passes %x", s, got, want)
		}
	})
}
