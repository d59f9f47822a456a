package redflag

import (
	"html"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// The speed rewrites of this package checked against what they replaced:
// newView's ASCII path against the rune-by-rune fold (newViewRef), the
// word scans against reWord, and mayMatch (the literal check in front of
// the short-text patterns) against the patterns themselves.

// refView is the view newViewRef builds.
type refView struct {
	field, orig, s string
	from, to       []int
}

func newViewRef(field, orig string) *refView {
	v := &refView{field: field, orig: orig}
	if orig == "" {
		return v
	}
	var b strings.Builder
	b.Grow(len(orig) + len(orig)/16)
	v.from = make([]int, 0, len(orig)+8)
	v.to = make([]int, 0, len(orig)+8)
	emit := func(s string, from, to int) {
		for i := 0; i < len(s); i++ {
			b.WriteByte(s[i])
			v.from = append(v.from, from)
			v.to = append(v.to, to)
		}
	}
	var prev, prev2 rune // last two original runes (decoded), for break restoration
	for i := 0; i < len(orig); {
		r, size := utf8.DecodeRuneInString(orig[i:])
		end := i + size
		if r == '&' {
			if j := strings.IndexByte(orig[i:min(len(orig), i+maxEntity)], ';'); j > 1 {
				ent := orig[i : i+j+1]
				if dec := html.UnescapeString(ent); dec != ent {
					r, _ = utf8.DecodeRuneInString(dec)
					end = i + j + 1
					if utf8.RuneCountInString(dec) != 1 {
						emit(fold(dec), i, end)
						prev2, prev = prev, r
						i = end
						continue
					}
				}
			}
		}
		if needsBreak(prev2, prev, r, orig[end:]) {
			emit(" ", i, i)
		}
		emit(foldRune(r), i, end)
		prev2, prev = prev, r
		i = end
	}
	v.s = b.String()
	return v
}

func widen(xs []int32) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = int(x)
	}
	return out
}

// shortPatterns are the patterns run through view.match.
var shortPatterns = []*regexp.Regexp{reFieldLine, reQualifier, reApplication, reVolunteerRole, reAnnual, reCommission,
	reEarnVerb, reCustomerChannel, reUnskilledTitle, reOpeningsContext, reEmployerIntro, reNegAfter}

// checkRewrites compares the rewrites with their references on text.
func checkRewrites(t *testing.T, text string) {
	t.Helper()
	got, want := newView(FieldText, text), newViewRef(FieldText, text)
	got.needOffsets() // made on first use (view_fold.go)
	if got.s != want.s || !slices.Equal(widen(got.from), want.from) || !slices.Equal(widen(got.to), want.to) {
		t.Fatalf("newView(%q) = %q, want %q", text, got.s, want.s)
	}
	all := reWord.FindAllString(got.s, -1)
	if w := wordsFrom(got.s, 2); !reflect.DeepEqual(w, reWord.FindAllString(got.s, 2)) {
		t.Fatalf("wordsFrom(%q) = %q, want %q", got.s, w, reWord.FindAllString(got.s, 2))
	}
	if w, r := wordsBefore(got.s, 4), all[max(0, len(all)-4):]; !(len(w) == 0 && len(r) == 0) && !reflect.DeepEqual(w, r) {
		t.Fatalf("wordsBefore(%q) = %q, want %q", got.s, w, r)
	}
	for _, s := range []string{got.s, text} {
		for _, re := range shortPatterns {
			if re.MatchString(s) && !mayMatch(re, s) {
				t.Fatalf("mayMatch rules out %s on %q", re, s)
			}
		}
	}
}

// TestRewrites checks the rewrites on the sentences of every listing of
// sameListings.
func TestRewrites(t *testing.T) {
	for _, l := range sameListings(t) {
		for _, f := range []string{l.Title, l.Text, l.PayText, l.CompanyInfo} {
			checkRewrites(t, f)
			for _, s := range strings.Split(f, ".") {
				checkRewrites(t, s)
			}
		}
	}
	for _, re := range shortPatterns {
		if f, _ := reFactors.Load(re); len(f.([]string)) == 0 {
			t.Errorf("no literals known for %s", re)
		}
	}
}

func FuzzRewrites(f *testing.F) {
	f.Add("Able to plan.Adhere &amp; comply; ClerkData\tno fee: none. Willingness to  learn")
	f.Add("\u00e9\u2019s \u2022 EXPERIENCE WITH  the hiring team, 5 employees &#x41;b")
	f.Fuzz(func(t *testing.T, text string) { checkRewrites(t, text) })
}

// taskStemRef and isOutputVerbRef are the suffix loops that taskWords and
// outputWords replace.
func taskStemRef(w string) (string, bool) {
	for _, suf := range taskSuffixes {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			if st := w[:len(w)-len(suf)]; taskStems[st] {
				return st, true
			}
		}
	}
	return "", false
}

func isOutputVerbRef(w string) bool {
	if outputVerbs[w] {
		return true
	}
	for _, suf := range taskSuffixes {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) && outputVerbs[w[:len(w)-len(suf)]] {
			return true
		}
	}
	return false
}

// checkWordSets compares taskStem and isOutputVerb with their references
// on w.
func checkWordSets(t *testing.T, w string) {
	t.Helper()
	st, ok := taskStem(w)
	if rst, rok := taskStemRef(w); st != rst || ok != rok {
		t.Fatalf("taskStem(%q) = %q, %v, want %q, %v", w, st, ok, rst, rok)
	}
	if isOutputVerb(w) != isOutputVerbRef(w) {
		t.Fatalf("isOutputVerb(%q) = %v", w, isOutputVerb(w))
	}
}

// TestWordSets: every word of the test listings, every stem with every
// suffix, and their neighbours (a letter dropped or added).
func TestWordSets(t *testing.T) {
	var ws []string
	for st := range taskStems {
		ws = append(ws, st)
	}
	for st := range outputVerbs {
		ws = append(ws, st)
	}
	for _, st := range slices.Clone(ws) {
		for _, suf := range taskSuffixes {
			w := st + suf
			ws = append(ws, w, w+"s", w[1:], w[:len(w)-1], "re"+w)
		}
	}
	for _, l := range sameListings(t) {
		ws = append(ws, reWord.FindAllString(newView(FieldText, l.Text).s, -1)...)
	}
	for _, w := range ws {
		checkWordSets(t, w)
	}
}

func FuzzWordSets(f *testing.F) {
	f.Add("developing")
	f.Add("es")
	f.Fuzz(func(t *testing.T, w string) { checkWordSets(t, w) })
}
