package index

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
)

// snippetBefore is Snippet as it was before searchspeed7 (every token of
// the text made, then the wanted ones kept): the oracle of the tests, which
// differs from Snippet only in how it finds the query's tokens.
func snippetBefore(text, q string) string {
	want := queryTerms(q)
	if len(want) == 0 || text == "" {
		return ""
	}
	var hits []*analysis.Token
	for _, tok := range analyzer().Analyze([]byte(text)) {
		if want[string(tok.Term)] {
			hits = append(hits, tok)
		}
	}
	return snippetAround(text, hits)
}

// snippetWords are the words of snippetText: plain, possessive, curly
// quoted, stop words, digits, non-ASCII, and punctuation.
var snippetWords = strings.Fields("data Data DATA analysis analyses analyzing remote project projects project's project’s " +
	"the and of a to social media café naïve résumé 日本語 über 2026 3.5 e-mail don’t it's “quoted” — … , . ; : ( ) / & " +
	"marketing market markets running runs run survey surveys Python python SQL")

// snippetText is n random words of snippetWords joined by spaces,
// newlines or nothing; sometimes with a byte that is not UTF-8.
func snippetText(rng *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(snippetWords[rng.IntN(len(snippetWords))])
		b.WriteString([]string{" ", " ", " ", "\n", ""}[rng.IntN(5)])
	}
	s := b.String()
	if rng.IntN(10) == 0 && len(s) > 0 {
		i := rng.IntN(len(s))
		s = s[:i] + "\xff" + s[i:]
	}
	return s
}

// TestSnippetSameAsBefore: Snippet (the wanted tokens only) makes the
// same snippets as snippetBefore on thousands of random texts and queries.
func TestSnippetSameAsBefore(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	found := 0
	for i := range 3000 {
		text := snippetText(rng, 1+rng.IntN(120))
		var q []string
		for range 1 + rng.IntN(3) {
			w := snippetWords[rng.IntN(len(snippetWords))]
			if rng.IntN(4) == 0 {
				w = `"` + w + " " + snippetWords[rng.IntN(len(snippetWords))] + `"`
			}
			q = append(q, w)
		}
		query := strings.Join(q, " ")
		got, want := Snippet(text, query), snippetBefore(text, query)
		if got != want {
			t.Fatalf("%d: Snippet(%q, %q):\n got %q\nwant %q", i, text, query, got, want)
		}
		if strings.Contains(got, "<mark>") {
			found++
		}
	}
	if found < 1000 {
		t.Errorf("only %d of 3000 snippets marked a word", found)
	}
}

// TestWantedTokens: the kept tokens are those of the whole analysis whose
// term is wanted, with the same offsets, positions and types.
func TestWantedTokens(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 500 {
		text := snippetText(rng, 1+rng.IntN(60))
		want := map[string]bool{}
		for range 3 {
			for _, tok := range analyzer().Analyze([]byte(snippetWords[rng.IntN(len(snippetWords))])) {
				want[string(tok.Term)] = true
			}
		}
		var all analysis.TokenStream
		for _, tok := range analyzer().Analyze([]byte(text)) {
			if want[string(tok.Term)] {
				all = append(all, tok)
			}
		}
		got := wantedTokens(text, want)
		if len(got) != len(all) {
			t.Fatalf("%q %v: %d tokens, want %d", text, want, len(got), len(all))
		}
		for i := range got {
			if string(got[i].Term) != string(all[i].Term) || got[i].Start != all[i].Start || got[i].End != all[i].End ||
				got[i].Position != all[i].Position || got[i].Type != all[i].Type {
				t.Fatalf("%q: token %d %+v, want %+v", text, i, got[i], all[i])
			}
		}
	}
}

// FuzzSnippetSameAsBefore compares Snippet with snippetBefore on any text
// and query.
func FuzzSnippetSameAsBefore(f *testing.F) {
	f.Add("We analyze survey data for social media teams.", "data survey")
	f.Add("Project’s résumé: café data\xff more data", `"social media" project`)
	f.Fuzz(func(t *testing.T, text, q string) {
		if !utf8.ValidString(q) {
			return
		}
		if got, want := Snippet(text, q), snippetBefore(text, q); got != want {
			t.Fatalf("Snippet(%q, %q) = %q, want %q", text, q, got, want)
		}
	})
}
