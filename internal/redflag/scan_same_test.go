package redflag

import (
	"slices"
	"strings"
	"testing"
)

// sentenceCases are texts on the edges of the sentence walk: breaks at
// both ends, runs of stops, a stop before a line break, a stop glued to a
// word, empty lines, and no break at all.
var sentenceCases = []string{
	"", ".", "\n", " ", "a", ". ", " .", "\n\n", "a.b. c! d? e\nf", "end.", "end.\n", ".\nx", "!? !?\n\n?",
	"one. two.  three!\tfour?\n five;six: seven", "glued.Sentence and 1.5 hours. Next", "x\n", "\nx",
	"no break at all in this text", "dots... and more... ", "q?\n\n. .. ...",
}

// checkSentences compares the index with the walk for every a <= b of s
// (every a and a few b after it for a long s).
func checkSentences(t *testing.T, s string) {
	t.Helper()
	v := &view{s: s}
	x := newSentIndex(s)
	for a := 0; a <= len(s); a++ {
		check := func(b int) {
			wa, wb := v.sentenceScan(a, b)
			if ga, gb := x.bounds(s, a, b); ga != wa || gb != wb {
				t.Fatalf("sentence(%d, %d) of %q: index (%d, %d), walk (%d, %d)", a, b, s, ga, gb, wa, wb)
			}
		}
		if len(s) <= 64 {
			for b := a; b <= len(s); b++ {
				check(b)
			}
			continue
		}
		for _, d := range []int{0, 1, 2, 5, 40} {
			check(min(len(s), a+d))
		}
	}
}

// TestSentenceIndexSameAsWalk: the sentence index answers what the walk
// does, on edge cases and on the folded fields of sameListings.
func TestSentenceIndexSameAsWalk(t *testing.T) {
	for _, s := range sentenceCases {
		checkSentences(t, s)
	}
	n := 0
	for _, l := range sameListings(t) {
		for _, f := range []string{l.Title, l.Text, l.PayText, l.CompanyInfo} {
			checkSentences(t, newView(FieldText, f).s)
			n++
		}
	}
	if n < 50 {
		t.Fatalf("only %d fields", n)
	}
	// The view walks its first calls and answers the rest by the index.
	v := newView(FieldText, "One. Two three.\nFour")
	for k := 0; k < 6; k++ {
		for a := 0; a <= len(v.s); a++ {
			wa, wb := v.sentenceScan(a, a)
			if ga, gb := v.sentence(a, a); ga != wa || gb != wb {
				t.Fatalf("call %d: sentence(%d) = (%d, %d), want (%d, %d)", k, a, ga, gb, wa, wb)
			}
		}
	}
	if v.sents == nil {
		t.Fatal("the view never built its index")
	}
}

// FuzzSentenceIndex: on any text and bounds, the index answers what the
// walk does.
func FuzzSentenceIndex(f *testing.F) {
	for _, s := range sentenceCases {
		f.Add(s, 0, len(s))
	}
	f.Add("a. b\nc", 2, 3)
	f.Fuzz(func(t *testing.T, s string, a, b int) {
		if len(s) > 4096 || a < 0 || b < a || a > len(s) {
			return
		}
		v := &view{s: s}
		wa, wb := v.sentenceScan(a, b)
		if ga, gb := newSentIndex(s).bounds(s, a, b); ga != wa || gb != wb {
			t.Fatalf("sentence(%d, %d) of %q: index (%d, %d), walk (%d, %d)", a, b, s, ga, gb, wa, wb)
		}
	})
}

// TestMergedCueScanSameAsPlain: the shared cue set scanned with the
// merged automaton finds, for every cue and literal, what the automaton of
// one id per pattern finds, on the folded fields of sameListings and on
// texts full of digits, amounts and cue words.
func TestMergedCueScanSameAsPlain(t *testing.T) {
	merged := sharedCues()
	mergeCuePrefixes = false
	plain := newCueSet(cuePatterns(), cueLiterals())
	mergeCuePrefixes = true
	if merged.ac.PatternCount() >= plain.ac.PatternCount() {
		t.Fatalf("merged automaton reports %d ids, plain %d", merged.ac.PatternCount(), plain.ac.PatternCount())
	}
	texts := []string{
		strings.Repeat("call 555 123 4567 only 5 spots send your full name and age from home urgent ", 20),
		"$1,099 usd 45 1099 24 hours 48 hrs 6-figure income 7 figures, no. of openings: 500 100% commission",
		"earn $450 to $500 extra per day, 2 hours a day; summer 2025 internship; rs. 10000/month; ₹5 €7 £9",
	}
	for _, l := range sameListings(t) {
		texts = append(texts, l.Title, l.Text, l.PayText, l.CompanyInfo)
	}
	for _, l := range pipelineListings(8) {
		texts = append(texts, l.Title, l.Text)
	}
	found := 0
	for _, text := range texts {
		s := newView(FieldText, text).s
		got, want := merged.scan(s), plain.scan(s)
		for k := range merged.cues {
			gp, ga := got.cands(k)
			wp, wa := want.cands(k)
			if !slices.Equal(gp, wp) || !slices.Equal(ga, wa) {
				t.Fatalf("cue %s on %q:\n got %v %v\nwant %v %v", merged.cues[k].re, s, gp, ga, wp, wa)
			}
			found += len(wp)
		}
		for l := range len(merged.lits) {
			if g, w := got.lit(l), want.lit(l); !slices.Equal(g, w) {
				t.Fatalf("literal %d on %q: got %v, want %v", l, s, g, w)
			}
		}
	}
	if found < 1000 {
		t.Fatalf("only %d candidates", found)
	}
}

