package index

import "context"

// TitleSnippets sets the Snippet of each of hits to its highlighted title
// for the words and phrases of the query text, exactly as Search does with
// Highlight (one small search over these hits only: titleFragments), or ""
// where the title holds none of them. It is for a caller that shows the
// title's fragment of only some hits: the web API shows it only where the
// listing's text holds none of the words, so it asks Search for no
// highlighting and then asks here for those hits alone (most pages: none).
func (x *Index) TitleSnippets(ctx context.Context, text string, hits []Hit) error {
	t := parseTerms(text)
	if t.empty() || len(hits) == 0 {
		return nil
	}
	idx, _ := x.snapshot()
	return titleFragments(ctx, idx, t, hits)
}
