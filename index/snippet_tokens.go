package index

import "github.com/blevesearch/bleve/v2/analysis"

// keepTokens returns the tokens of toks whose term keep accepts (all of
// them when keep is nil), in order, in toks' own array.
func keepTokens(toks analysis.TokenStream, keep func(term string) bool) analysis.TokenStream {
	if keep == nil {
		return toks
	}
	out := toks[:0]
	for _, t := range toks {
		if keep(string(t.Term)) {
			out = append(out, t)
		}
	}
	return out
}

// wantedTokens returns the tokens of text, as the index's analyzer makes
// them, whose term is in want, in order: what Snippet looks for. The
// analyzer makes no token for any other word (a shown listing's text is
// ~250 words, of which Snippet keeps a handful).
func wantedTokens(text string, want map[string]bool) analysis.TokenStream {
	keep := func(term string) bool { return want[term] }
	if a, ok := analyzer().(*fastEn); ok {
		return a.analyzeKeep([]byte(text), nil, keep)
	}
	return keepTokens(analyzer().Analyze([]byte(text)), keep)
}
