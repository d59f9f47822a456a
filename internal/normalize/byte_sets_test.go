package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"
)

var anyScanSets = []string{sanitizeStops, textRunStops, sentenceStops}

// checkAnyScan walks s from offset 0 by the steps of rng (0 too: the same
// offset asked twice), comparing each answer with strings.IndexAny.
func checkAnyScan(t *testing.T, s string, rng *rand.Rand) {
	t.Helper()
	for _, chars := range anyScanSets {
		a := newAnyScan(s, chars)
		for i := 0; i <= len(s); {
			got, want := a.indexFrom(i), strings.IndexAny(s[i:], chars)
			if got != want {
				t.Fatalf("anyScan(%q, %q).indexFrom(%d) = %d, strings.IndexAny %d", s, chars, i, got, want)
			}
			switch {
			case want >= 0 && rng.IntN(2) == 0:
				i += want + 1 // past the byte found, as the callers go on
			default:
				i += rng.IntN(4)
			}
		}
	}
}

// TestAnyScanSame pins anyScan to strings.IndexAny on texts with the
// bytes of the sets and without (traps: non-ASCII runes, bytes next to
// the sets', a set byte at the very end).
func TestAnyScanSame(t *testing.T) {
	texts := []string{"", "a", "<", "abc.", "Straße über 東京", "\xff\xfe<", "line\r\n", "x\x00y",
		"Tom &amp; Jerry", `say "hi"`, "it's", "<p>a<b>c</b></p>", "Done.Next", "Wait!What?Yes;no:maybe", "…。！？；：", "=-,/",
		strings.Repeat("word ", 40) + ".", strings.Repeat("ü", 30) + "&", strings.Repeat("<p>Hi there. It's &amp; ok!</p>\r\n", 20)}
	bytes := "<>&'\"\r\x00.!?;:ab éü \n"
	rng := rand.New(rand.NewPCG(17, 17))
	for range 400 {
		var b strings.Builder
		for range rng.IntN(120) {
			if rng.IntN(5) == 0 {
				b.WriteString("plain words ")
			}
			b.WriteByte(bytes[rng.IntN(len(bytes))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		for range 3 {
			checkAnyScan(t, s, rng)
		}
	}
}

func FuzzAnyScan(f *testing.F) {
	for _, s := range []string{"", "Tom &amp; Jerry.", "a\r\nb", "Done.Next", "über\x00", "<p>it's \"x\"</p>"} {
		f.Add(s, uint64(1))
	}
	f.Fuzz(func(t *testing.T, s string, seed uint64) {
		checkAnyScan(t, s, rand.New(rand.NewPCG(seed, seed)))
	})
}
