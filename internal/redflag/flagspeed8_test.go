package redflag

import (
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
	flagspeed8Off = true
	defer func() { flagspeed8Off = false }()
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
