package normalize

import (
	"math/rand"
	"strings"
	"testing"
)

// simHashPlain is TextSimHash as keyWords and hash/fnv compute it.
func simHashPlain(text string) uint64 { return simHashWords(keyWords(text)) }

// simTexts are texts that exercise TextSimHash's word reading: case,
// non-ASCII letters and digits, runes whose lower case is another length,
// "+" and "#", entities, backslashes, zero-width characters, invalid UTF-8.
func simTexts() []string {
	out := []string{"", "a", "a b", "a b c", "C++ and C# engineers", "ÉCOLE Straße İstanbul ǅ ΣΑΣ Ⅻ ⓐ", "a\u200bb", "R&amp;D and R&D",
		`\$40 \- \$55 a\+b`, "x\xffy z", "١٢٣ digits ²", "  lots\t\nof\u00a0space\u3000here  ", "K\u212a \u017f", "ab+#cd ++ #"}
	out = append(out, fastTexts()...)
	r := rand.New(rand.NewSource(3))
	parts := []string{"a", "B", "é", "É", "İ", "ß", "+", "#", " ", "\n", "-", "1", "٣", "&", "&amp;", "\\", "\\+", "\u200b", "\xff", "Ⅻ", ".", "word", "WORD"}
	for i := 0; i < 3000; i++ {
		var b strings.Builder
		for k := r.Intn(30); k >= 0; k-- {
			b.WriteString(parts[r.Intn(len(parts))])
		}
		out = append(out, b.String())
	}
	return out
}

// TestTextSimHashAgrees: the allocation-free SimHash equals the one over
// keyWords's strings.
func TestTextSimHashAgrees(t *testing.T) {
	for _, s := range simTexts() {
		if got, want := TextSimHash(s), simHashPlain(s); got != want {
			t.Errorf("TextSimHash(%q) = %x, want %x", s, got, want)
		}
	}
	// more than 255 shingles: the lane counters flush
	long := strings.Repeat(benchText, 3)
	if got, want := TextSimHash(long), simHashPlain(long); got != want {
		t.Errorf("TextSimHash(long) = %x, want %x", got, want)
	}
}

func FuzzTextSimHash(f *testing.F) {
	for _, s := range simTexts()[:40] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := TextSimHash(s), simHashPlain(s); got != want {
			t.Errorf("TextSimHash(%q) = %x, want %x", s, got, want)
		}
	})
}