// countTasksRef is the map-based count that countTasks replaced.
func countTasksRef(views ...*view) int {
	seen := map[string]bool{}
	for _, v := range views {
		words(v.s, func(a, b int) {
			st, ok := taskStem(v.s[a:b])
			if !ok || seen[st] || v.match(reQualifier, v.s[max(0, a-40):a]) {
				return
			}
			seen[st] = true
		})
	}
	return len(seen)
}

// TestTaskTableSameAsMap: every task verb is in taskTable with its stem,
// no other word of the texts is, and countTasks counts what the map-based
// count does on the fields of sameListings and the pipeline's listings.
func TestTaskTableSameAsMap(t *testing.T) {
	for w, st := range taskWords {
		k, ok := taskStemIndex(w)
		if !ok || taskStemList[k] != st {
			t.Fatalf("taskStemIndex(%q) = %d, %v; want the stem %q", w, k, ok, st)
		}
	}
	var texts []string
	for _, l := range sameListings(t) {
		texts = append(texts, l.Title, l.Text, l.CompanyInfo)
	}
	for _, l := range pipelineListings(8) {
		texts = append(texts, l.Text)
	}
	total := 0
	for _, text := range texts {
		v := newView(FieldText, text)
		words(v.s, func(a, b int) {
			w := v.s[a:b]
			st, ok := taskStem(w)
			k, ok2 := taskStemIndex(w)
			if ok != ok2 || ok && taskStemList[k] != st {
				t.Fatalf("word %q: taskStemIndex %d, %v; taskStem %q, %v", w, k, ok2, st, ok)
			}
		})
		got, want := countTasks(v), countTasksRef(v)
		if got != want {
			t.Fatalf("countTasks(%q) = %d, want %d", text, got, want)
		}
		total += want
	}
	// Two views share the stems seen.
	for i := 1; i < len(texts); i++ {
		a, b := newView(FieldTitle, texts[i-1]), newView(FieldText, texts[i])
		if got, want := countTasks(a, b), countTasksRef(a, b); got != want {
			t.Fatalf("countTasks(%q, %q) = %d, want %d", texts[i-1], texts[i], got, want)
		}
	}
	if total < 100 {
		t.Fatalf("only %d task verbs in all", total)
	}
}

// TestPhoneRunsSameAsScan: phoneRuns finds what digitRuns(10) finds, on
// edge cases (digits at every offset of a word, bytes above 0x80, runs
// across separators) and on the fields of sameListings.
func TestPhoneRunsSameAsScan(t *testing.T) {
	texts := []string{"", "1", "12345678", "123456789", "0123456789", "call 555 123 4567 now", "(555) 123-4567 +1 555.123.4567",
		"\xb0\xb9\xff\x2f\x3a 9", ":/:/:/:/:/:/:/:/0", "é123 456 7890é", strings.Repeat("a", 31) + "9"}
	for k := range 16 {
		texts = append(texts, strings.Repeat("x", k)+"5551234567"+strings.Repeat("\xb9", k))
	}
	for _, l := range sameListings(t) {
		texts = append(texts, newView(FieldText, l.Text).s, l.Text, l.PayText)
	}
	for _, s := range texts {
		if got, want := phoneRuns(s), digitRuns(10)(s); !slices.Equal(got, want) {
			t.Fatalf("phoneRuns(%q) = %v, want %v", s, got, want)
		}
		for i := 0; i <= len(s); i++ {
			want := len(s)
			for j := i; j < len(s); j++ {
				if '0' <= s[j] && s[j] <= '9' {
					want = j
					break
				}
			}
			if got := nextDigit(s, i); got != want {
				t.Fatalf("nextDigit(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}
