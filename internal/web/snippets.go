package web

import (
	"context"

	"github.com/gigscout/gigscout/index"
	"github.com/gigscout/gigscout/internal/model"
)

// snippets are the shown hits' snippets, by position in hits: the
// fragment of the listing's text around the query's words (index.Snippet,
// from the store's text), else the highlighted title. The titles are
// highlighted by one index search over only the hits whose text holds
// none of the words (on most pages none: the search then asks for no
// highlighting at all), where highlighting every shown title and keeping
// few of them cost a second Bleve search on every request. A hit missing
// from byID (indexed but gone from the store) gets "".
func (s *Searcher) snippets(ctx context.Context, text string, hits []index.Hit, byID map[string]*model.Listing) ([]string, error) {
	out := make([]string, len(hits))
	var titles []index.Hit
	var at []int // titles[i] is hits[at[i]]
	for i, h := range hits {
		l, ok := byID[h.ID]
		if !ok {
			continue
		}
		if out[i] = index.Snippet(l.Text, text); out[i] == "" {
			titles = append(titles, index.Hit{ID: h.ID})
			at = append(at, i)
		}
	}
	if len(titles) == 0 {
		return out, nil
	}
	if err := s.Index.TitleSnippets(ctx, text, titles); err != nil {
		return nil, err
	}
	for i, h := range titles {
		out[at[i]] = h.Snippet
	}
	return out, nil
}
