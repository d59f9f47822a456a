package usajobs

import (
	"fmt"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// Response is the search response.
type Response struct {
	LanguageCode string  `json:"LanguageCode"`
	SearchResult *Result `json:"SearchResult"`
}

// Result holds one page of matches and the counts.
type Result struct {
	SearchResultCount    crawler.Flex `json:"SearchResultCount"`    // items on this page
	SearchResultCountAll crawler.Flex `json:"SearchResultCountAll"` // items in the whole search
	SearchResultItems    []Item       `json:"SearchResultItems"`
	UserArea             struct {
		NumberOfPages crawler.Flex `json:"NumberOfPages"`
	} `json:"UserArea"`
}

// Item is one match.
type Item struct {
	MatchedObjectID         crawler.Flex `json:"MatchedObjectId"`
	MatchedObjectDescriptor Descriptor   `json:"MatchedObjectDescriptor"`
}

// Page is one parsed page.
type Page struct {
	Postings []model.Posting
	Items    int // items on the page, usable or not
	Total    int // SearchResultCountAll
	Pages    int // UserArea.NumberOfPages (0 when absent)
}

// ParsePage reads one page. Items without an id, title or URL are
// skipped; a repeated id is kept once.
func ParsePage(resp *crawler.Response) (*Page, error) {
	var r Response
	if err := crawler.DecodeJSON(resp, &r); err != nil {
		return nil, err
	}
	if r.SearchResult == nil {
		return nil, fmt.Errorf("GET %s: response has no SearchResult", resp.URL)
	}
	res := r.SearchResult
	pg := &Page{Items: len(res.SearchResultItems), Total: int(res.SearchResultCountAll.Float()), Pages: int(res.UserArea.NumberOfPages.Float())}
	pg.Postings = crawler.Postings(res.SearchResultItems, func(it *Item) (model.Posting, bool) {
		return it.MatchedObjectDescriptor.Posting(it.MatchedObjectID.String())
	})
	return pg, nil
}

// Parse reads one page and returns its postings.
func Parse(resp *crawler.Response) ([]model.Posting, error) {
	pg, err := ParsePage(resp)
	if err != nil {
		return nil, err
	}
	return pg.Postings, nil
}
