package index

import (
	"html"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
)

// Snippets are made from the listing's text as the store holds it, not
// from Bleve: the index keeps no copy of the text and no term vectors for
// it (most of its size), and only the shown page's listings are ever
// highlighted. The text is analyzed as the index analyzes it, so a word
// matches what the search matched (stems, case).

// snippetSize is the fragment length in bytes, as Bleve's HTML highlighter.
const snippetSize = 200

var (
	enOnce     sync.Once
	enAnalyzer analysis.Analyzer
)

func analyzer() analysis.Analyzer {
	enOnce.Do(func() {
		a, err := registry.NewCache().AnalyzerNamed(analyzerName)
		if err != nil {
			panic("index: the English analyzer is not registered: " + err.Error())
		}
		enAnalyzer = a
	})
	return enAnalyzer
}

// Snippet returns the fragment of text around the most words of the
// search query q, HTML-escaped, with those words in <mark>; "" when q has
// no words or text holds none of them.
func Snippet(text, q string) string {
	want := queryTerms(q)
	if len(want) == 0 || text == "" {
		return ""
	}
	return snippetAround(text, wantedTokens(text, want)) // snippet_tokens.go
}

// queryTerms are the analyzed terms of the search query q's words and
// phrases.
func queryTerms(q string) map[string]bool {
	t := parseTerms(q)
	want := map[string]bool{}
	for _, s := range append(append([]string{}, t.words...), t.phrases...) {
		for _, tok := range analyzer().Analyze([]byte(s)) {
			want[string(tok.Term)] = true
		}
	}
	return want
}

// snippetAround is Snippet's fragment of text around the window of
// snippetSize bytes that holds the most of hits (text's tokens of the
// query, in order), with them marked; "" without hits.
func snippetAround(text string, hits []*analysis.Token) string {
	if len(hits) == 0 {
		return ""
	}
	// The window starting at a hit that holds the most hits.
	best, bestN := 0, 0
	for i := range hits {
		n := 0
		for j := i; j < len(hits) && hits[j].End-hits[i].Start <= snippetSize; j++ {
			n++
		}
		if n > bestN {
			best, bestN = i, n
		}
	}
	start := hits[best].Start - snippetSize/5
	if start <= 0 {
		start = 0
	} else if sp := strings.IndexAny(text[start:hits[best].Start], " \n\t"); sp >= 0 {
		start += sp + 1 // begin on a word
	}
	for start > 0 && !utf8.RuneStart(text[start]) {
		start++
	}
	end := min(len(text), start+snippetSize)
	if end < len(text) {
		if sp := strings.LastIndexAny(text[hits[best].End:end], " \n\t"); sp >= 0 {
			end = hits[best].End + sp
		} else {
			end = max(end, hits[best].End)
		}
	}
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	var b strings.Builder
	if start > 0 {
		b.WriteString("…")
	}
	at := start
	for _, h := range hits[best:] {
		if h.Start < at || h.End > end {
			break
		}
		b.WriteString(html.EscapeString(text[at:h.Start]))
		b.WriteString("<mark>" + html.EscapeString(text[h.Start:h.End]) + "</mark>")
		at = h.End
	}
	b.WriteString(html.EscapeString(text[at:end]))
	if end < len(text) {
		b.WriteString("…")
	}
	return strings.TrimSpace(b.String())
}
