package textcue

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestContainsSameAsStrings: Contains is strings.Contains, on texts with the
// literal at the start, the end, cut at either end, repeated, and absent.
func TestContainsSameAsStrings(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 4))
	words := []string{"hybrid", "the", "remote", "on site", "x", "", "yz", "hire", "ab", "0 hours", "zzz", "é", "\xff\xfe"}
	filler := strings.Repeat("we build tools with a small team that hires remotely. ", 4)
	hits := 0
	for range 5000 {
		f := words[rng.IntN(len(words))]
		var b strings.Builder
		for range rng.IntN(6) {
			switch rng.IntN(5) {
			case 0:
				b.WriteString(f)
			case 1:
				b.WriteString(f[:rng.IntN(len(f)+1)])
			case 2:
				b.WriteString(f[rng.IntN(len(f)+1):])
			case 3:
				b.WriteString(filler[:rng.IntN(len(filler))])
			default:
				b.WriteString(words[rng.IntN(len(words))])
			}
		}
		s := b.String()
		want := strings.Contains(s, f)
		if got := Contains(s, f); got != want {
			t.Fatalf("Contains(%q, %q) = %v, want %v", s, f, got, want)
		}
		if want {
			hits++
		}
	}
	if hits < 1000 {
		t.Fatalf("only %d hits", hits)
	}
}

// FuzzNormspeed7Contains: Contains is strings.Contains.
func FuzzNormspeed7Contains(f *testing.F) {
	f.Add(strings.Repeat("the hybrid role ", 8), "hybrid")
	f.Add(strings.Repeat("a", 100)+"zb", "zb")
	f.Fuzz(func(t *testing.T, s, w string) {
		if got, want := Contains(s, w), strings.Contains(s, w); got != want {
			t.Fatalf("Contains(%q, %q) = %v, want %v", s, w, got, want)
		}
	})
}
