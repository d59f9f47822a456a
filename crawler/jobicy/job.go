package jobicy

import (
	"encoding/json"
	"html"
	"net/url"
	"strings"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// Job is one listing. jobIndustry and jobType are arrays of
// entity-escaped text ("Data Science &amp; Analytics"); salary fields are
// optional: annualSalaryMin/Max in older payloads, salaryMin/Max with a
// salaryPeriod in newer ones.
type Job struct {
	ID              crawler.Flex `json:"id"`
	URL             string       `json:"url"`
	JobSlug         string       `json:"jobSlug"`
	JobTitle        string       `json:"jobTitle"`
	CompanyName     string       `json:"companyName"`
	CompanyLogo     string       `json:"companyLogo"`
	JobIndustry     List         `json:"jobIndustry"`
	JobType         List         `json:"jobType"`
	JobGeo          string       `json:"jobGeo"`
	JobLevel        string       `json:"jobLevel"`
	JobExcerpt      string       `json:"jobExcerpt"`
	JobDescription  string       `json:"jobDescription"` // HTML
	PubDate         string       `json:"pubDate"`
	AnnualSalaryMin crawler.Flex `json:"annualSalaryMin"`
	AnnualSalaryMax crawler.Flex `json:"annualSalaryMax"`
	SalaryMin       crawler.Flex `json:"salaryMin"`
	SalaryMax       crawler.Flex `json:"salaryMax"`
	SalaryCurrency  string       `json:"salaryCurrency"`
	SalaryPeriod    string       `json:"salaryPeriod"`
}

// List is a JSON array of strings that may also arrive as one string or null.
type List []string

// UnmarshalJSON implements json.Unmarshaler.
func (l *List) UnmarshalJSON(b []byte) error {
	var one string
	if err := json.Unmarshal(b, &one); err == nil {
		*l = List{one}
		if one == "" {
			*l = nil
		}
		return nil
	}
	var many []string
	if err := json.Unmarshal(b, &many); err != nil {
		return err
	}
	*l = many
	return nil
}

// Posting converts a job; ok is false when it has no id or title.
func (j *Job) Posting() (p model.Posting, ok bool) {
	id := j.ID.String()
	if id == "" {
		id = strings.TrimSpace(j.JobSlug)
	}
	title := crawler.CleanLine(j.JobTitle)
	if id == "" || title == "" {
		return p, false
	}
	p = model.Posting{
		ExternalID:      id,
		URL:             j.listingURL(id),
		Title:           title,
		Company:         crawler.CleanLine(j.CompanyName),
		Locations:       splitGeo(j.JobGeo),
		RemoteHint:      "remote", // every Jobicy listing is remote
		EmploymentType:  strings.Join(cleanList(j.JobType), ", "),
		Tags:            j.tags(),
		DescriptionHTML: descriptionHTML(j.JobDescription),
		PostedAt:        crawler.ParseTime(j.PubDate),
	}
	p.Pay, p.PayText = j.pay()
	return p, true
}

// listingURL is the jobicy.com page (the link back the notice asks for).
func (j *Job) listingURL(id string) string {
	base, _ := url.Parse(DefaultBase)
	if raw := strings.TrimSpace(j.URL); raw != "" {
		if ref, err := url.Parse(raw); err == nil {
			if abs := base.ResolveReference(ref); (abs.Scheme == "http" || abs.Scheme == "https") && abs.Host != "" {
				return abs.String()
			}
		}
	}
	slug := strings.TrimSpace(j.JobSlug)
	if slug == "" {
		slug = id
	}
	return DefaultBase + "/jobs/" + url.PathEscape(slug)
}

// tags are the industries and the level (unless "Any"), each once.
func (j *Job) tags() []string {
	tags := cleanList(j.JobIndustry)
	if lvl := crawler.CleanLine(j.JobLevel); lvl != "" && !strings.EqualFold(lvl, "any") {
		tags = cleanList(append(tags, lvl))
	}
	return tags
}

// descriptionHTML returns the description as HTML. Jobicy sends raw HTML;
// a description that arrives entity-escaped as a whole (no tag, but
// "&lt;") is decoded once.
func descriptionHTML(s string) string {
	if !strings.Contains(s, "<") && strings.Contains(s, "&lt;") {
		return html.UnescapeString(s)
	}
	return s
}

// splitGeo splits "EMEA,  LATAM,  Canada,  USA" into its regions.
func splitGeo(s string) []string {
	return cleanList(strings.Split(s, ","))
}

// cleanList decodes, trims and keeps each value once.
func cleanList(in []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range in {
		s = crawler.CleanLine(s)
		if k := strings.ToLower(s); s != "" && !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	return out
}
