package workable

import (
	"strings"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// Account is the widget response.
type Account struct {
	Name        string `json:"name"`
	Description string `json:"description"` // account profile, when present
	Jobs        []Job  `json:"jobs"`
}

// Job is one published job. Dates are dates only.
type Job struct {
	Title          string       `json:"title"`
	Shortcode      string       `json:"shortcode"`
	Code           string       `json:"code"`
	EmploymentType string       `json:"employment_type"`
	Telecommuting  crawler.Flex `json:"telecommuting"` // bool; tolerated as a string
	Workplace      string       `json:"workplace"`     // newer payloads: on_site, hybrid, remote
	Department     string       `json:"department"`
	Function       string       `json:"function"`
	URL            string       `json:"url"`
	Shortlink      string       `json:"shortlink"`
	ApplicationURL string       `json:"application_url"`
	PublishedOn    string       `json:"published_on"`
	CreatedAt      string       `json:"created_at"`
	Country        string       `json:"country"`
	City           string       `json:"city"`
	State          string       `json:"state"`
	Locations      []Location   `json:"locations"`
	Description    string       `json:"description"` // raw HTML, with details=true
	Requirements   string       `json:"requirements"`
	Benefits       string       `json:"benefits"`
}

// Location is one of a job's places; hidden ones are not shown on the board.
type Location struct {
	Country     string `json:"country"`
	CountryCode string `json:"countryCode"`
	City        string `json:"city"`
	Region      string `json:"region"`
	Hidden      bool   `json:"hidden"`
}

// Posting converts a job to the common Posting; ok is false when it has no
// shortcode or no title.
func (j *Job) Posting(company string) (model.Posting, bool) {
	id := strings.TrimSpace(j.Shortcode)
	if id == "" || strings.TrimSpace(j.Title) == "" { // a draft: left out, not a crawl error
		return model.Posting{}, false
	}
	p := model.Posting{
		ExternalID:      id,
		URL:             absolute(firstNonEmpty(j.URL, j.Shortlink)),
		ApplyURL:        absolute(j.ApplicationURL),
		Title:           strings.TrimSpace(j.Title),
		Company:         company,
		Locations:       j.locations(),
		RemoteHint:      j.remoteHint(),
		EmploymentType:  strings.TrimSpace(j.EmploymentType),
		Tags:            crawler.Uniq(j.Department, j.Function),
		DescriptionHTML: j.descriptionHTML(),
		PostedAt:        crawler.ParseTime(firstNonEmpty(j.PublishedOn, j.CreatedAt)),
	}
	return p, true
}

// remoteHint reads the newer workplace field, else telecommuting true.
// telecommuting false is no hint: the job may still be hybrid.
func (j *Job) remoteHint() string {
	switch strings.ToLower(strings.TrimSpace(j.Workplace)) {
	case "remote":
		return "remote"
	case "hybrid":
		return "hybrid"
	case "on_site", "onsite", "on-site":
		return "onsite"
	}
	if strings.EqualFold(j.Telecommuting.String(), "true") {
		return "remote"
	}
	return ""
}

// locations formats the visible locations[], or the job's own city,
// state and country when there are none.
func (j *Job) locations() []string {
	var vals []string
	for _, l := range j.Locations {
		if !l.Hidden {
			vals = append(vals, join(l.City, l.Region, firstNonEmpty(l.Country, l.CountryCode)))
		}
	}
	if len(vals) == 0 {
		vals = append(vals, join(j.City, j.State, j.Country))
	}
	return crawler.Uniq(vals...)
}

func (j *Job) descriptionHTML() string {
	var b strings.Builder
	b.WriteString(strings.TrimSpace(j.Description))
	if r := strings.TrimSpace(j.Requirements); r != "" {
		b.WriteString("<h3>Requirements</h3>" + r)
	}
	if r := strings.TrimSpace(j.Benefits); r != "" {
		b.WriteString("<h3>Benefits</h3>" + r)
	}
	return b.String()
}

// join formats place parts as "City, Region, Country", skipping empty and repeated parts.
func join(parts ...string) string { return strings.Join(crawler.Uniq(parts...), ", ") }

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// absolute resolves a relative link against the public origin.
func absolute(raw string) string { return crawler.AbsURL(raw, DefaultBase+"/") }
