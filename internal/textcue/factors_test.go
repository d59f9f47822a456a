package textcue

import (
	"reflect"
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"
)

// factorCases are expressions with the factor lists FactorLists gives,
// folded and not.
var factorCases = []struct {
	expr           string
	folded, plain  [][]string
	foldedShallow  [][]string // with more false
	plainUnfoldedN int        // lists without folding, with more
}{
	{`abc`, [][]string{{"abc"}}, [][]string{{"abc"}}, [][]string{{"abc"}}, 1},
	{`(?i)Hours? a Week`, [][]string{{" a week"}, {"hour"}}, nil, [][]string{{" a week"}}, 0},
	// the parser makes hours|hrs h(?:ours|rs)
	// and a text that holds "ours" holds "rs" (reduceFactors)
	{`(?i)\b\d{1,3}\s*(?:hours|hrs)\b`, [][]string{{"rs"}, {"h"}}, nil, [][]string{{"rs"}}, 0},
	// a literal holding another goes, and a repeated one (the parser makes
	// office|on-site o(?:ffice|n-site), whose factors are "ffice" and "site")
	{`(?i)\b(?:in-office|office|on-site|site|office days?|remote|fully remote|remote)\b`,
		[][]string{{"ffice", "site", "remote"}}, nil, [][]string{{"ffice", "site", "remote"}}, 0},
	{`x(?:ab|cd)+y(?:zz)?\s*(?i:é)`, [][]string{{"ab", "cd"}, {"x"}, {"y"}}, [][]string{{"ab", "cd"}, {"x"}, {"y"}}, [][]string{{"ab", "cd"}}, 3},
	{`(?i)straße`, nil, nil, nil, 0}, // ß's other cases are other bytes
	{`US\s+only`, [][]string{{"only"}, {"us"}}, [][]string{{"only"}, {"US"}}, [][]string{{"only"}}, 2},
}

func TestFactorLists(t *testing.T) {
	for _, c := range factorCases {
		tree, err := syntax.Parse(c.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := FactorLists(tree, true, true); !reflect.DeepEqual(got, c.folded) {
			t.Errorf("%s: folded lists %q, want %q", c.expr, got, c.folded)
		}
		if got := FactorLists(tree, true, false); !reflect.DeepEqual(got, c.foldedShallow) {
			t.Errorf("%s: folded lists without more %q, want %q", c.expr, got, c.foldedShallow)
		}
		if got := FactorLists(tree, false, true); len(got) != c.plainUnfoldedN {
			t.Errorf("%s: unfolded lists %q, want %d", c.expr, got, c.plainUnfoldedN)
		}
		checkFactors(t, c.expr, regexpTexts)
	}
	for _, expr := range regexpCases {
		checkFactors(t, expr, regexpTexts)
	}
}

// checkFactors checks that every match of expr in each of texts (and in
// the texts repeated) holds one literal of each of its factor lists,
// folded (in the Fold copy of a text that is not SlowText) and not.
func checkFactors(t *testing.T, expr string, texts []string) {
	t.Helper()
	re := regexp.MustCompile(expr)
	tree, _ := syntax.Parse(expr, syntax.Perl)
	folded, plain := FactorLists(tree, true, true), FactorLists(tree, false, true)
	for _, s := range texts {
		for _, s := range []string{s, strings.Repeat(s+" ", 3)} {
			for _, m := range re.FindAllString(s, -1) {
				if !HoldsAll(m, plain) {
					t.Errorf("%s: match %q lacks one of the lists %q", expr, m, plain)
				}
				low := []byte(m)
				for i, b := range low {
					low[i] = Fold[b]
				}
				if !SlowText(s) && !HoldsAll(string(low), folded) {
					t.Errorf("%s: folded match %q lacks one of the lists %q", expr, low, folded)
				}
			}
		}
	}
}

func TestCostlyRun(t *testing.T) {
	if CostlyRun(`(?i)\bapply (?:by|before)\b`) {
		t.Error("a short pattern takes the NFA")
	}
	if !CostlyRun(`(?i)` + strings.Repeat("abcdefghij", 60)) {
		t.Error("a 600-byte literal takes the backtracker")
	}
}

// FuzzFactors: every match of the factor cases and regexpCases in any
// text holds one literal of each of the pattern's factor lists.
func FuzzFactors(f *testing.F) {
	for _, s := range regexpTexts {
		f.Add(s)
	}
	f.Add("10 HOURS a week, us only, xabcdy é")
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range factorCases {
			checkFactors(t, c.expr, []string{s})
		}
		for _, expr := range regexpCases {
			checkFactors(t, expr, []string{s})
		}
	})
}
