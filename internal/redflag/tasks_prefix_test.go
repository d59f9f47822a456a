package redflag

import (
	"slices"
	"testing"
)

// TestTaskPrefixKeepsEveryVerb: every task verb passes mayBeTaskWord, so
// the prefix bitmap never hides one from taskTable; and most other words
// of the test texts fail it (else it would be no shortcut).
func TestTaskPrefixKeepsEveryVerb(t *testing.T) {
	for w := range taskWords {
		if !mayBeTaskWord(w) {
			t.Fatalf("task verb %q fails mayBeTaskWord", w)
		}
	}
	var words3, passed int
	for _, l := range sameListings(t) {
		v := newView(FieldText, l.Text)
		words(v.s, func(a, b int) {
			w := v.s[a:b]
			if len(w) < 3 {
				return
			}
			words3++
			if mayBeTaskWord(w) {
				passed++
			} else if _, ok := taskStemIndex(w); ok {
				t.Fatalf("%q fails mayBeTaskWord but is a task verb", w)
			}
		})
	}
	if words3 == 0 || passed*2 > words3 {
		t.Fatalf("%d of %d words pass the prefix bitmap: it skips too few", passed, words3)
	}
}

// countTasksBoth returns countTasks with this file's shortcuts on and off.
func countTasksBoth(views ...*view) (fast, ref int) {
	fast = countTasks(views...)
	shortcutsOff = true
	defer func() { shortcutsOff = false }()
	return fast, countTasks(views...)
}

// taskTexts are the titles and texts of sameListings and the pipeline's
// listings.
func taskTexts(t *testing.T) []string {
	var texts []string
	for _, l := range sameListings(t) {
		texts = append(texts, l.Title, l.Text)
	}
	for _, l := range pipelineListings(16) {
		texts = append(texts, l.Title, l.Text)
	}
	return texts
}

// TestCountTasksPrefixSame: countTasks counts the same with and without
// the prefix bitmap on every text of taskTexts, and the comparison fails
// when the bitmap is forced wrong (the prefix of "develop" and "design"
// taken out).
func TestCountTasksPrefixSame(t *testing.T) {
	texts := taskTexts(t)
	differs := func() (string, int, int) {
		for _, s := range texts {
			v := newView(FieldText, s)
			if fast, ref := countTasksBoth(v); fast != ref {
				return s, fast, ref
			}
		}
		return "", 0, 0
	}
	if s, fast, ref := differs(); s != "" {
		t.Fatalf("countTasks(%q) = %d with the prefix bitmap, %d without", s, fast, ref)
	}
	k, _ := taskPrefixKey("dev")
	k2, _ := taskPrefixKey("des")
	saved := taskPrefix3
	defer func() { taskPrefix3 = saved }()
	taskPrefix3[k/64] &^= 1 << (k % 64)
	taskPrefix3[k2/64] &^= 1 << (k2 % 64)
	if s, _, _ := differs(); s == "" {
		t.Fatal("with the bitmap forced wrong, no text counts differently: the comparison cannot fail")
	}
}

// FuzzCountTasksPrefix: on any title and text, countTasks counts the same
// with and without the prefix bitmap.
func FuzzCountTasksPrefix(f *testing.F) {
	f.Add("Design intern", "You will develop, test and document a dashboard; able to code in Go.")
	f.Add("", "DEVELOPED designs. Re-testing 3rd-party debuggers' reports")
	f.Fuzz(func(t *testing.T, title, text string) {
		a, b := newView(FieldTitle, title), newView(FieldText, text)
		if fast, ref := countTasksBoth(a, b); fast != ref {
			t.Fatalf("countTasks(%q, %q) = %d with the prefix bitmap, %d without", title, text, fast, ref)
		}
	})
}

// sameLists reports whether a and b hold the same lists of literals, in
// any order (each list compared as it is).
func sameLists(a, b [][]string) bool {
	if len(a) != len(b) {
		return false
	}
	used := make([]bool, len(b))
	for _, x := range a {
		found := false
		for j, y := range b {
			if !used[j] && slices.Equal(x, y) {
				used[j], found = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// TestOrderFactorsSameLists: the shared cue set's factor lists are those
// the cues are built with, reordered only, so holdsFactor (a conjunction
// of them) answers the same; on the candidates of the test texts it does.
// A list dropped from the order is caught.
func TestOrderFactorsSameLists(t *testing.T) {
	shortcutsOff = true
	ref := newCueSet(cuePatterns(), cueLiterals())
	shortcutsOff = false
	set := sharedCues()
	if len(ref.cues) != len(set.cues) {
		t.Fatalf("%d cues, %d in the reference", len(set.cues), len(ref.cues))
	}
	moved := 0
	for i, c := range set.cues {
		r := ref.cues[i]
		if c.re != r.re || len(c.alts) != len(r.alts) {
			t.Fatalf("cue %d: %v, reference %v", i, c.re, r.re)
		}
		if !sameLists(c.factors, r.factors) {
			t.Fatalf("%v: factors %q, reference %q", c.re, c.factors, r.factors)
		}
		for k := range c.alts {
			if !sameLists(c.alts[k].factors, r.alts[k].factors) {
				t.Fatalf("%v alternative %d: factors %q, reference %q", c.re, k, c.alts[k].factors, r.alts[k].factors)
			}
			if !slices.EqualFunc(c.alts[k].factors, r.alts[k].factors, slices.Equal) {
				moved++
			}
		}
	}
	if moved == 0 {
		t.Fatal("no alternative's lists were reordered")
	}
	// The checker catches a list gone missing.
	c := set.cues[0]
	if len(c.factors) > 0 && sameLists(c.factors[1:], c.factors) {
		t.Fatal("sameLists misses a dropped list")
	}
	// holdsFactor on every candidate of the test texts.
	checked := 0
	for _, s := range taskTexts(t) {
		v := newView(FieldText, s)
		sc := set.scan(v.s)
		for k, c := range set.cues {
			r := ref.cues[k]
			cands, alts := sc.cands(k)
			for j, p := range cands {
				end := c.run.End(v.s, p, len(v.s))
				if got, want := c.holdsFactor(v.s[p:end], alts[j]), r.holdsFactor(v.s[p:end], alts[j]); got != want {
					t.Fatalf("%v at %d of %q: holdsFactor %v, reference %v", c.re, p, v.s, got, want)
				}
				checked++
			}
		}
		sc.release()
	}
	if checked < 1000 {
		t.Fatalf("only %d candidates checked", checked)
	}
}
