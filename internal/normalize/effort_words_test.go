package normalize

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// effortTexts are texts for the effort parser's fast paths: the package's
// effort cases and fast-path texts, and generated phrases of hours and
// durations with every qualifier, number word, separator and unit, in
// varied case and spacing, amid words that start like the units ("hourly",
// "dayton", "mo.", "h2o") and the runes that fold to ASCII letters.
func effortTexts() []string {
	out := fastTexts()
	for _, c := range effortCases {
		out = append(out, c.text)
	}
	rng := rand.New(rand.NewPCG(7, 7))
	pick := func(xs ...string) string { return xs[rng.IntN(len(xs))] }
	for range 3000 {
		var b strings.Builder
		for range 1 + rng.IntN(5) {
			b.WriteString(pick("", "for ", "lasting ", "About ", "up to ", "Max. ", "maximum", "at least ", "~", "± ", "+/-",
				"a total of ", "not to exceed ", "no more than ", "roughly ", "Duration: ", "within ", "after ", "in the next "))
			b.WriteString(pick("3", "12", "2.5", "1000", "one", "Twelve", "a", "an", "a couple of", "a few", "fifty", "24"))
			b.WriteString(pick("", " to 6", "-8", " – ten", " or two", "—4"))
			b.WriteString(pick(" ", "", "+", "-", " + -"))
			b.WriteString(pick("hours", "hrs", "h", "Hour", "weeks", "Days", "mo", "MOS", "yrs", "months", "wk", "hourly", "dayton", "h2o"))
			b.WriteString(pick("", " a week", "/week", " per day", " weekly", " of work", " spread over", " project", " notice",
				" of experience", " ago", " internship", " per month", " each day"))
			b.WriteString(pick(" ", ". ", ", ", "\n", "_", "é", "\u212a", "\u017f"))
		}
		out = append(out, b.String())
	}
	return out
}

// TestEffortWordsSameAsRegexps: effortWords finds what the two trigger
// regexps find.
func TestEffortWordsSameAsRegexps(t *testing.T) {
	found := 0
	for _, s := range effortTexts() {
		h, d := effortWords(s)
		if want := hourTrigger.FindAllStringIndex(s, -1); !reflect.DeepEqual(h, want) {
			t.Fatalf("hour words of %q: %v, want %v", s, h, want)
		}
		if want := durTrigger.FindAllStringIndex(s, -1); !reflect.DeepEqual(d, want) {
			t.Fatalf("duration words of %q: %v, want %v", s, d, want)
		}
		found += len(h) + len(d)
	}
	if found < 1000 {
		t.Fatalf("only %d words found: the texts do not exercise effortWords", found)
	}
}

// TestParseEffortSameAsReference: ParseEffort gives the same result with
// its fast paths (head-split runs, one word pass) as with plain regexps.
func TestParseEffortSameAsReference(t *testing.T) {
	texts := effortTexts()
	fast := make([]Effort, len(texts))
	for i, s := range texts {
		fast[i] = ParseEffort(s)
	}
	reference = true
	defer func() { reference = false }()
	stated := 0
	for i, s := range texts {
		if want := ParseEffort(s); !reflect.DeepEqual(fast[i], want) {
			t.Fatalf("ParseEffort(%q) = %s, reference %s", s, effortString(fast[i]), effortString(want))
		}
		if fast[i].Hours != nil || fast[i].Weekly != nil || fast[i].DurationDays != nil {
			stated++
		}
	}
	if stated < len(texts)/3 {
		t.Fatalf("only %d of %d texts state an effort", stated, len(texts))
	}
}

func effortString(e Effort) string {
	var b strings.Builder
	for _, r := range []struct {
		name string
		v    *model.Range
	}{{"hours", e.Hours}, {"weekly", e.Weekly}, {"days", e.DurationDays}} {
		if r.v == nil {
			fmt.Fprintf(&b, "%s=nil ", r.name)
		} else {
			fmt.Fprintf(&b, "%s=%+v ", r.name, *r.v)
		}
	}
	return fmt.Sprintf("%stotal stated %v", b.String(), e.TotalStated)
}

// FuzzEffortSame: on any text, effortWords finds the trigger regexps'
// words, and ParseEffort gives the reference result.
func FuzzEffortSame(f *testing.F) {
	for _, s := range effortTexts()[:60] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h, d := effortWords(s)
		if want := hourTrigger.FindAllStringIndex(s, -1); !reflect.DeepEqual(h, want) {
			t.Fatalf("hour words of %q: %v, want %v", s, h, want)
		}
		if want := durTrigger.FindAllStringIndex(s, -1); !reflect.DeepEqual(d, want) {
			t.Fatalf("duration words of %q: %v, want %v", s, d, want)
		}
		got := ParseEffort(s)
		reference = true
		want := ParseEffort(s)
		reference = false
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("ParseEffort(%q) = %s, reference %s", s, effortString(got), effortString(want))
		}
	})
}
