package hackernews

import (
	"fmt"
	"strings"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// Results is an Algolia search response. The raw envelope carries page,
// nbPages and hitsPerPage; copies reshaped by hand may carry story_id and
// story_title at the top level instead.
type Results struct {
	Hits        []Hit        `json:"hits"`
	NbHits      crawler.Flex `json:"nbHits"`
	Page        crawler.Flex `json:"page"`
	NbPages     crawler.Flex `json:"nbPages"`
	HitsPerPage crawler.Flex `json:"hitsPerPage"`
	StoryID     crawler.Flex `json:"story_id"`
	StoryTitle  string       `json:"story_title"`
}

// Hit is one story or comment.
type Hit struct {
	ObjectID    crawler.Flex `json:"objectID"`
	Title       string       `json:"title"` // stories
	Author      string       `json:"author"`
	CommentText string       `json:"comment_text"` // HTML: <p> without closing tags, &#x27; &#x2F;
	CreatedAt   string       `json:"created_at"`
	CreatedAtI  crawler.Flex `json:"created_at_i"`
	ParentID    crawler.Flex `json:"parent_id"`
	StoryID     crawler.Flex `json:"story_id"`
}

// LatestStory returns the id of the newest hit whose title is a "Who is
// hiring?" thread (not "Who wants to be hired?" nor "Freelancer? Seeking
// freelancer?"), or "".
func LatestStory(hits []Hit) string {
	var id string
	newest := -1.0
	for _, h := range hits {
		t := strings.ToLower(h.Title)
		if !strings.Contains(t, "who is hiring") || strings.Contains(t, "wants to be hired") || strings.Contains(t, "freelancer") {
			continue
		}
		if _, err := storyID(h.ObjectID.String()); err != nil || h.ObjectID.String() == "" {
			continue
		}
		if at := h.CreatedAtI.Float(); at > newest {
			newest, id = at, h.ObjectID.String()
		}
	}
	return id
}

// Page is one parsed page of comments.
type Page struct {
	Postings []model.Posting
	Hits     int // hits on the page, top-level or not
	NbPages  int // 0 when the response does not say
}

// ParseComments reads a page of a thread's comments and keeps the
// top-level ones (parent_id == story) that still have text. An empty
// story falls back to the response's story_id, then to each hit's own.
func ParseComments(resp *crawler.Response, story string) (*Page, error) {
	var res Results
	if err := crawler.DecodeJSON(resp, &res); err != nil {
		return nil, err
	}
	if res.Hits == nil {
		return nil, fmt.Errorf("GET %s: response has no hits array", resp.URL)
	}
	if story == "" {
		story = res.StoryID.String()
	}
	pg := &Page{Hits: len(res.Hits), NbPages: int(res.NbPages.Float())}
	seen := make(map[string]bool, len(res.Hits))
	for i := range res.Hits {
		h := &res.Hits[i]
		parent := story
		if parent == "" {
			parent = h.StoryID.String()
		}
		id := h.ObjectID.String()
		if id == "" || parent == "" || h.ParentID.String() != parent || seen[id] || !h.live() {
			continue
		}
		seen[id] = true
		pg.Postings = append(pg.Postings, h.Posting())
	}
	return pg, nil
}

// Parse reads a page of comments and returns its postings.
func Parse(resp *crawler.Response) ([]model.Posting, error) {
	pg, err := ParseComments(resp, "")
	if err != nil {
		return nil, err
	}
	return pg.Postings, nil
}

// live reports whether a comment still has text worth reading.
func (h *Hit) live() bool {
	switch strings.TrimSpace(h.CommentText) {
	case "", "[deleted]", "[dead]", "[flagged]":
		return false
	}
	return firstLine(h.CommentText) != ""
}

// Posting converts a top-level comment.
func (h *Hit) Posting() model.Posting {
	id := h.ObjectID.String()
	p := model.Posting{
		ExternalID:      id,
		URL:             ItemURL + id,
		DescriptionHTML: h.CommentText,
		PostedAt:        crawler.ParseEpoch(h.CreatedAtI.Float()),
	}
	if p.PostedAt == nil {
		p.PostedAt = crawler.ParseTime(h.CreatedAt)
	}
	hd := parseHeader(firstLine(h.CommentText))
	if !hd.piped {
		hd.title = headline(h.CommentText)
	}
	p.Title, p.Company, p.CompanyURL = hd.title, hd.company, hd.companyURL
	p.Locations, p.RemoteHint = hd.locations, hd.remote
	p.EmploymentType, p.PayText = hd.employment, hd.pay
	return p
}
