package normalize

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// normspeed7OnsiteTexts are long texts with strongOnsite's wording at
// varied distances from each other and from the ends, between words,
// glued to words, with "_" and non-ASCII letters at the edges.
func normspeed7OnsiteTexts() []string {
	phrases := []string{"This role is ON-SITE in Austin", "must work from our New York office 5 days a week", "we are 100% onsite",
		"this position is not remote", "NO HYBRID OR REMOTE OPTIONS", "can't be done remotely", "not a remote role",
		"remote work is not possible", "is in person four days per week", "required to be fully on site", "hybrid is not offered",
		"not eligible for remote", "The particular internship is strictly office-based", "no remote work"}
	fill := []string{"We build tools. ", "x", "_", "é", " ", "\n", "office hours ", "remote-first culture ", "personal site ",
		strings.Repeat("a quiet line of text ", 8), strings.Repeat("z", 151), "9"}
	rng := rand.New(rand.NewPCG(8, 8))
	n := 1500
	if testing.Short() || raceEnabled {
		n = 400
	}
	var out []string
	for range n {
		var b strings.Builder
		for b.Len() < minGuardedText || rng.IntN(3) > 0 {
			if rng.IntN(3) == 0 {
				p := phrases[rng.IntN(len(phrases))]
				if rng.IntN(2) == 0 {
					p = strings.ToUpper(p)
				}
				b.WriteString(p)
			} else {
				b.WriteString(fill[rng.IntN(len(fill))])
			}
		}
		out = append(out, b.String())
	}
	return out
}

// checkOnsiteWindows checks the windowed search against strongOnsite's
// plain regexp on s; it returns the matches.
func checkOnsiteWindows(t *testing.T, s string) int {
	t.Helper()
	want := strongOnsite.plain().FindAllStringIndex(s, -1)
	if got := onsiteWindows.FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
		t.Fatalf("onsiteWindows on %q: %v, regexp %v", s, got, want)
	}
	if len(want) > 1 {
		if got := onsiteWindows.FindAllStringIndex(s, 1); !reflect.DeepEqual(got, want[:1]) {
			t.Fatalf("onsiteWindows on %q, n=1: %v, regexp %v", s, got, want[:1])
		}
	}
	return len(want)
}

// TestNormspeed7OnsiteWindows: strongOnsite searched around its keys finds
// what its plain regexp finds in the whole text.
func TestNormspeed7OnsiteWindows(t *testing.T) {
	found := 0
	for _, s := range append(normspeed7GuardTexts(t), normspeed7OnsiteTexts()...) {
		found += checkOnsiteWindows(t, s)
	}
	if found < 1000 {
		t.Fatalf("only %d matches: the texts do not exercise the windows", found)
	}
	// Texts dense with keys, with and without edges between them: windows
	// that meet, and walks to an edge across thousands of keys.
	for _, s := range []string{
		strings.Repeat("remote ", 3000),
		strings.Repeat("office", 3000) + " is not remote",
		strings.Repeat("在remote办公室office现场", 800) + "this position is not remote",
		strings.Repeat("not remote. hybrid is not offered; ", 400),
	} {
		checkOnsiteWindows(t, s)
	}
}

// FuzzNormspeed7OnsiteWindows: on any text (alone and in a long one) the
// windowed search finds what the plain regexp finds.
func FuzzNormspeed7OnsiteWindows(f *testing.F) {
	for _, s := range normspeed7OnsiteTexts()[:30] {
		f.Add(s)
	}
	filler := strings.Repeat("We build dashboards for clinics with a small team. ", 12)
	f.Fuzz(func(t *testing.T, s string) {
		checkOnsiteWindows(t, s)
		checkOnsiteWindows(t, filler+s)
		checkOnsiteWindows(t, s+filler+s)
	})
}
