package web

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/index"
)

// SuggestItem is one completion.
type SuggestItem struct {
	Text  string `json:"text"`
	Kind  string `json:"kind"` // title, skill or company
	Count int    `json:"count"`
	// ID is the listing of a title suggestion.
	ID string `json:"id,omitempty"`
}

// SuggestResponse is the body of GET /api/v1/suggest.
type SuggestResponse struct {
	Data []SuggestItem `json:"data"`
	Meta struct {
		Q string `json:"q"`
	} `json:"meta"`
}

// parseSuggest reads q (required, at most 100 characters) and limit (1-20,
// default 5, per kind).
func parseSuggest(v url.Values) (string, int, error) {
	for k, vals := range v {
		if k != "q" && k != "limit" {
			return "", 0, badParam(k, "unknown parameter %q", k)
		}
		if len(vals) > 1 {
			return "", 0, badParam(k, "%s may be given once", k)
		}
	}
	q := strings.TrimSpace(v.Get("q"))
	if q == "" {
		return "", 0, badParam("q", "q is required")
	}
	if len(q) > 100 {
		return "", 0, badParam("q", "q must be at most 100 characters")
	}
	limit := 5
	if s := v.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 20 {
			return "", 0, badParam("limit", "limit must be between 1 and 20")
		}
		limit = n
	}
	return q, limit, nil
}

func (s *Server) suggest(w http.ResponseWriter, r *http.Request) {
	q, limit, err := parseSuggest(r.URL.Query())
	if err != nil {
		s.error(w, r, err)
		return
	}
	if err := s.searchable(); err != nil {
		s.error(w, r, err)
		return
	}
	items, err := s.suggestions(r.Context(), q, limit)
	if err != nil {
		s.error(w, r, err)
		return
	}
	var res SuggestResponse
	res.Data, res.Meta.Q = items, q
	body, err := encodeJSON(res)
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.serveCached(w, r, cached{contentType: contentJSON, body: body, modified: s.lastModified(index.Query{})})
}

// suggestions completes q, naming companies as their listings write them.
func (s *Server) suggestions(ctx context.Context, q string, limit int) ([]SuggestItem, error) {
	sugs, err := s.opts.Index.Suggest(ctx, q, limit)
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, g := range sugs {
		if g.Kind == index.SuggestCompany && g.ID != "" {
			ids = append(ids, g.ID)
		}
	}
	names := map[string]string{}
	if len(ids) > 0 {
		ls, err := s.opts.Store.GetMany(ctx, ids)
		if err != nil {
			return nil, err
		}
		for _, l := range ls {
			names[l.ID] = l.Company
		}
	}
	out := []SuggestItem{}
	for _, g := range sugs {
		it := SuggestItem{Text: g.Text, Kind: g.Kind, Count: g.Count}
		switch g.Kind {
		case index.SuggestTitle:
			it.ID = g.ID
		case index.SuggestCompany:
			if n := names[g.ID]; n != "" && strings.EqualFold(n, g.Text) {
				it.Text = n
			}
		}
		out = append(out, it)
	}
	return out, nil
}
