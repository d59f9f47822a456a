package remotive

import (
	"net/url"
	"strings"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// Job is one listing. publication_date is ISO 8601 with no zone (UTC);
// salary is free text; description is HTML.
type Job struct {
	ID              crawler.Flex `json:"id"`
	URL             string       `json:"url"`
	Title           string       `json:"title"`
	CompanyName     string       `json:"company_name"`
	CompanyLogo     string       `json:"company_logo"`
	Category        string       `json:"category"`
	Tags            []string     `json:"tags"`
	JobType         string       `json:"job_type"`
	PublicationDate string       `json:"publication_date"`
	Location        string       `json:"candidate_required_location"`
	Salary          string       `json:"salary"`
	Description     string       `json:"description"`
}

// jobTypes spells Remotive's job_type codes as words.
var jobTypes = map[string]string{
	"full_time":  "Full-time",
	"part_time":  "Part-time",
	"contract":   "Contract",
	"freelance":  "Freelance",
	"internship": "Internship",
	"other":      "Other",
}

// Posting converts a job; ok is false when it has no id or title.
func (j *Job) Posting() (p model.Posting, ok bool) {
	id := j.ID.String()
	title := crawler.CleanLine(j.Title)
	if id == "" || title == "" {
		return p, false
	}
	p = model.Posting{
		ExternalID:      id,
		URL:             j.listingURL(),
		Title:           title,
		Company:         crawler.CleanLine(j.CompanyName),
		RemoteHint:      "remote", // every Remotive listing is remote
		EmploymentType:  employmentType(j.JobType),
		Tags:            tags(j.Category, j.Tags),
		DescriptionHTML: j.Description,
		PayText:         crawler.CleanLine(j.Salary),
		PostedAt:        crawler.ParseTime(j.PublicationDate),
	}
	if loc := crawler.CleanLine(j.Location); loc != "" {
		p.Locations = []string{loc}
	}
	return p, true
}

// listingURL is the Remotive page of the job (the link back the legal
// notice asks for); a relative URL is resolved against remotive.com.
func (j *Job) listingURL() string {
	base, _ := url.Parse(DefaultBase)
	if ref, err := url.Parse(strings.TrimSpace(j.URL)); err == nil && j.URL != "" {
		if abs := base.ResolveReference(ref); (abs.Scheme == "http" || abs.Scheme == "https") && abs.Host != "" {
			return abs.String()
		}
	}
	return DefaultBase + "/remote-jobs/" + url.PathEscape(j.ID.String())
}

func employmentType(code string) string {
	code = strings.ToLower(strings.TrimSpace(code))
	if code == "" {
		return ""
	}
	if s, ok := jobTypes[code]; ok {
		return s
	}
	return strings.ReplaceAll(code, "_", " ")
}

// tags is the category followed by the tags, each once.
func tags(category string, in []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range append([]string{category}, in...) {
		t = crawler.CleanLine(t)
		if k := strings.ToLower(t); t != "" && !seen[k] {
			seen[k] = true
			out = append(out, t)
		}
	}
	return out
}
