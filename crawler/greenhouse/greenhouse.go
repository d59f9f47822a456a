// Package greenhouse reads a Greenhouse job board through its public Job
// Board API: GET {base}/v1/boards/{board}/jobs?content=true returns the
// whole board in one response.
package greenhouse

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"net/url"
	"strings"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// DefaultBase is the public API origin.
const DefaultBase = "https://boards-api.greenhouse.io"

// Source is one Greenhouse board.
type Source struct {
	name  string
	board string
	base  string
}

var _ crawler.Source = (*Source)(nil)

// New returns the source for cfg.Board; cfg.BaseURL replaces DefaultBase
// when set and may carry a path prefix.
func New(cfg crawler.Config) (crawler.Source, error) {
	board := strings.TrimSpace(cfg.Board)
	if board == "" {
		return nil, errors.New("greenhouse: board is required")
	}
	return &Source{name: cfg.Name, board: board, base: cfg.BaseURL}, nil
}

// Name implements crawler.Source.
func (s *Source) Name() string { return s.name }

// Kind implements crawler.Source.
func (s *Source) Kind() string { return "greenhouse" }

// URL is the board's list endpoint.
func (s *Source) URL() string {
	return crawler.JoinURL(s.base, DefaultBase, "v1/boards/"+url.PathEscape(s.board)+"/jobs?content=true")
}

// Crawl implements crawler.Source.
func (s *Source) Crawl(ctx context.Context, f crawler.Fetcher, emit func(model.Posting) error) error {
	return crawler.CrawlDocument(ctx, f, &crawler.Request{URL: s.URL(), Conditional: true}, "greenhouse "+s.board, Parse, nil, emit)
}

// Parse reads a board response; a repeated job id is kept once.
func Parse(resp *crawler.Response) ([]model.Posting, error) {
	var board Board
	if err := crawler.DecodeJSON(resp, &board); err != nil {
		return nil, err
	}
	if board.Jobs == nil {
		return nil, fmt.Errorf("GET %s: response has no jobs array", resp.URL)
	}
	return crawler.Postings(board.Jobs, (*Job).Posting), nil
}

// Board is the list response.
type Board struct {
	Jobs []Job `json:"jobs"`
	Meta *struct {
		Total int `json:"total"`
	} `json:"meta"`
}

// Job is one job post. Ids are int64 and can exceed 2^31.
type Job struct {
	ID             json.Number                       `json:"id"`
	InternalJobID  json.Number                       `json:"internal_job_id"`
	Title          string                            `json:"title"`
	CompanyName    string                            `json:"company_name"`
	AbsoluteURL    string                            `json:"absolute_url"`
	Location       struct{ Name string }             `json:"location"`
	Offices        []struct{ Name, Location string } `json:"offices"`
	Departments    []struct{ Name string }           `json:"departments"`
	Metadata       []Metadata                        `json:"metadata"`
	Content        string                            `json:"content"` // entity-escaped HTML
	UpdatedAt      string                            `json:"updated_at"`
	FirstPublished string                            `json:"first_published"`
	Language       string                            `json:"language"`
	Deadline       *string                           `json:"application_deadline"`
}

// Metadata is a board's custom field; Value may be a string, array, bool or null.
type Metadata struct {
	Name  string          `json:"name"`
	Value json.RawMessage `json:"value"`
}

// String returns the metadata value as text ("" for null or bool false).
func (m Metadata) String() string {
	var s string
	if json.Unmarshal(m.Value, &s) == nil {
		return s
	}
	var ss []string
	if json.Unmarshal(m.Value, &ss) == nil {
		return strings.Join(ss, ", ")
	}
	var b bool
	if json.Unmarshal(m.Value, &b) == nil && b {
		return "yes"
	}
	return ""
}

// Posting converts a job to the common Posting; ok is false when it has no
// id or no title (a draft: left out, not a crawl error).
func (j *Job) Posting() (model.Posting, bool) {
	p := model.Posting{
		ExternalID:      j.ID.String(),
		URL:             strings.TrimSpace(j.AbsoluteURL),
		ApplyURL:        strings.TrimSpace(j.AbsoluteURL),
		Title:           strings.TrimSpace(j.Title),
		Company:         strings.TrimSpace(j.CompanyName),
		DescriptionHTML: html.UnescapeString(j.Content), // escaped once by Greenhouse: unescape once, then it is HTML
		Language:        j.Language,
		PostedAt:        crawler.ParseTime(j.FirstPublished),
		UpdatedAt:       crawler.ParseTime(j.UpdatedAt),
	}
	if j.Deadline != nil {
		p.Deadline = crawler.ParseTime(*j.Deadline)
	}
	if loc := strings.TrimSpace(j.Location.Name); loc != "" {
		p.Locations = append(p.Locations, splitLocations(loc)...)
	}
	for _, o := range j.Offices {
		if n := strings.TrimSpace(o.Name); n != "" {
			p.Locations = append(p.Locations, n)
		}
	}
	for _, d := range j.Departments {
		if n := strings.TrimSpace(d.Name); n != "" {
			p.Tags = append(p.Tags, n)
		}
	}
	for _, m := range j.Metadata {
		name := strings.ToLower(m.Name)
		v := strings.TrimSpace(m.String())
		switch {
		case v == "":
		case strings.Contains(name, "workplace") || strings.Contains(name, "remote"):
			p.RemoteHint = workplace(v)
		case strings.Contains(name, "employment type") || name == "employment" || strings.Contains(name, "job type"):
			p.EmploymentType = v
		case strings.Contains(name, "salary") || strings.Contains(name, "compensation") || strings.Contains(name, "pay"):
			p.PayText = v
		}
	}
	return p, p.ExternalID != "" && p.Title != ""
}

// splitLocations splits "Berlin; London; Munich; Paris" into its places.
func splitLocations(s string) []string {
	if !strings.Contains(s, ";") {
		return []string{s}
	}
	var out []string
	for _, part := range strings.Split(s, ";") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

func workplace(v string) string {
	v = strings.ToLower(v)
	switch {
	case strings.Contains(v, "hybrid"):
		return "hybrid"
	case strings.Contains(v, "remote"):
		return "remote"
	case strings.Contains(v, "site") || strings.Contains(v, "office"):
		return "onsite"
	}
	return ""
}
