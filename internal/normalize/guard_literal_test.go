package normalize

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// The literal guards (guard_literal.go) may only skip searches that
// find nothing. These tests run every guard against its plain regexp, and
// Normalize against the reference path (no guards, no accelerations), on
// the package's texts and on generated listings built from them.

// ns5Phrases are the short texts of the package's tables: pay, effort,
// remote, type and deadline statements.
func ns5Phrases() []string {
	var out []string
	for _, c := range payCases {
		out = append(out, c.text)
	}
	for _, c := range effortCases {
		out = append(out, c.text)
	}
	for _, c := range remoteCases {
		out = append(out, c.loc+". "+c.text)
	}
	for _, c := range typeCases {
		out = append(out, c.text)
	}
	for _, c := range deadlineCases {
		out = append(out, c.text)
	}
	return append(out,
		"Applicants must hold US work authorization.", "Candidates need a valid UK right to work.",
		"EU work permit required; citizens of Canada welcome.", "Must be a U.S. citizen.",
		"This role is fully on-site in Austin.", "Hybrid (2 days) in our Berlin office.",
		"We offer a micro-internship of 10 hours.", "This is a volunteer position.", "no pay, unpaid role")
}

// ns5Texts returns the descriptions of the equivalence postings, the
// testdata files and the fuzz corpus.
func ns5Texts(t testing.TB) []string {
	ps, _ := equivalencePostings(t.(*testing.T))
	var out []string
	for _, p := range ps {
		out = append(out, p.DescriptionHTML+p.DescriptionText)
	}
	files, _ := filepath.Glob("testdata/*.html")
	corpus, _ := filepath.Glob("testdata/fuzz/*/*")
	for _, f := range append(files, corpus...) {
		if b, err := os.ReadFile(f); err == nil {
			out = append(out, string(b))
		}
	}
	return out
}

// ns5Generate builds n listings of mixed paragraphs from texts and phrases,
// long enough for the guards to look at, with their case changed now and
// then and, in some, the runes that fold to k and s.
func ns5Generate(texts, phrases []string, n int) []model.Posting {
	r := rand.New(rand.NewPCG(5, 5))
	out := make([]model.Posting, n)
	for i := range out {
		var b strings.Builder
		for b.Len() < 600+r.IntN(4000) {
			var s string
			if r.IntN(3) == 0 {
				s = phrases[r.IntN(len(phrases))]
			} else {
				s = texts[r.IntN(len(texts))]
				if len(s) > 800 {
					a := r.IntN(len(s) - 400)
					s = strings.ToValidUTF8(s[a:a+400], "")
				}
			}
			switch r.IntN(8) {
			case 0:
				s = strings.ToUpper(s)
			case 1:
				s = strings.ToLower(s)
			case 2:
				s = strings.ReplaceAll(strings.ReplaceAll(s, "k", "\u212a"), "s", "\u017f")
			}
			b.WriteString(s)
			b.WriteString([]string{" ", "\n", ". ", "\n\n"}[r.IntN(4)])
		}
		out[i] = model.Posting{Source: "ns5", ExternalID: string(rune('a' + i%26)), Title: equivalenceTitles[r.IntN(len(equivalenceTitles))],
			Locations:       [][]string{nil, {"Remote - EMEA"}, {"Remote (US, Canada)"}, {"Berlin"}, {"Remote - Worldwide"}}[r.IntN(5)],
			DescriptionText: b.String()}
	}
	return out
}

// ns5CheckGuards fails when a guard skips a text its regexp matches; it
// returns how many skipped.
func ns5CheckGuards(t testing.TB, res []*regexp.Regexp, guards []literalGuard, s string) int {
	n := 0
	for i, re := range res {
		if guards[i].skips(s) {
			n++
			if re.MatchString(s) {
				t.Fatalf("guard %d (%.60s) skips a text it matches: %.200q", i, re.String(), s)
			}
		}
	}
	return n
}

// newLiteralGuardQuiet is newLiteralGuard without adding to guardExprs.
func newLiteralGuardQuiet(expr string) literalGuard {
	guardMu.Lock()
	n := len(guardExprs)
	guardMu.Unlock()
	g := newLiteralGuard(expr)
	guardMu.Lock()
	guardExprs = guardExprs[:n]
	guardMu.Unlock()
	return g
}

// ns5Regexps compiles the expression of every guard, and makes the guard
// again.
func ns5Regexps(t testing.TB) ([]*regexp.Regexp, []literalGuard) {
	loadAll()
	guardMu.Lock()
	exprs := append([]string(nil), guardExprs...)
	guardMu.Unlock()
	if len(exprs) < 10 {
		t.Fatalf("only %d guards registered", len(exprs))
	}
	var out []*regexp.Regexp
	var guards []literalGuard
	for _, e := range exprs {
		out = append(out, regexp.MustCompile(e))
		guards = append(guards, newLiteralGuardQuiet(e))
	}
	return out, guards
}

