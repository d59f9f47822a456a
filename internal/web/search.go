package web

import (
	"context"
	"fmt"

	"github.com/gigscout/gigscout/index"
	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store"
)

// Result is one search result: every listing field but the description
// HTML and text, plus a snippet with <mark>ed words.
type Result struct {
	*model.Listing
	Snippet string `json:"snippet"`
}

// SearchMeta is the envelope's meta.
type SearchMeta struct {
	Total      uint64                        `json:"total"`
	TookMS     int64                         `json:"took_ms"`
	Facets     map[string][]index.FacetCount `json:"facets"`
	NextCursor string                        `json:"next_cursor,omitempty"`
	Warnings   []string                      `json:"warnings"`
	// Suggestion is a respelled q ("did you mean") that finds more, when q
	// found little.
	Suggestion string `json:"suggestion,omitempty"`
	// Presets are the filters a widget key locked (key= only).
	Presets map[string][]string `json:"presets,omitempty"`
}

// SearchResponse is the body of GET /api/v1/search.
type SearchResponse struct {
	Data []Result   `json:"data"`
	Meta SearchMeta `json:"meta"`
}

// Searcher runs searches over the index and loads the listings from the store.
type Searcher struct {
	Index *index.Index
	Store store.Store
}

// Search runs q and builds the API response.
func (s *Searcher) Search(ctx context.Context, q index.Query, warnings []string) (*SearchResponse, error) {
	// No highlighting in the index search: the titles are highlighted
	// only where the text's snippet is empty (snippets).
	q.Facets, q.Highlight = true, false
	res, err := s.Index.Search(ctx, q)
	if err != nil {
		return nil, err
	}
	out, byID, err := s.respond(ctx, q, res, warnings)
	if err != nil {
		return nil, err
	}
	snips, err := s.snippets(ctx, q.Text, res.Hits, byID) // from the shown listings' text (the index keeps none), else the title's
	if err != nil {
		return nil, err
	}
	for i, h := range res.Hits {
		if l, ok := byID[h.ID]; ok { // else indexed but gone from the store: the next catch-up fixes it
			out.add(l, snips[i])
		}
	}
	return out, nil
}

// respond loads the listings of res's hits from the store (by id) and
// starts the response: its meta, with a respelling when q found few.
func (s *Searcher) respond(ctx context.Context, q index.Query, res *index.Result, warnings []string) (*SearchResponse, map[string]*model.Listing, error) {
	ids := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		ids[i] = h.ID
	}
	ls, err := s.Store.GetMany(ctx, ids)
	if err != nil {
		return nil, nil, fmt.Errorf("search: %w", err)
	}
	byID := make(map[string]*model.Listing, len(ls))
	for _, l := range ls {
		byID[l.ID] = l
	}
	out := &SearchResponse{Data: []Result{}, Meta: SearchMeta{
		Total: res.Total, TookMS: res.Took.Milliseconds(), Facets: res.Facets, NextCursor: res.NextCursor, Warnings: warnings,
	}}
	if out.Meta.Warnings == nil {
		out.Meta.Warnings = []string{}
	}
	if out.Meta.Suggestion, err = s.suggestion(ctx, q, res.Total); err != nil {
		return nil, nil, err
	}
	return out, byID, nil
}

// add appends a shown listing with its snippet, without its text and
// description (the API sends neither in a search).
func (r *SearchResponse) add(l *model.Listing, snippet string) {
	l.DescriptionHTML, l.Text = "", ""
	scrubListing(l)
	r.Data = append(r.Data, Result{Listing: l, Snippet: wordBounded(snippet)})
}

// fewResults is the total under which a search with words looks for a
// better spelling.
const fewResults = 3

// suggestion is a respelling of q.Text that finds more than total
// listings with the same filters, or "".
func (s *Searcher) suggestion(ctx context.Context, q index.Query, total uint64) (string, error) {
	if total >= fewResults || q.Text == "" || q.Cursor != "" {
		return "", nil
	}
	better, err := s.Index.DidYouMean(ctx, q.Text)
	if err != nil || better == "" {
		return "", err
	}
	q.Text, q.Limit, q.Facets, q.Highlight, q.Sort = better, 1, false, false, ""
	res, err := s.Index.Search(ctx, q)
	if err != nil {
		return "", err
	}
	if res.Total <= total {
		return "", nil
	}
	return better, nil
}