// TestNormspeed5GuardsAgree: no guard skips a text its regexp matches, on
// every text and generated listing; and Normalize gives the reference
// path's listing for each generated one.
func TestNormspeed5GuardsAgree(t *testing.T) {
	res, guards := ns5Regexps(t)
	texts := ns5Texts(t)
	phrases := ns5Phrases()
	n := 200
	if testing.Short() || raceEnabled {
		n = 60
	}
	gen := ns5Generate(texts, phrases, n)
	skipped := 0
	for _, s := range thinTexts(texts, 0) { // every text in go test, a third under -race
		ns5CheckGuards(t, res, guards, s)
	}
	for i := range gen {
		p := &gen[i]
		skipped += ns5CheckGuards(t, res, guards, p.DescriptionText)
		got, want := Normalize(p, testOpts), normalizeReference(p)
		if d := listingDiff(got, want); len(d) > 0 {
			t.Fatalf("generated listing %d (%.100q): %s", i, p.DescriptionText, strings.Join(d, "; "))
		}
	}
	t.Logf("%d texts, %d generated listings, %d guards; %d searches skipped in the generated ones", len(texts), len(gen), len(res), skipped)
	if skipped == 0 {
		t.Error("no guard skipped a search: the test checks nothing")
	}
}

// TestNormspeed5GuardSkips: a guard skips a text without its literals,
// long or short, and never one that holds them, nor a slow text.
func TestNormspeed5GuardSkips(t *testing.T) {
	g := newLiteralGuardQuiet(`(?i)\bcitizens?\s+of\s+(?:the\s+)?(\w+)`)
	filler := strings.Repeat("We build dashboards with a small team. ", 20)
	for _, c := range []struct {
		name, text string
		skips      bool
	}{
		{"without the literal", filler, true},
		{"with the literal", filler + "Citizens of Canada welcome.", false},
		{"upper case", filler + "CITIZENS OF CANADA", false},
		{"short without the literal", "no literal here", true},
		{"short with the literal", "a citizen of", false},
		{"short with the kelvin sign", "no literal here \u212a", false},
		{"long s rune", filler + "\u017f", false},
		{"kelvin sign", filler + "\u212a", false},
	} {
		if got := g.skips(c.text); got != c.skips {
			t.Errorf("%s: skips %v, want %v", c.name, got, c.skips)
		}
	}
	reference = true
	defer func() { reference = false }()
	if g.skips(filler) {
		t.Error("the reference run skipped")
	}
}

// FuzzNormspeed5Guard: no guard skips a text its regexp matches. The input
// is padded past minGuardedText so the guards look at it.
func FuzzNormspeed5Guard(f *testing.F) {
	for _, s := range thinTexts(ns5Phrases(), 0) { // a third under -race
		f.Add(s)
	}
	res, guards := ns5Regexps(f)
	pad := strings.Repeat("x ", minGuardedText/2)
	f.Fuzz(func(t *testing.T, s string) {
		for _, text := range []string{s, pad + s, s + pad} {
			for i, re := range res {
				if guards[i].skips(text) && re.MatchString(text) {
					t.Fatalf("guard %d (%.60s) skips a text it matches: %q", i, re.String(), text)
				}
			}
		}
	})
}

// hasFoldScan is hasFold's own scan, as the reference run takes it.
func hasFoldScan(s, w string) bool {
	reference = true
	defer func() { reference = false }()
	return hasFold(s, w)
}

// TestNormspeed5FoldedHas: where foldedHas is sure it agrees with
// hasFold's scan, and it is sure of the plain words callers pass.
func TestNormspeed5FoldedHas(t *testing.T) {
	filler := strings.Repeat("We build dashboards with a small team. ", 20)
	for _, c := range []struct {
		text, word string
		want, sure bool
	}{
		{filler + "Fully REMOTE.", "remote", true, true},
		{filler, "remote", false, true},
		{filler + "have\tto", "have to", false, false}, // a tab folds to a space: the scan decides
		{filler + "have to", "have to", true, false},
		{filler + "have to", "right to work", false, true},
		{filler + "since 2019", "2019", false, false}, // digits other than 0 are not looked for
		{filler + "Remote", "Remote", false, false},   // nor upper case
		{filler + "hire\u212a", "hirek", false, true}, // the Kelvin sign is no k for hasFold
	} {
		hit, sure := foldedHas(c.text, c.word)
		if sure != c.sure || (sure && hit != c.want) {
			t.Errorf("foldedHas(..%q, %q) = %v, %v; want %v, %v", c.text[len(filler):], c.word, hit, sure, c.want, c.sure)
		}
		if got := hasFold(c.text, c.word); got != hasFoldScan(c.text, c.word) {
			t.Errorf("hasFold(..%q, %q) = %v, its scan says otherwise", c.text[len(filler):], c.word, got)
		}
	}
}

// FuzzNormspeed5FoldedHas: hasFold of a long text (through foldedHas)
// agrees with its scan.
func FuzzNormspeed5FoldedHas(f *testing.F) {
	for _, w := range []string{"remote", "have to", "right to work", "hours", "citizen", "0 days", "Remote"} {
		f.Add("We are Remote-first; you HAVE TO be based in the US.\tRight to\nwork 10 days", w)
	}
	pad := strings.Repeat("x ", minGuardedText/2)
	f.Fuzz(func(t *testing.T, s, w string) {
		for _, text := range []string{pad + s, s + pad} {
			if got, want := hasFold(text, w), hasFoldScan(text, w); got != want {
				t.Fatalf("hasFold(%q, %q) = %v, scan %v", text, w, got, want)
			}
		}
	})
}
